package id.wacontacts.phone;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Signs that a stored number is probably not the one its owner gave, read from the number as typed
 * and the E.164 number stored for it. Each is only a suspicion for the user to look at.
 */
public final class SuspiciousOriginal {

    /** What the original may have suffered. */
    public enum Sign {
        /** +62 62 812…: the country code twice, which still makes a valid (other) number. */
        DOUBLED_COUNTRY_CODE,
        /** 812 3456 7890: neither a leading 0 nor a country code, as a spreadsheet leaves 0812…. */
        LOST_LEADING_ZERO,
        /** 6.28123E+12: Excel's scientific notation; the last digits are gone. */
        SCIENTIFIC_NOTATION
    }

    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+([.,]\\d+)?[eE]\\+?\\d+");
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private SuspiciousOriginal() {
    }

    /** The signs {@code original} (as stored) shows for the stored {@code e164}; empty for most numbers. */
    public static Set<Sign> of(String original, String e164) {
        Set<Sign> signs = EnumSet.noneOf(Sign.class);
        String typed = original == null ? "" : original.strip();
        if (SCIENTIFIC.matcher(typed).matches()) {
            signs.add(Sign.SCIENTIFIC_NOTATION);
        }
        if (e164 == null || e164.length() < 4 || e164.charAt(0) != '+') {
            return signs;
        }
        String code = countryCode(e164);
        if (code == null) {
            return signs;
        }
        String national = e164.substring(1 + code.length());
        if (national.startsWith(code) && isValid("+" + code + national.substring(code.length()))) {
            signs.add(Sign.DOUBLED_COUNTRY_CODE);
        }
        if (lostLeadingZero(typed, code)) {
            signs.add(Sign.LOST_LEADING_ZERO);
        }
        return signs;
    }

    /** Typed digits that begin with 1–9 but not with the country code, and no plus or 00 before them. */
    private static boolean lostLeadingZero(String typed, String code) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == '+' && digits.isEmpty()) {
                return false;
            }
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (Character.isLetter(c)) {
                return false;
            }
        }
        return !digits.isEmpty() && digits.charAt(0) != '0' && !digits.toString().startsWith(code)
                && !SCIENTIFIC.matcher(typed).matches();
    }

    /** The country calling code of a +digits string (one to three digits), or null. */
    private static String countryCode(String e164) {
        for (int length = 1; length <= 3 && length < e164.length(); length++) {
            String code = e164.substring(1, 1 + length);
            if (!UTIL.getRegionCodeForCountryCode(Integer.parseInt(code)).equals("ZZ")
                    || UTIL.getSupportedGlobalNetworkCallingCodes().contains(Integer.parseInt(code))) {
                return code;
            }
        }
        return null;
    }

    private static boolean isValid(String e164) {
        try {
            PhoneNumber number = UTIL.parse(e164, "ZZ");
            return UTIL.isValidNumber(number);
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            return false;
        }
    }
}
