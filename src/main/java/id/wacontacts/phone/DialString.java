package id.wacontacts.phone;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Step 2: reduces a cleaned entry to what a person would dial, a leading {@code +} and ASCII
 * digits, or says why that is not possible.
 *
 * <p>Spaces, dashes of any kind, brackets and dots only group digits. {@code / , ; |} and line
 * breaks separate numbers ("0812-3456-7890 / 0813-1111-2222") but are sometimes written after an
 * area code ("0274/512345"), so they count as separators only when at least two of the parts
 * they make are long enough to be a number on their own; otherwise they are dropped like a dash.
 */
final class DialString {

    /**
     * Fewer digits than this can only be part of a number. Longer than any area code with its
     * country code ("+62 361", "0062 21" is longer but nobody writes it before a slash), shorter
     * than a Jakarta subscriber number without its area code (555-1234).
     */
    static final int MIN_DIGITS_OF_A_SEPARATE_NUMBER = 7;

    private static final int[] NO_GAPS = new int[0];

    /** 6,28123E+12 and 6.28123E+12: a number Excel stored as a float. Only tried when letters are present. */
    private static final Pattern SCIENTIFIC_NOTATION = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?[eE][+-]?\\d+");

    /**
     * The outcome of the scan.
     *
     * @param dialable  {@code +} and ASCII digits in the order entered; a {@code +} after the
     *                  start is kept so the caller can tell two numbers from a stray sign
     * @param gaps      offsets in {@code dialable} where the entry had a space or separator
     *                  between digits: the places a second number could start
     * @param rejection why the entry cannot be a number, or null
     */
    record Scan(String dialable, int[] gaps, RejectReason rejection) {
        static Scan rejected(RejectReason reason) {
            return new Scan("", NO_GAPS, reason);
        }
    }

    private DialString() {
    }

    static Scan scan(String text) {
        // NFKC turns full-width digits, plus signs and brackets from phone keyboards into ASCII.
        String folded = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder dialable = new StringBuilder(folded.length());
        int[] gaps = NO_GAPS;
        int gapCount = 0;
        boolean gapPending = false;
        boolean letters = false;
        boolean strangeCharacters = false;
        int digits = 0;
        int digitsInPart = 0;
        int partsLikeANumber = 0;

        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            int digit = digitValue(c);
            if (digit >= 0 || c == '+') {
                if (gapPending && dialable.length() > 0) {
                    if (gapCount == gaps.length) {
                        gaps = Arrays.copyOf(gaps, gapCount + 4);
                    }
                    gaps[gapCount++] = dialable.length();
                }
                gapPending = false;
                if (digit >= 0) {
                    dialable.append((char) ('0' + digit));
                    digits++;
                    digitsInPart++;
                } else {
                    dialable.append('+');
                }
            } else if (isSeparator(c)) {
                if (digitsInPart >= MIN_DIGITS_OF_A_SEPARATE_NUMBER) {
                    partsLikeANumber++;
                }
                digitsInPart = 0;
                gapPending = true;
            } else if (EnteredText.isBlank(c)) {
                gapPending = true;
            } else if (!isGrouping(c)) {
                if (Character.isLetter(c)) {
                    letters = true;
                } else {
                    strangeCharacters = true;
                }
            }
        }
        if (digitsInPart >= MIN_DIGITS_OF_A_SEPARATE_NUMBER) {
            partsLikeANumber++;
        }

        if (letters) {
            return Scan.rejected(SCIENTIFIC_NOTATION.matcher(folded).matches()
                    ? RejectReason.SCIENTIFIC_NOTATION
                    : RejectReason.CONTAINS_LETTERS);
        }
        if (partsLikeANumber > 1) {
            return Scan.rejected(RejectReason.MULTIPLE_NUMBERS);
        }
        if (strangeCharacters) {
            return Scan.rejected(RejectReason.INVALID_CHARACTER);
        }
        if (digits == 0) {
            return Scan.rejected(RejectReason.NO_DIGITS);
        }
        return new Scan(dialable.toString(), gapCount == 0 ? NO_GAPS : Arrays.copyOf(gaps, gapCount), null);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Any decimal digit (Arabic-Indic too) as its value, or -1. */
    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c < 0x80 ? -1 : Character.digit(c, 10);
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == ',' || c == ';' || c == '|' || c == '\n' || c == '\r';
    }

    /** Characters that group the digits of one number: dashes of every kind, brackets, dots. */
    private static boolean isGrouping(char c) {
        return c == '-' || c == '(' || c == ')' || c == '.'
                || (c >= 0x80 && Character.getType(c) == Character.DASH_PUNCTUATION);
    }
}
