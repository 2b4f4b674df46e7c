package id.wacontacts.domain;

import java.time.LocalDateTime;

/**
 * A stored number with its category's name, as lists and search show it; times are UTC.
 * {@code lineKind} is what kind of line the number is ({@link LineKind#UNCHECKED} until classified).
 */
public record ContactRow(int id, String originalNumber, String normalizedNumber, int categoryId,
                         String categoryName, LocalDateTime createdAt, LocalDateTime updatedAt, LineKind lineKind) {

    public ContactRow {
        lineKind = lineKind == null ? LineKind.UNCHECKED : lineKind;
    }

    public ContactRow(int id, String originalNumber, String normalizedNumber, int categoryId,
                      String categoryName, LocalDateTime createdAt, LocalDateTime updatedAt) {
        this(id, originalNumber, normalizedNumber, categoryId, categoryName, createdAt, updatedAt, LineKind.UNCHECKED);
    }

    /** Where the next page of a newest-first list starts after this row. */
    public PageCursor cursor() {
        return new PageCursor(createdAt, id);
    }
}
