package id.wacontacts.domain;

/**
 * What the quality check can find about a stored number; each is one bit of number_types.findings,
 * and each list is a filter of its own ({@link ContactQuery#finding()}).
 */
public enum QualityFinding {
    /** Valid when stored, invalid for the libphonenumber bundled now. */
    BECAME_INVALID(1),
    /** The bundled libphonenumber gives it another type than the version that last checked it. */
    CHANGED_TYPE(2),
    /** The country code written twice, as in +62 62 812…: the number stored is probably not the one meant. */
    DOUBLED_COUNTRY_CODE(4),
    /** Typed without its leading 0 or country code (a spreadsheet dropped the 0 of 0812…). */
    LOST_LEADING_ZERO(8),
    /** Excel's scientific notation, such as 6.28123E+12: the last digits are probably lost. */
    SCIENTIFIC_NOTATION(16);

    private final int bit;

    QualityFinding(int bit) {
        this.bit = bit;
    }

    public int bit() {
        return bit;
    }
}
