package id.wacontacts.ui.category;

import id.wacontacts.domain.CategoryCount;
import id.wacontacts.domain.CategoryRow;
import id.wacontacts.ui.common.Accessible;
import id.wacontacts.ui.common.ColumnWidths;
import id.wacontacts.ui.common.CommittingTextCell;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.UiPreferences;
import java.text.NumberFormat;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

/** The categories pane: the table with "All" first, inline editing, adding and deleting. */
public final class CategoryListView {

    private final CategoryListViewModel model;
    private final Messages messages;
    private final UiPreferences preferences;
    private TableView<CategoryCount> table;
    private TextField newName;
    private boolean syncing;

    public CategoryListView(CategoryListViewModel model, Messages messages, UiPreferences preferences) {
        this.model = model;
        this.messages = messages;
        this.preferences = preferences;
    }

    public Parent build() {
        Label heading = new Label(messages.get("main.categories"));
        heading.getStyleClass().add("pane-title");
        table = buildTable();
        Accessible.labels(heading, table);
        table.setContextMenu(contextMenu());
        VBox.setVgrow(table, Priority.ALWAYS);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, heading, gap, orderChoice());
        top.setAlignment(Pos.CENTER_LEFT);
        VBox pane = new VBox(6, top, table, addBar());
        pane.setId("categoryPane");
        pane.getStyleClass().add("pane");
        return pane;
    }

    private TableView<CategoryCount> buildTable() {
        TableView<CategoryCount> view = new TableView<>(model.rows());
        view.setId("categoryTable");
        view.setEditable(true);
        view.editingCellProperty().addListener((observable, old, cell) -> model.editingProperty().set(cell != null));
        view.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        view.setPlaceholder(new Label(messages.get("main.emptyCategories")));
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<CategoryCount, String> name = new TableColumn<>(messages.get("column.name"));
        name.setId("nameColumn");
        name.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().name()));
        name.setCellFactory(column -> new RealCategoryCell());
        name.setOnEditCommit(event -> model.rename(event.getRowValue(), event.getNewValue()));
        // At 150% the name and the count fit the default pane side by side; the description scrolls into view.
        name.setMinWidth(135);
        name.setPrefWidth(130);
        name.setSortable(false);

        TableColumn<CategoryCount, Long> count = new TableColumn<>(messages.get("column.count"));
        count.setId("countColumn");
        count.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().phoneCount()));
        NumberFormat format = NumberFormat.getIntegerInstance(messages.locale());
        count.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.format(item));
            }
        });
        count.getStyleClass().add("numeric");
        count.setEditable(false);
        count.setSortable(false);
        count.setMinWidth(124); // "Jumlah nomor" whole, also at larger text sizes
        count.setPrefWidth(80);

        TableColumn<CategoryCount, String> description = new TableColumn<>(messages.get("column.description"));
        description.setId("descriptionColumn");
        description.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().category().description()));
        description.setCellFactory(column -> new RealCategoryCell());
        description.setOnEditCommit(event -> model.describe(event.getRowValue(), event.getNewValue()));
        description.setSortable(false);
        description.setMinWidth(90);
        description.setPrefWidth(160);

        view.getColumns().addAll(List.of(name, count, description));
        ColumnWidths.remember(view, preferences);

        view.getSelectionModel().selectedItemProperty().addListener((observable, old, selected) -> {
            if (!syncing && selected != null) {
                model.select(selected.id());
            }
        });
        model.rows().addListener((ListChangeListener<CategoryCount>) change -> showSelection(view));
        model.selectedIdProperty().addListener((observable, old, id) -> showSelection(view));
        // The table's own F2 edits the focused cell, which has no column after a row was selected.
        view.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.F2 && view.getEditingCell() == null) {
                editSelected();
                event.consume();
            }
        });
        view.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && view.getEditingCell() == null) {
                deleteSelected();
                event.consume();
            }
        });
        return view;
    }

    private void showSelection(TableView<CategoryCount> view) {
        syncing = true;
        try {
            model.find(model.selectedIdProperty().get()).ifPresent(row -> view.getSelectionModel().select(row));
        } finally {
            syncing = false;
        }
    }

    private HBox addBar() {
        newName = new TextField();
        newName.setId("newCategoryName");
        newName.setPromptText(messages.get("category.newPrompt"));
        Accessible.named(newName, messages.get("category.newPrompt"));
        HBox.setHgrow(newName, Priority.ALWAYS);
        Button add = new Button(messages.get("category.add"), new FontIcon("mdi2f-folder-plus"));
        add.setId("addCategoryButton");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.disableProperty().bind(newName.textProperty().isEmpty());
        add.setOnAction(event -> addCategory());
        newName.setOnAction(event -> addCategory());
        Button delete = new Button(null, new FontIcon("mdi2d-delete"));
        delete.setId("deleteCategoryButton");
        delete.setMinWidth(Region.USE_PREF_SIZE);
        delete.setTooltip(new Tooltip(messages.get("category.delete")));
        delete.setAccessibleText(messages.get("category.delete"));
        delete.disableProperty().bind(model.selectedIdProperty().isEqualTo(CategoryListViewModel.ALL));
        delete.setOnAction(event -> deleteSelected());
        HBox bar = new HBox(6, newName, add, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void addCategory() {
        if (!newName.getText().isBlank()) {
            model.add(newName.getText(), null, newName::clear);
        }
    }

    /** Name, count or date: the list's order, remembered for the next start. */
    private javafx.scene.control.ComboBox<CategoryOrder> orderChoice() {
        CategoryOrder[] orders = CategoryOrder.values();
        int remembered = (int) preferences.get(ORDER_PREFERENCE, CategoryOrder.COUNT.ordinal()); // stored as its ordinal
        model.orderProperty().set(orders[remembered >= 0 && remembered < orders.length ? remembered : 0]);
        javafx.scene.control.ComboBox<CategoryOrder> choice = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(orders));
        choice.setId("categoryOrder");
        choice.setAccessibleText(messages.get("category.orderLabel"));
        choice.setTooltip(new Tooltip(messages.get("category.orderLabel")));
        choice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(CategoryOrder order) {
                return order == null ? "" : messages.get("category.order." + order.name());
            }

            @Override
            public CategoryOrder fromString(String text) {
                return null;
            }
        });
        choice.valueProperty().bindBidirectional(model.orderProperty());
        model.orderProperty().addListener((observable, old, now) -> preferences.put(ORDER_PREFERENCE, now.ordinal()));
        return choice;
    }

    private static final String ORDER_PREFERENCE = "categoryOrder";

    private javafx.scene.control.ContextMenu contextMenu() {
        javafx.scene.control.MenuItem merge = new javafx.scene.control.MenuItem(messages.get("category.mergeInto"),
                new FontIcon("mdi2c-call-merge"));
        merge.setId("mergeCategoryItem");
        merge.setOnAction(event -> mergeSelected());
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(merge);
        menu.setOnShowing(event -> merge.setDisable(table.getSelectionModel().getSelectedItem() == null
                || table.getSelectionModel().getSelectedItem().id() == CategoryListViewModel.ALL));
        return menu;
    }

    /** Asks which category the selected one merges into, then shows the preview's counts before merging. */
    public void mergeSelected() {
        CategoryCount from = table.getSelectionModel().getSelectedItem();
        if (from == null || from.id() == CategoryListViewModel.ALL) {
            return;
        }
        List<CategoryRow> targets = model.merging().targets(from, model.choices());
        if (targets.isEmpty()) {
            return;
        }
        javafx.scene.control.ChoiceDialog<CategoryRow> dialog = new javafx.scene.control.ChoiceDialog<>(targets.get(0), targets);
        dialog.setTitle(messages.get("category.mergeTitle"));
        dialog.setHeaderText(null);
        dialog.setContentText(messages.get("category.mergeChoose", from.name()));
        dialog.getDialogPane().setId("mergeCategoryDialog");
        if (table.getScene() != null) {
            dialog.initOwner(table.getScene().getWindow());
        }
        dialog.getDialogPane().lookupAll(".combo-box").forEach(node -> {
            if (node instanceof javafx.scene.control.ComboBox<?> box) {
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<CategoryRow> categories = (javafx.scene.control.ComboBox<CategoryRow>) box;
                categories.setConverter(new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(CategoryRow row) {
                        return row == null ? "" : row.name();
                    }

                    @Override
                    public CategoryRow fromString(String text) {
                        return null;
                    }
                });
            }
        });
        dialog.showAndWait().ifPresent(into -> model.merging().mergeAsking(from, into));
    }

    /** Focuses the new category's name field (Ctrl+Shift+N). */
    public void focusNewCategory() {
        newName.requestFocus();
    }

    /** Starts editing the selected category's name (F2). */
    public void editSelected() {
        int row = table.getSelectionModel().getSelectedIndex();
        if (row > 0) {
            table.requestFocus();
            table.edit(row, table.getColumns().get(0));
        }
    }

    /** Deletes the selected category after saying how many numbers go with it. */
    public void deleteSelected() {
        model.deleteAsking(table.getSelectionModel().getSelectedItem());
    }

    public TableView<CategoryCount> table() {
        return table;
    }

    /** A text cell that refuses to edit the "All" entry. */
    private static final class RealCategoryCell extends CommittingTextCell<CategoryCount> {

        @Override
        public void startEdit() {
            CategoryCount row = getTableRow() == null ? null : getTableRow().getItem();
            if (row != null && row.id() != CategoryListViewModel.ALL) {
                super.startEdit();
            }
        }
    }
}
