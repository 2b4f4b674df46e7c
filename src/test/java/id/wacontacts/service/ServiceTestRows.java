package id.wacontacts.service;

/** Numbers for tests, inserted as another client would: {@code +62812} and eight digits. */
public final class ServiceTestRows {

    private ServiceTestRows() {
    }

    /** SQL inserting the numbers {@code from} to {@code to} into the category. */
    public static String insert(int from, int to, int category) {
        return "INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " SELECT '0812' || lpad(g::text, 8, '0'), '+62812' || lpad(g::text, 8, '0'), " + category
                + " FROM generate_series(" + from + ", " + to + ") g";
    }
}
