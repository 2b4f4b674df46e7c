package id.wacontacts.domain;

import java.time.LocalDateTime;
import java.util.Objects;

/** Keyset position in a list ordered by (created_at DESC, id DESC): the last row already shown. */
public record PageCursor(LocalDateTime createdAt, int id) {

    public PageCursor {
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
