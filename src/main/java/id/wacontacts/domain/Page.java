package id.wacontacts.domain;

import java.util.List;
import java.util.Optional;

/** One page of a keyset-paged list; {@code next} is empty on the last page. */
public record Page<T>(List<T> items, Optional<PageCursor> next) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return next.isPresent();
    }
}
