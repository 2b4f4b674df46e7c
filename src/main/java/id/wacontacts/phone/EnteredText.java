package id.wacontacts.phone;

/**
 * Steps 0 and 1: what is left of an entry once the things people never see are gone. The result
 * is stored as original_number, so it must not keep WhatsApp's invisible marks or Excel's
 * text wrappers, which would make two pastes of one number look different.
 */
final class EnteredText {

    private EnteredText() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = trim(withoutFormatCharacters(raw));
        if (text.startsWith("'")) {
            // Excel's "store as text" prefix
            text = trim(text.substring(1));
        } else if (text.length() >= 3 && text.startsWith("=\"") && text.endsWith("\"")) {
            // ="0812..." is how spreadsheets are told to keep the leading zero
            text = trim(text.substring(2, text.length() - 1));
        }
        return text;
    }

    /** Counts as PostgreSQL's VARCHAR does: characters, not UTF-16 units. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Unicode category Cf: direction marks (U+202A, U+202C), zero-width spaces, a BOM, soft hyphens. */
    private static String withoutFormatCharacters(String text) {
        int first = firstFormatCharacter(text);
        if (first < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        kept.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isFormatCharacter(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static int firstFormatCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isFormatCharacter(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isFormatCharacter(char c) {
        // No ASCII character is Cf; the range check keeps the common case cheap.
        return c >= 0x80 && Character.getType(c) == Character.FORMAT;
    }

    /** Unlike String.strip(), also removes no-break spaces, which Character.isWhitespace excludes. */
    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isBlank(char c) {
        return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
