package id.wacontacts.service.transfer;

/**
 * Excel's text formula {@code ="…"}: how the Excel CSV export writes a text cell so that Excel
 * shows it exactly (no number conversion, no formula evaluated from user text), and how import
 * reads such a cell back.
 */
final class ExcelText {

    private ExcelText() {
    }

    /**
     * {@code ="text"} with every {@code "} doubled. Tabs and line breaks become spaces: the cell is
     * a formula, so it cannot be protected by CSV quotes (Excel would show the formula itself), and
     * a tab or line break would end the cell or the row. A category name may hold them (the rules
     * only strip its ends), and so may a stored original ("0274\n512345" is one number with a line
     * break as separator); they lose them in this format only, the E.164 number never changes.
     */
    static String formula(String text) {
        StringBuilder cell = new StringBuilder(text.length() + 4).append("=\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> cell.append("\"\"");
                case '\t', '\r', '\n' -> cell.append(' ');
                default -> cell.append(c);
            }
        }
        return cell.append('"').toString();
    }

    /**
     * The text of a cell written as {@code ="…"} (doubled quotes undone); any other cell unchanged.
     * Only a well-formed formula is unwrapped, so a name that merely starts with {@code ="} stays.
     */
    static String text(String cell) {
        if (cell.length() < 3 || !cell.startsWith("=\"") || !cell.endsWith("\"")) {
            return cell;
        }
        StringBuilder text = new StringBuilder(cell.length() - 3);
        for (int i = 2; i < cell.length() - 1; i++) {
            char c = cell.charAt(i);
            if (c == '"') {
                if (i + 1 < cell.length() - 1 && cell.charAt(i + 1) == '"') {
                    i++;
                } else {
                    return cell;
                }
            }
            text.append(c);
        }
        return text.toString();
    }
}
