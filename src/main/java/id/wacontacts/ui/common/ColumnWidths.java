package id.wacontacts.ui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Restores a table's column widths and remembers the user's changes (by column id). */
public final class ColumnWidths {

    private ColumnWidths() {
    }

    public static void remember(TableView<?> table, UiPreferences preferences) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            String key = table.getId() + "." + column.getId();
            preferences.width(key).ifPresent(column::setPrefWidth);
            column.widthProperty().addListener((observable, old, width) -> preferences.putWidth(key, width.doubleValue()));
        }
    }
}
