package id.wacontacts.domain;

import java.time.LocalDateTime;

/** A phone_numbers row's values as the history recorded them, before or after a change. */
public record NumberValues(int id, String originalNumber, String normalizedNumber, int categoryId,
        LocalDateTime createdAt, LocalDateTime updatedAt) {
}
