package id.wacontacts.ui.importer;

import id.wacontacts.service.transfer.FileInspection;
import id.wacontacts.service.transfer.ImportOptions;
import id.wacontacts.ui.common.Messages;
import java.util.List;
import java.util.OptionalInt;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the import wizard's columns page lets the user choose: the column of numbers, the category (an
 * existing one, a new one, or a column naming them) and whether missing categories are created; and
 * the {@link ImportOptions} these make.
 */
final class ColumnChoices {

    private final Messages messages;
    private final ObjectProperty<FileInspection> inspection = new SimpleObjectProperty<>();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final IntegerProperty numberColumn = new SimpleIntegerProperty(-1);
    /** -1 when no column names the categories. */
    private final IntegerProperty categoryColumn = new SimpleIntegerProperty(-1);
    private final ObservableList<String> categoryNames = FXCollections.observableArrayList();
    private final StringProperty category = new SimpleStringProperty("");
    private final BooleanProperty createCategories = new SimpleBooleanProperty(false);

    ColumnChoices(Messages messages) {
        this.messages = messages;
    }

    /** A file was read: its columns, the columns it guessed, and the categories that exist. */
    void show(FileInspection found, List<String> existingCategories) {
        inspection.set(found);
        columns.setAll(found.columns());
        numberColumn.set(found.numberColumn() >= 0 ? found.numberColumn() : 0);
        categoryColumn.set(found.categoryColumn().orElse(-1));
        categoryNames.setAll(existingCategories);
    }

    /** Whether the chosen category is new (it will be created). */
    boolean categoryIsNew() {
        String name = category.get() == null ? "" : category.get().strip();
        return !name.isEmpty() && !categoryNames.contains(name);
    }

    boolean canPreview() {
        boolean hasCategory = category.get() != null && !category.get().isBlank();
        return inspection.get() != null && numberColumn.get() >= 0 && (hasCategory || categoryColumn.get() >= 0);
    }

    /** The choices as the service takes them. */
    ImportOptions options() {
        FileInspection found = inspection.get();
        String name = category.get() == null || category.get().isBlank() ? null : category.get().strip();
        boolean create = createCategories.get() || categoryIsNew();
        return new ImportOptions(numberColumn.get(),
                categoryColumn.get() >= 0 ? OptionalInt.of(categoryColumn.get()) : OptionalInt.empty(),
                found.hasHeader(), name, create);
    }

    /**
     * The chosen file in words: its name and format; for a workbook, the sheet read and, when it has
     * other visible sheets, that only this first one is read.
     */
    String fileLabel() {
        FileInspection inspected = inspection.get();
        if (inspected == null) {
            return "";
        }
        String name = inspected.file().getFileName().toString();
        List<String> sheets = inspected.sheets();
        if (sheets.isEmpty()) {
            return messages.get("import.fileIs", name, inspected.format().toString());
        }
        return sheets.size() == 1 ? messages.get("import.fileSheet", name, sheets.get(0))
                : messages.get("import.fileSheets", name, sheets.get(0), sheets.size());
    }

    ObjectProperty<FileInspection> inspectionProperty() {
        return inspection;
    }

    ObservableList<String> columns() {
        return columns;
    }

    IntegerProperty numberColumnProperty() {
        return numberColumn;
    }

    IntegerProperty categoryColumnProperty() {
        return categoryColumn;
    }

    ObservableList<String> categoryNames() {
        return categoryNames;
    }

    StringProperty categoryProperty() {
        return category;
    }

    BooleanProperty createCategoriesProperty() {
        return createCategories;
    }
}
