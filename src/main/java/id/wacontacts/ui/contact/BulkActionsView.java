package id.wacontacts.ui.contact;

import id.wacontacts.domain.CategoryRow;
import id.wacontacts.ui.common.Messages;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bulk actions' side of the number list: the "Select all N matching" link and the running
 * action's progress with Cancel (a strip above the table), the context menu's bulk items, and the
 * table's rows following "all matching" (every loaded row selected, pages loaded later too).
 */
public final class BulkActionsView {

    private final BulkActionsViewModel model;
    private final Selection selection;
    private final ObservableList<CategoryRow> categories;
    private final Messages messages;
    private TableView<ContactItem> table;
    /** True while the view itself selects rows for "all matching"; the selection is told once at the end. */
    private boolean restoring;

    public BulkActionsView(BulkActionsViewModel model, ObservableList<CategoryRow> categories, Messages messages) {
        this.model = model;
        this.selection = model.selection();
        this.categories = categories;
        this.messages = messages;
    }

    /** Follows the table's selection, and adds the bulk items to its context menu. */
    public void attach(TableView<ContactItem> contactTable) {
        this.table = contactTable;
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ContactItem>) change -> {
            if (!restoring) {
                selection.selectionChanged(selectedIds());
            }
        });
        selection.allProperty().addListener((observable, old, all) -> {
            if (all != null) {
                selectAllBut();
            }
        });
        // Rows loaded while "all matching" is on (a page, a reload) are selected too, but for those left out.
        table.getItems().addListener((ListChangeListener<ContactItem>) change -> {
            if (selection.isAllMatching()) {
                javafx.application.Platform.runLater(this::selectAllBut);
            }
        });
        if (table.getContextMenu() != null) {
            table.getContextMenu().getItems().addAll(0, java.util.List.of(
                    item("bulkSelectAllItem", "menu.bulk.selectAll", "mdi2s-select-all", selection::selectAllMatching),
                    item("bulkMoveItem", "menu.bulk.move", "mdi2f-folder-move", this::moveAsking),
                    new SeparatorMenuItem()));
        }
    }

    /** Selects every loaded row that "all matching" does not leave out, telling the selection once. */
    private void selectAllBut() {
        if (!selection.isAllMatching()) {
            return;
        }
        int[] wanted = java.util.stream.IntStream.range(0, table.getItems().size())
                .filter(i -> !selection.excludes(table.getItems().get(i).id())).toArray();
        restoring = true;
        try {
            if (wanted.length > 0) {
                table.getSelectionModel().selectIndices(wanted[0], java.util.Arrays.copyOfRange(wanted, 1, wanted.length));
            }
        } finally {
            restoring = false;
        }
        selection.selectionChanged(selectedIds());
    }

    private java.util.Set<Integer> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream()
                .filter(Objects::nonNull).map(ContactItem::id).collect(Collectors.toSet());
    }

    /** The strip above the table: the select-all link, what is selected, and a running action with Cancel. */
    public Parent build() {
        Hyperlink selectAll = new Hyperlink();
        selectAll.setId("selectAllMatching");
        selectAll.textProperty().bind(selection.offerProperty());
        selectAll.visibleProperty().bind(selection.offerProperty().isNotEmpty().and(model.runningProperty().not()));
        selectAll.managedProperty().bind(selectAll.visibleProperty());
        selectAll.setOnAction(event -> selection.selectAllMatching());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.setMaxSize(16, 16);
        Label doing = new Label();
        doing.setId("bulkProgress");
        doing.textProperty().bind(model.progressProperty());
        Button cancel = new Button(messages.get("button.cancel"));
        cancel.setId("cancelBulkButton");
        cancel.setOnAction(event -> model.cancel());
        HBox running = new HBox(8, busy, doing, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.runningProperty());
        running.managedProperty().bind(running.visibleProperty());

        HBox strip = new HBox(12, selectAll, running);
        strip.setId("bulkStrip");
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.visibleProperty().bind(selectAll.visibleProperty().or(running.visibleProperty()));
        strip.managedProperty().bind(strip.visibleProperty());
        return strip;
    }

    /** Asks which category to move the selection to (a list to pick from by keyboard too), then moves it. */
    public void moveAsking() {
        if (selection.current().isEmpty() || categories.isEmpty()) {
            return;
        }
        ChoiceDialog<CategoryRow> dialog = new ChoiceDialog<>(categories.get(0), categories);
        dialog.setTitle(messages.get("bulk.moveTitle"));
        dialog.setHeaderText(null);
        dialog.setContentText(messages.get("bulk.moveQuestion", selection.size()));
        dialog.getDialogPane().setId("bulkMoveDialog");
        if (table != null && table.getScene() != null) {
            dialog.initOwner(table.getScene().getWindow());
        }
        dialog.getDialogPane().lookupAll(".combo-box").forEach(node -> {
            if (node instanceof javafx.scene.control.ComboBox<?> box) {
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<CategoryRow> categoryBox = (javafx.scene.control.ComboBox<CategoryRow>) box;
                categoryBox.setId("bulkMoveCategory");
                categoryBox.setConverter(new Names());
            }
        });
        Optional<CategoryRow> chosen = dialog.showAndWait();
        chosen.ifPresent(model::move);
    }

    /** Copies the selection's numbers: "all matching" through the database, picked rows from the table. */
    public boolean copyIfAllMatching() {
        if (!selection.isAllMatching()) {
            return false;
        }
        model.copy(text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        return true;
    }

    /** Deletes "all matching" after asking; false when rows are picked (the list deletes those itself). */
    public boolean deleteIfAllMatching() {
        if (!selection.isAllMatching()) {
            return false;
        }
        model.deleteAsking();
        return true;
    }

    private MenuItem item(String id, String key, String icon, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key), new FontIcon(icon));
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    private static final class Names extends StringConverter<CategoryRow> {
        @Override
        public String toString(CategoryRow category) {
            return category == null ? "" : category.name();
        }

        @Override
        public CategoryRow fromString(String name) {
            return null;
        }
    }
}
