package id.wacontacts.ui.trash;

import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.trash.TrashViewModel.Item;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The trash window's content: the deleted numbers and categories with when, from which desktop
 * and by which user; restore the selection or all of one deletion, delete forever, empty. The
 * caller puts it in a window and asks before emptying ({@code confirmEmpty}).
 */
public final class TrashView {

    private final TrashViewModel model;
    private final Messages messages;
    private final BooleanSupplier confirmEmpty;

    public TrashView(TrashViewModel model, Messages messages, BooleanSupplier confirmEmpty) {
        this.model = model;
        this.messages = messages;
        this.confirmEmpty = confirmEmpty;
    }

    public Parent build() {
        TableView<Item> table = new TableView<>(model.items());
        table.setId("trashTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(messages.get("trash.emptyList")));
        table.getColumns().add(column("trash.column.what", item -> (item.category()
                ? messages.get("activity.table.CATEGORIES") : messages.get("activity.table.PHONE_NUMBERS"))
                + ": " + item.what()));
        table.getColumns().add(column("trash.column.when", Item::when));
        table.getColumns().add(column("trash.column.desktop", Item::desktop));
        table.getColumns().add(column("trash.column.user", Item::user));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        var selection = table.getSelectionModel().getSelectedItems();
        var nothingSelected = Bindings.isEmpty(selection).or(model.busyProperty());
        Button restore = button("trashRestore", "trash.restore", () -> model.restore(List.copyOf(selection)));
        restore.disableProperty().bind(nothingSelected);
        restore.setDefaultButton(true);
        Button restoreDeletion = button("trashRestoreDeletion", "trash.restoreDeletion",
                () -> model.restoreDeletion(selection.get(0)));
        restoreDeletion.disableProperty().bind(Bindings.size(selection).isNotEqualTo(1).or(model.busyProperty()));
        Button forever = button("trashDeleteForever", "trash.deleteForever", () -> model.deleteForever(List.copyOf(selection)));
        forever.disableProperty().bind(nothingSelected);
        Button empty = button("trashEmpty", "trash.empty", () -> {
            if (confirmEmpty.getAsBoolean()) {
                model.empty();
            }
        });
        empty.disableProperty().bind(Bindings.isEmpty(model.items()).or(model.busyProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, restore, restoreDeletion, forever, gap, empty);

        VBox root = new VBox(8, table, buttons);
        root.setPadding(new Insets(12));
        model.refresh();
        return root;
    }

    private TableColumn<Item, String> column(String key, Function<Item, String> value) {
        TableColumn<Item, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}
