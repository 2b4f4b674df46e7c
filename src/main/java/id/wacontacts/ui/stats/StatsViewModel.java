package id.wacontacts.ui.stats;

import id.wacontacts.domain.CategoryCount;
import id.wacontacts.ui.category.CategoryListViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
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

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }
}
