package id.wacontacts.ui.history;

import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.history.NumberHistoryViewModel.Row;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The History panel's content: one number's changes, newest first. The caller puts it in a window. */
public final class NumberHistoryView {

    private final NumberHistoryViewModel model;
    private final Messages messages;

    public NumberHistoryView(NumberHistoryViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** @param heading what the panel is about, e.g. "History of +62 812-3456-7890" */
    public Parent build(String heading) {
        Label title = new Label(heading);
        title.getStyleClass().add("pane-title");
        TableView<Row> table = new TableView<>(model.rows());
        table.setId("historyTable");
        table.setPlaceholder(new Label(messages.get("history.none")));
        table.getColumns().addAll(List.of(column("activity.column.when", Row::when),
                column("activity.column.action", Row::action), column("activity.column.before", Row::before),
                column("activity.column.after", Row::after), column("trash.column.desktop", Row::desktop),
                column("trash.column.user", Row::user)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox root = new VBox(8, title, table);
        root.setPadding(new Insets(12));
        return root;
    }

    private TableColumn<Row, String> column(String key, Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
