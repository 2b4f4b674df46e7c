package id.wacontacts.service;

import id.wacontacts.domain.CategoryRow;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.domain.LineKind;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/** Reads the columns of native query rows into the domain's records. */
final class Rows {

    /** Column list matching {@link #category(Object[], int)}. */
    static final String CATEGORY_COLUMNS = "c.id, c.name, c.description, c.created_at, c.updated_at";

    /**
     * Column list matching {@link #contact(Object[])}; needs {@code pn}, {@code c} and (left-joined)
     * {@code nt}, the number's row in number_types, in the FROM clause.
     */
    static final String CONTACT_COLUMNS =
            "pn.id, pn.original_number, pn.normalized_number, pn.category_id, c.name, pn.created_at, pn.updated_at,"
                    + " nt.kind";

    private Rows() {
    }

    static CategoryRow category(Object[] row, int from) {
        return new CategoryRow(((Number) row[from]).intValue(), (String) row[from + 1], (String) row[from + 2],
                time(row[from + 3]), time(row[from + 4]));
    }

    static ContactRow contact(Object[] row) {
        return new ContactRow(((Number) row[0]).intValue(), (String) row[1], (String) row[2],
                ((Number) row[3]).intValue(), (String) row[4], time(row[5]), time(row[6]),
                row[7] == null ? LineKind.UNCHECKED : LineKind.ofCode(((Number) row[7]).intValue()));
    }

    static LocalDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }
}
