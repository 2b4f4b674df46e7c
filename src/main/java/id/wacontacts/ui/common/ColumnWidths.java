package id.wacontacts.ui.common;

import javafx.scene.control.ConstrainedColumnResizeBase;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TableView.ResizeFeatures;
import javafx.util.Callback;

/**
 * Restores a table's column widths and remembers the ones the user sets (by column id). Only a
 * column the user resized is written: widths the table merely laid out would pin today's defaults
 * and window size for good.
 */
@SuppressWarnings("rawtypes") // TableView declares its resize policy over the raw ResizeFeatures
public final class ColumnWidths {

    private ColumnWidths() {
    }

    /** Call after the table has its columns and its resize policy. */
    public static void remember(TableView<?> table, UiPreferences preferences) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            preferences.width(key(table, column)).ifPresent(column::setPrefWidth);
        }
        Runnable save = () -> table.getColumns().forEach(
                column -> preferences.putWidth(key(table, column), column.getWidth()));
        Callback<ResizeFeatures, Boolean> policy = table.getColumnResizePolicy();
        table.setColumnResizePolicy(policy instanceof ConstrainedColumnResizeBase
                ? new ConstrainedRemembering(policy, save) : features -> resized(policy, features, save));
    }

    private static String key(TableView<?> table, TableColumn<?, ?> column) {
        return table.getId() + "." + column.getId();
    }

    /** The table's own policy; then, when the user dragged a column's edge (a column is named), the widths are saved. */
    @SuppressWarnings("unchecked")
    private static Boolean resized(Callback<ResizeFeatures, Boolean> policy, ResizeFeatures features, Runnable save) {
        Boolean done = policy.call(features);
        if (features.getColumn() != null) {
            save.run();
        }
        return done;
    }

    /** A constrained policy stays one, so the table keeps fitting its columns to its width. */
    private static final class ConstrainedRemembering extends ConstrainedColumnResizeBase
            implements Callback<ResizeFeatures, Boolean> {

        private final Callback<ResizeFeatures, Boolean> policy;
        private final Runnable save;

        ConstrainedRemembering(Callback<ResizeFeatures, Boolean> policy, Runnable save) {
            this.policy = policy;
            this.save = save;
        }

        @Override
        public Boolean call(ResizeFeatures features) {
            return resized(policy, features, save);
        }
    }
}
