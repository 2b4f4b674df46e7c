package id.wacontacts.ui.category;

import id.wacontacts.domain.CategoryCount;
import java.time.LocalDateTime;
import java.util.Comparator;

/** How the category list is ordered; "All" always stays first. */
public enum CategoryOrder {
    /** Most numbers first (the chart's order). */
    COUNT(Comparator.comparingLong(CategoryCount::phoneCount).reversed()),
    /** Alphabetically, ignoring case. */
    NAME(Comparator.comparing(CategoryCount::name, String.CASE_INSENSITIVE_ORDER)),
    /** Newest first; categories without a date (from older systems) last. */
    DATE(Comparator.comparing((CategoryCount count) -> count.category().createdAt(),
            Comparator.nullsLast(Comparator.<LocalDateTime>reverseOrder())));

    private final Comparator<CategoryCount> comparator;

    CategoryOrder(Comparator<CategoryCount> comparator) {
        this.comparator = comparator;
    }

    /** This order, then by name and id so that equal counts or dates keep a stable place. */
    public Comparator<CategoryCount> comparator() {
        return comparator.thenComparing(CategoryCount::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparingInt(CategoryCount::id);
    }
}
