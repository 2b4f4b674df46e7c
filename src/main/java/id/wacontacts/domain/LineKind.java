package id.wacontacts.domain;

/**
 * What kind of line a stored number is, as the type filter groups them. The codes are stored in
 * number_types.kind; only the first three are offered as filters.
 */
public enum LineKind {
    /** Written by another program and not classified yet (the app does it in the background). */
    UNCHECKED(0),
    /** Mobile, and the few countries' "fixed line or mobile" (the US, Canada), which may be mobile. */
    MOBILE(1),
    FIXED_LINE(2),
    /** Toll-free, premium, shared cost, VoIP, personal, pager, UAN, voicemail. */
    OTHER(3),
    /** Valid when stored, no longer valid for the libphonenumber bundled now. */
    INVALID(4);

    private final int code;

    LineKind(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static LineKind ofCode(int code) {
        for (LineKind kind : values()) {
            if (kind.code == code) {
                return kind;
            }
        }
        throw new IllegalArgumentException("No line kind " + code);
    }

    /**
     * Whether the list marks the number as perhaps not on WhatsApp. Only a hint: WhatsApp Business
     * also runs on landlines. A number not classified yet gets no mark.
     */
    public boolean mayNotBeOnWhatsApp() {
        return this == FIXED_LINE || this == OTHER || this == INVALID;
    }
}
