package id.wacontacts.service.transfer;

import de.siegmar.fastcsv.writer.QuoteStrategy;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Keeps a spreadsheet from running what a CSV cell says (CSV or formula injection, as OWASP
 * describes it). A cell that starts with {@code = + - @}, a tab or a carriage return is written
 * with a leading {@code '}, which makes Excel and LibreOffice show it as text; import takes that
 * {@code '} off again, so a rejected-rows file can be fixed and imported as it is.
 * <p>
 * A phone number as people write it ({@code +62 812-3456-7890}, {@code -}) stays as it is: digits,
 * spaces, dots, dashes and brackets after a sign cannot call anything, and other programs read the
 * CSV export's numbers unchanged.
 */
final class FormulaGuard {

    private static final Pattern PHONE_SHAPED = Pattern.compile("[+-]?[0-9][0-9 ().\\-]*");

    /**
     * Quotes a field of these columns holding a semicolon, as well as those FastCSV quotes anyway:
     * Excel in Indonesia splits a comma file at semicolons, and an unquoted {@code x;=…} would start a
     * new cell there. The columns are those whose text comes from people or files; the app's own
     * sentences stay as they are.
     */
    static QuoteStrategy quoteSemicolons(int... columns) {
        return new QuoteStrategy() {
            @Override
            public boolean quoteValue(int lineNo, int fieldIdx, String value) {
                return Arrays.stream(columns).anyMatch(column -> column == fieldIdx) && value.indexOf(';') >= 0;
            }
        };
    }

    private FormulaGuard() {
    }

    /** The cell as a spreadsheet must be given it: with a leading {@code '} when it would start a formula. */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty() || !isTrigger(cell.charAt(0)) || PHONE_SHAPED.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    /** A cell read from a file: the {@code '} that {@link #neutralise} adds is taken off; anything else stays. */
    static String restore(String cell) {
        if (cell != null && cell.length() >= 2 && cell.charAt(0) == '\'' && isTrigger(cell.charAt(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
