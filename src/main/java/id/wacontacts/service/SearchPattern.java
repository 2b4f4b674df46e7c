package id.wacontacts.service;

import java.util.Optional;

/**
 * Turns what a user typed into search patterns. Text matches as a case-insensitive substring;
 * a query made of digits and number formatting also matches the E.164 number, with a leading
 * {@code 0} read as Indonesia's {@code 62} so that {@code 0812 345} finds {@code +62812345…}.
 *
 * <p>{@code lettered}: the query holds a character that no number this app stores as typed can
 * hold (the normaliser refuses letters; originals keep only digits, spaces and {@code +()./-}).
 * Only then can it match a number as typed, and only one of the few that another program stored
 * with such a character: {@link #LETTERED_ORIGINAL} picks those out.
 */
record SearchPattern(String text, Optional<String> digits, boolean lettered) {

    /**
     * The rows whose number as typed holds a character the app never stores there. Written out
     * exactly as the predicate of the partial index that finds them (migration V8), so that the
     * planner can use that index; a change here needs a new index.
     */
    static final String LETTERED_ORIGINAL = "pn.original_number ~ '[^0-9 +()./-]'";

    /** The characters every number the app stores as typed is made of. */
    private static final String PLAIN_ORIGINAL = "0123456789 +()./-";

    static SearchPattern of(String query) {
        String trimmed = query.strip();
        return new SearchPattern("%" + escapeLike(trimmed) + "%", digitsOf(trimmed).map(d -> "%" + d + "%"),
                trimmed.chars().anyMatch(c -> PLAIN_ORIGINAL.indexOf(c) < 0));
    }

    private static Optional<String> digitsOf(String query) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (Character.isDigit(c)) {
                digits.append(Character.forDigit(Character.digit(c, 10), 10));
            } else if (!isFormatting(c)) {
                return Optional.empty();
            }
        }
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        if (digits.charAt(0) == '0' && !(digits.length() > 1 && digits.charAt(1) == '0')) {
            digits.replace(0, 1, "62");
        } else if (digits.length() > 1 && digits.charAt(0) == '0') {
            digits.delete(0, 2); // 00 is the international prefix
        }
        return Optional.of(digits.toString());
    }

    private static boolean isFormatting(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '+' || c == '-' || c == '(' || c == ')' || c == '.' || c == '/'
                || Character.getType(c) == Character.DASH_PUNCTUATION;
    }

    /** Escapes LIKE's wildcards and its escape character, so user input matches literally. */
    static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '%' || c == '_') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
