package id.wacontacts.ui.common;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;

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
        followTextSize(table, preferences);
        for (TableColumn<?, ?> column : table.getColumns()) {
            preferences.width(key(table, column)).ifPresent(column::setPrefWidth);
        }
        Runnable save = () -> table.getColumns().forEach(
                column -> preferences.putWidth(key(table, column), column.getWidth()));
        Callback<ResizeFeatures, Boolean> policy = table.getColumnResizePolicy();
        Callback<ResizeFeatures, Boolean> remembering = policy instanceof ConstrainedColumnResizeBase
                ? new ConstrainedRemembering(policy, save) : features -> resized(policy, features, save);
        table.setColumnResizePolicy(remembering);
        if (policy instanceof ConstrainedColumnResizeBase) {
            scrollWhenTooNarrow(table, remembering, features -> resized(TableView.UNCONSTRAINED_RESIZE_POLICY,
                    features, save));
        }
    }

    /**
     * A constrained table squeezes its columns below their minimum rather than scroll: where the minimum
     * widths (grown with the text size) no longer fit, the table lays its columns out freely and scrolls
     * sideways; once they fit again it is constrained again.
     */
    private static void scrollWhenTooNarrow(TableView<?> table, Callback<ResizeFeatures, Boolean> constrained,
                                            Callback<ResizeFeatures, Boolean> free) {
        InvalidationListener choose = observable -> {
            double needed = table.getColumns().stream().filter(TableColumn::isVisible)
                    .mapToDouble(TableColumn::getMinWidth).sum();
            // room for the vertical scroll bar and the table's border
            boolean fits = table.getWidth() <= 0 || needed <= table.getWidth() - 24;
            Callback<ResizeFeatures, Boolean> wanted = fits ? constrained : free;
            if (table.getColumnResizePolicy() != wanted) {
                table.setColumnResizePolicy(wanted);
            }
        };
        table.getProperties().put(TableView.class, choose);
        table.widthProperty().addListener(new WeakInvalidationListener(choose));
        table.getColumns().forEach(column -> column.minWidthProperty().addListener(new WeakInvalidationListener(choose)));
    }

    /**
     * Grows each column's minimum width with the text (View -> Text size), so a bigger text is never cut
     * off: where the columns no longer fit, the table scrolls sideways instead.
     */
    private static void followTextSize(TableView<?> table, UiPreferences preferences) {
        Map<TableColumn<?, ?>, Double> normalMin = new HashMap<>();
        Map<TableColumn<?, ?>, Double> normalPref = new HashMap<>();
        table.getColumns().forEach(column -> {
            normalMin.put(column, column.getMinWidth());
            normalPref.put(column, column.getPrefWidth());
        });
        Runnable scale = () -> {
            double factor = preferences.textSizeProperty().get() / (double) TextSize.NORMAL;
            normalMin.forEach((column, min) -> {
                column.setMinWidth(Math.ceil(min * factor));
                // The default width grows with the text too, so a typical value stays whole.
                column.setPrefWidth(Math.max(Math.max(column.getPrefWidth(), column.getMinWidth()),
                        Math.ceil(normalPref.get(column) * factor)));
            });
        };
        InvalidationListener rescale = observable -> scale.run();
        // Held by the table, so a window rebuilt in another language leaves no listener behind.
        table.getProperties().put(ColumnWidths.class, rescale);
        preferences.textSizeProperty().addListener(new WeakInvalidationListener(rescale));
        scale.run();
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
