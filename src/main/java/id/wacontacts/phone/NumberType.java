package id.wacontacts.phone;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;

/**
 * What kind of line a valid number is. The names are libphonenumber's, so they can be printed
 * as-is, but callers outside this package never need the library's types.
 */
public enum NumberType {
    FIXED_LINE,
    MOBILE,
    /** Some countries (for example the US and Canada) cannot tell the two apart from the digits. */
    FIXED_LINE_OR_MOBILE,
    TOLL_FREE,
    PREMIUM_RATE,
    SHARED_COST,
    VOIP,
    PERSONAL_NUMBER,
    PAGER,
    /** Universal access number, for example Indonesia's 0807 numbers. */
    UAN,
    VOICEMAIL;

    /** Only valid numbers get here, so UNKNOWN is a programming error rather than a result. */
    static NumberType of(PhoneNumberType type) {
        return switch (type) {
            case FIXED_LINE -> FIXED_LINE;
            case MOBILE -> MOBILE;
            case FIXED_LINE_OR_MOBILE -> FIXED_LINE_OR_MOBILE;
            case TOLL_FREE -> TOLL_FREE;
            case PREMIUM_RATE -> PREMIUM_RATE;
            case SHARED_COST -> SHARED_COST;
            case VOIP -> VOIP;
            case PERSONAL_NUMBER -> PERSONAL_NUMBER;
            case PAGER -> PAGER;
            case UAN -> UAN;
            case VOICEMAIL -> VOICEMAIL;
            case UNKNOWN -> throw new IllegalArgumentException("A valid number has a known type");
        };
    }
}
