package id.wacontacts.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import id.wacontacts.phone.NormalizationResult.Normalized;
import id.wacontacts.phone.NormalizationResult.Rejected;
import java.util.Locale;

/**
 * Turns one entry into the E.164 string that identifies its number, so that every way of
 * writing a number finds the same row, or into a reason the entry is refused.
 * Immutable and thread-safe: one instance can serve every thread.
 */
public final class PhoneNormalizer {

    public static final String DEFAULT_REGION = "ID";

    /** original_number is VARCHAR(50). */
    public static final int MAX_ORIGINAL_LENGTH = 50;

    /**
     * The spec's {@code ^\+\d{8,15}$}; the upper bound is E.164's own. libphonenumber's E.164 is
     * always a plus and digits, so checking the count also keeps within normalized_number's
     * 20 characters.
     */
    private static final int MIN_DIGITS = 8;
    private static final int MAX_DIGITS = 15;
    private static final int INDONESIA_CODE = 62;
    private static final String INDONESIA = "+" + INDONESIA_CODE;

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;
    private final boolean indonesianShortcuts;

    /**
     * @param defaultRegion ISO 3166 code of the country whose national numbers need no prefix,
     *                      such as {@code ID}; case does not matter
     * @throws IllegalArgumentException if libphonenumber does not know the region
     */
    public PhoneNormalizer(String defaultRegion) {
        String region = defaultRegion == null ? "" : defaultRegion.trim().toUpperCase(Locale.ROOT);
        if (!util.getSupportedRegions().contains(region)) {
            throw new IllegalArgumentException("Unknown region: " + defaultRegion);
        }
        this.defaultRegion = region;
        // The spec's 08/8/62 rules describe Indonesian habits; elsewhere a leading 8 or 62 is an
        // ordinary national number, which libphonenumber reads with that country's own rules.
        this.indonesianShortcuts = region.equals("ID");
    }

    public String defaultRegion() {
        return defaultRegion;
    }

    /** Never throws for any input, null included. */
    public NormalizationResult normalize(String raw) {
        String original = EnteredText.clean(raw);
        if (original.isEmpty()) {
            return new Rejected(original, RejectReason.EMPTY);
        }
        if (EnteredText.length(original) > MAX_ORIGINAL_LENGTH) {
            return new Rejected(original, RejectReason.TOO_LONG_FOR_COLUMN);
        }
        DialString.Scan scan = DialString.scan(original);
        if (scan.rejection() != null) {
            return new Rejected(original, scan.rejection());
        }
        NormalizationResult result = normalizeDialable(original, scan.dialable());
        if (result instanceof Rejected && holdsTwoNumbers(original, scan)) {
            return new Rejected(original, RejectReason.MULTIPLE_NUMBERS);
        }
        return result;
    }

    /**
     * "0812-3456-7890 0813-1111-2222" has no separator, only a space, like a single number
     * written "0812 3456 7890". Only once the whole failed is it worth asking whether both sides
     * of some space are complete numbers, which keeps valid entries on the fast path.
     */
    private boolean holdsTwoNumbers(String original, DialString.Scan scan) {
        String dialable = scan.dialable();
        for (int gap : scan.gaps()) {
            if (normalizeDialable(original, dialable.substring(0, gap)) instanceof Normalized
                    && normalizeDialable(original, dialable.substring(gap)) instanceof Normalized) {
                return true;
            }
        }
        return false;
    }

