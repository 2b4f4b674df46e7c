package id.wacontacts.phone;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why an entry is not stored. The constant names are stable codes (printed by the
 * {@code normalize} command, kept in import reports); the sentences live in
 * {@code RejectReasons.properties} (English) and {@code RejectReasons_id.properties}.
 */
public enum RejectReason {
    /** Nothing left after removing spaces and invisible characters. */
    EMPTY,
    /** Over 50 characters: would not fit the original_number column. */
    TOO_LONG_FOR_COLUMN,
    /** Letters, including placeholders such as 08xx-xxxx-xxxx; vanity numbers are not accepted. */
    CONTAINS_LETTERS,
    /** Excel turned the number into a float such as 6,28123E+12 and lost its last digits. */
    SCIENTIFIC_NOTATION,
    /** A character that is neither a digit, a leading plus nor formatting, such as # or *. */
    INVALID_CHARACTER,
    /** Only formatting characters, such as "-" or "()". */
    NO_DIGITS,
    /** Two or more numbers in one field. */
    MULTIPLE_NUMBERS,
    /** Too few digits for any number of its country, or dialable only locally (no area code). */
    TOO_SHORT,
    /** Too many digits for its country or for E.164 (15 digits). */
    TOO_LONG,
    /** A digit count between the shortest and the longest of its country that no number has. */
    INVALID_LENGTH,
    /** The digits after + (or 00) start with no country's calling code. */
    UNKNOWN_COUNTRY_CODE,
    /** The right length, but no number of its country is allocated like that. */
    INVALID_NUMBER;

    private static final String BUNDLE = "id.wacontacts.phone.RejectReasons";

    /**
     * The sentence for a user: Indonesian for an Indonesian locale, English otherwise. Without
     * the no-fallback control a French user on an Indonesian machine would get Indonesian.
     */
    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return bundle.getString(name());
    }
}
