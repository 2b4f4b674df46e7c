package id.wacontacts.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Shows a stored E.164 number the way people read it, and builds its WhatsApp link. Grouping
 * comes from libphonenumber's metadata, so it follows each country's own habits.
 */
public final class PhoneFormats {

    private static final String WA_ME = "https://wa.me/";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneFormats() {
    }

    /**
     * @param e164 a number as stored in normalized_number, such as {@code +6281234567890}
     * @throws IllegalArgumentException if it is not in E.164 form
     */
    public static String format(String e164, DisplayFormat format) {
        return switch (format) {
            case E164 -> requireE164(e164);
            case NATIONAL -> UTIL.format(parse(e164), PhoneNumberFormat.NATIONAL);
            case INTERNATIONAL -> UTIL.format(parse(e164), PhoneNumberFormat.INTERNATIONAL);
        };
    }

    /** The digits wa.me expects: the country code and number, without plus, spaces or a trunk 0. */
    public static String waMeDigits(String e164) {
        return requireE164(e164).substring(1);
    }

    /** A link that opens a WhatsApp chat with the number. */
    public static String waMeLink(String e164) {
        return WA_ME + waMeDigits(e164);
    }

    private static PhoneNumber parse(String e164) {
        try {
            return UTIL.parse(requireE164(e164), "ZZ");
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("Not a phone number: " + e164, e);
        }
    }

    private static String requireE164(String e164) {
        if (e164 == null || e164.length() < 2 || e164.length() > 16 || e164.charAt(0) != '+') {
            throw new IllegalArgumentException("Not an E.164 number: " + e164);
        }
        for (int i = 1; i < e164.length(); i++) {
            char c = e164.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("Not an E.164 number: " + e164);
            }
        }
        return e164;
    }
}