    /** Steps 3 to 6 for a string of digits with an optional leading plus. */
    private NormalizationResult normalizeDialable(String original, String dialable) {
        if (dialable.indexOf('+', 1) > 0) {
            return new Rejected(original, RejectReason.INVALID_CHARACTER);
        }
        String candidate = withSpecRules(dialable);
        // Past 16 digits no number fits E.164, even after dropping a trunk 0; saying so here
        // spares libphonenumber building an exception for it.
        int digitCount = candidate.startsWith("+") ? candidate.length() - 1 : candidate.length();
        if (digitCount > MAX_DIGITS + 1) {
            return new Rejected(original, RejectReason.TOO_LONG);
        }
        PhoneNumber number = indonesianE164(candidate);
        if (number == null) {
            try {
                number = util.parse(candidate, defaultRegion);
            } catch (NumberParseException e) {
                return new Rejected(original, reasonFor(e.getErrorType()));
            }
        }
        String e164 = util.format(number, PhoneNumberFormat.E164);
        int digits = e164.length() - 1;
        // libphonenumber calls some 16- and 17-digit Indonesian strings possible; E.164 does not.
        if (digits > MAX_DIGITS) {
            return new Rejected(original, RejectReason.TOO_LONG);
        }
        // isValidNumber is "the type is known" for the number's own region: asking for the type once
        // answers both and halves the pattern matching, the costliest step of an import.
        PhoneNumberType type = util.getNumberType(number);
        if (type == PhoneNumberType.UNKNOWN) {
            return new Rejected(original, reasonFor(util.isPossibleNumberWithReason(number)));
        }
        // Valid numbers of a few small countries (Niue, +683 4002) are shorter than the spec allows.
        if (digits < MIN_DIGITS) {
            return new Rejected(original, RejectReason.TOO_SHORT);
        }
        return new Normalized(original, e164, NumberType.of(type), util.getRegionCodeForNumber(number));
    }

    /**
     * The number libphonenumber's {@code parse} builds for {@code +62} followed by a national number
     * that does not start with 0 (Indonesia's trunk prefix, the only thing parse would strip there),
     * or null for any other candidate. Most entries of an Indonesian list end up in this form, and
     * parse's general scanning (extension patterns, country-code search) is over half of the time
     * it takes to normalise one; validity and type are still libphonenumber's. A test compares this
     * with parse for every length and leading digit.
     */
    static PhoneNumber indonesianE164(String candidate) {
        int length = candidate.length();
        if (length < INDONESIA.length() + 2 || length > INDONESIA.length() + MAX_DIGITS
                || !candidate.startsWith(INDONESIA) || candidate.charAt(INDONESIA.length()) == '0') {
            return null;
        }
        long national = 0;
        for (int i = INDONESIA.length(); i < length; i++) {
            char c = candidate.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            national = national * 10 + (c - '0');
        }
        return new PhoneNumber().setCountryCode(INDONESIA_CODE).setNationalNumber(national);
    }

    /**
     * Steps 3 and 4. {@code 00} means "international" in Indonesia and most of the world; the
     * Indonesian metadata does not know it as a prefix. The spec's rules then settle what
     * libphonenumber would read differently: a bare {@code 62812…} would become +6262812….
     */
    private String withSpecRules(String dialable) {
        String candidate = dialable.startsWith("00") ? "+" + dialable.substring(2) : dialable;
        if (!indonesianShortcuts || candidate.startsWith("+")) {
            return candidate;
        }
        if (candidate.startsWith("08")) {
            return "+62" + candidate.substring(1);
        }
        if (candidate.startsWith("8")) {
            return "+62" + candidate;
        }
        if (candidate.startsWith("62")) {
            return "+" + candidate;
        }
        return candidate;
    }

    private static RejectReason reasonFor(NumberParseException.ErrorType error) {
        return switch (error) {
            case INVALID_COUNTRY_CODE -> RejectReason.UNKNOWN_COUNTRY_CODE;
            case TOO_LONG -> RejectReason.TOO_LONG;
            // Only digits reach the parser, so "not a number" means too few of them ("+62").
            case NOT_A_NUMBER, TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> RejectReason.TOO_SHORT;
        };
    }

    private static RejectReason reasonFor(ValidationResult possibility) {
        return switch (possibility) {
            case TOO_SHORT, IS_POSSIBLE_LOCAL_ONLY -> RejectReason.TOO_SHORT;
            case TOO_LONG -> RejectReason.TOO_LONG;
            case INVALID_LENGTH -> RejectReason.INVALID_LENGTH;
            case INVALID_COUNTRY_CODE -> RejectReason.UNKNOWN_COUNTRY_CODE;
            case IS_POSSIBLE -> RejectReason.INVALID_NUMBER;
        };
    }
}
