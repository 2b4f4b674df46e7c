package id.wacontacts.domain;

import java.time.LocalDateTime;

/** A stored number with its category's name, as lists and search show it; times are UTC. */
public record ContactRow(int id, String originalNumber, String normalizedNumber, int categoryId,
                         String categoryName, LocalDateTime createdAt, LocalDateTime updatedAt) {

    /** Where the next page of a newest-first list starts after this row. */
    public PageCursor cursor() {
        return new PageCursor(createdAt, id);
    }
}
