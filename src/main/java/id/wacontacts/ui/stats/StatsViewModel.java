package id.wacontacts.ui.stats;

import id.wacontacts.domain.CategoryCount;
import id.wacontacts.ui.category.CategoryListViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.util.List;
import javafx.collections.ObservableList;

/** The chart of numbers per category: its data follows the category list, which reloads after every change. */
public final class StatsViewModel {

    /** The two ways to show the counts. */
    public enum Kind { BAR, PIE }

    private final CategoryListViewModel categories;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.BAR);

    public StatsViewModel(CategoryListViewModel categories) {
        this.categories = categories;
    }

    public ObservableList<CategoryCount> counts() {
        return categories.categories();
    }

    /** Filters the contacts to the category whose bar or slice was clicked. */
    public void select(int categoryId) {
        categories.select(categoryId);
    }

    /** The category's share of all numbers, 0 to 1 (0 when there are none). */
    public static double share(CategoryCount count, List<CategoryCount> counts) {
        long total = counts.stream().mapToLong(CategoryCount::phoneCount).sum();
        return total == 0 ? 0 : (double) count.phoneCount() / total;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /**
     * The count axis: from 0 to {@code upper} in steps of {@code tick}, both whole numbers, as
     * counts are. Left to itself a chart of nothing but empty categories draws a lone "0.00".
     */
    public record CountScale(long upper, long tick) {

        /** About five steps of 1, 2 or 5 times a power of ten, never less than 1; 0 to 1 when every count is 0. */
        public static CountScale of(List<CategoryCount> counts) {
            long max = counts.stream().mapToLong(CategoryCount::phoneCount).max().orElse(0);
            if (max <= 0) {
                return new CountScale(1, 1);
            }
            double rough = max / 5.0;
            long power = 1;
            while (power * 10 <= rough) {
                power *= 10;
            }
            long tick = power;
            for (long factor : new long[] {1, 2, 5, 10}) {
                tick = factor * power;
                if (tick >= rough) {
                    break;
                }
            }
            return new CountScale((max + tick - 1) / tick * tick, tick);
        }
    }
}
