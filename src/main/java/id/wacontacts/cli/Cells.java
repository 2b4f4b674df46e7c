package id.wacontacts.cli;

import id.wacontacts.domain.CategoryRow;
import id.wacontacts.domain.NumberValues;

/** Cells of the tab-separated output of {@code history} and {@code trash}. */
final class Cells {

    private Cells() {
    }

    /** A number as {@code E164@CATEGORY_ID}, a category as its name, nothing as empty. */
    static String value(NumberValues number, CategoryRow category) {
        if (number != null) {
            return number.normalizedNumber() + "@" + number.categoryId();
        }
        return category == null ? "" : clean(category.name());
    }

    /** Tabs and line breaks would break the columns: they become spaces. */
    static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]", " ");
    }
}
