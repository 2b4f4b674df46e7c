package id.wacontacts.domain;

import java.time.LocalDateTime;

/**
 * Keyset position in a list ordered newest first by (created_at, id), rows without a
 * {@code created_at} last: the last row already shown. {@code createdAt} is null for such a row.
 */
public record PageCursor(LocalDateTime createdAt, int id) {
}
