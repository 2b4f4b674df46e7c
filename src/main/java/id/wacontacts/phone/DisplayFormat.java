package id.wacontacts.phone;

/** Ways to show a stored number to a person. */
public enum DisplayFormat {
    /** As dialled inside its country: {@code 0812-3456-7890}, {@code (021) 5551234}. */
    NATIONAL,
    /** With the country code, grouped: {@code +62 812-3456-7890}. */
    INTERNATIONAL,
    /** As stored: {@code +6281234567890}. */
    E164
}
