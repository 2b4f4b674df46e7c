package id.wacontacts.service.transfer;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How to import a list file.
 *
 * @param numberColumn     the column holding the numbers (0-based)
 * @param categoryColumn   a column naming each row's category; rows where it is empty go to {@code category}
 * @param skipFirstRow     the first CSV row is a header
 * @param category         the category for every row (or for rows without one); null when the category column names them all
 * @param createCategories create {@code category} and the categories the column names when they do not exist
 */
public record ImportOptions(int numberColumn, OptionalInt categoryColumn, boolean skipFirstRow,
                            String category, boolean createCategories) {

    public ImportOptions {
        if (numberColumn < 0) {
            throw new IllegalArgumentException("numberColumn " + numberColumn);
        }
        Objects.requireNonNull(categoryColumn, "categoryColumn");
        if (category != null && category.isBlank()) {
            category = null;
        }
    }

    public ImportOptions withCategoryColumn(OptionalInt column) {
        return new ImportOptions(numberColumn, column, skipFirstRow, category, createCategories);
    }

    public ImportOptions withNumberColumn(int column) {
        return new ImportOptions(column, categoryColumn, skipFirstRow, category, createCategories);
    }

    public ImportOptions withCategory(String name, boolean create) {
        return new ImportOptions(numberColumn, categoryColumn, skipFirstRow, name, create);
    }
}
