package id.wacontacts.ui.contact;

import id.wacontacts.domain.CategoryRow;
import id.wacontacts.ui.common.ColumnWidths;
import id.wacontacts.ui.common.CommittingTextCell;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.Times;
import id.wacontacts.ui.common.UiPreferences;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.css.PseudoClass;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import atlantafx.base.theme.Styles;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The contacts table. Rows arrive page by page: when one of the last rows loaded comes into view
 * the next page is fetched. Clicking a header sorts the rows loaded so far; the database's own
 * order is newest first.
 */
public final class ContactListView {

    /** Fetch the next page when a row this close to the end is shown. */
    private static final int PREFETCH_ROWS = 40;

    private final ContactListViewModel model;
    private final ObservableList<CategoryRow> categories;
    private final Messages messages;
    private final UiPreferences preferences;
    private final Times times;
    private TableView<ContactItem> table;
    private BulkActionsView bulk;

    public ContactListView(ContactListViewModel model, ObservableList<CategoryRow> categories, Messages messages,
                           UiPreferences preferences) {
        this.model = model;
        this.categories = categories;
        this.messages = messages;
        this.preferences = preferences;
        this.times = new Times(messages.locale(), ZoneId.systemDefault());
    }

    public TableView<ContactItem> build() {
        SortedList<ContactItem> sorted = new SortedList<>(model.rows());
        table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("contactTable");
        table.setEditable(true);
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(messages.get("contact.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().addAll(List.of(originalColumn(), normalizedColumn(), categoryColumn(), typeColumn(),
                timeColumn("createdColumn", "column.created", row -> row.row().createdAt()),
                timeColumn("updatedColumn", "column.updated", row -> row.row().updatedAt())));
        table.setRowFactory(view -> new PagingRow());
        // Live updates keep the user's place: they learn which rows are selected and which is being edited.
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ContactItem>) change ->
                model.live().selectionChanged(table.getSelectionModel().getSelectedItems().stream()
                        .filter(java.util.Objects::nonNull).map(ContactItem::id).collect(Collectors.toSet())));
        table.editingCellProperty().addListener((observable, old, cell) -> model.live().editingIdProperty().set(
                cell == null || cell.getRow() < 0 || cell.getRow() >= table.getItems().size()
                        ? null : table.getItems().get(cell.getRow()).id()));
        model.live().selectionToRestoreProperty().addListener((observable, old, ids) -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (ids.contains(table.getItems().get(i).id())) {
                    table.getSelectionModel().select(i);
                }
            }
        });
        // "Reload" on a changed-elsewhere notice ends the edit: the row shows what is stored now.
        model.live().editingIdProperty().addListener((observable, old, id) -> {
            if (id == null && table.getEditingCell() != null) {
                CommittingTextCell.discardEdit(table);
            }
        });
        table.setContextMenu(contextMenu());
        // The table's own F2 edits the focused cell, which has no column after a row was selected.
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.F2 && table.getEditingCell() == null) {
                editSelected();
                event.consume();
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && table.getEditingCell() == null) {
                deleteSelection();
                event.consume();
            }
        });
        ColumnWidths.remember(table, preferences);
        return table;
    }

    private TableColumn<ContactItem, String> originalColumn() {
        TableColumn<ContactItem, String> column = new TableColumn<>(messages.get("column.original"));
        column.setId("originalColumn");
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().row().originalNumber()));
        column.setCellFactory(CommittingTextCell.factory());
        column.setOnEditCommit(event -> model.editNumber(event.getRowValue(), event.getNewValue()));
        // Wide enough for its header in both languages and a typed number with spaces ("+62 857 1234 5678").
        column.setMinWidth(150);
        column.setPrefWidth(170);
        return column;
    }

    private TableColumn<ContactItem, String> normalizedColumn() {
        TableColumn<ContactItem, String> column = new TableColumn<>(messages.get("column.normalized"));
        column.setId("normalizedColumn");
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().row().normalizedNumber()));
        column.setEditable(false);
        // The widest E.164 number (+62812345678901) and "International (E.164)" in either language, always whole.
        column.setMinWidth(164);
        column.setPrefWidth(164);
        return column;
    }

    private TableColumn<ContactItem, CategoryRow> categoryColumn() {
        TableColumn<ContactItem, CategoryRow> column = new TableColumn<>(messages.get("column.category"));
        column.setId("categoryColumn");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(categoryOf(cell.getValue())));
        column.setCellFactory(ComboBoxTableCell.forTableColumn(new CategoryNames(), categories));
        column.setComparator(Comparator.comparing(CategoryRow::name, String.CASE_INSENSITIVE_ORDER));
        column.setOnEditCommit(event -> model.moveToCategory(event.getRowValue(), event.getNewValue()));
        // A typical category name ("Pelanggan Regular") whole.
        column.setMinWidth(132);
        column.setPrefWidth(140);
        return column;
    }

    private CategoryRow categoryOf(ContactItem item) {
        int id = item.row().categoryId();
        return categories.stream().filter(category -> category.id() == id).findFirst()
                .orElseGet(() -> new CategoryRow(id, item.row().categoryName(), null, null, null));
    }

    private TableColumn<ContactItem, String> typeColumn() {
        TableColumn<ContactItem, String> column = new TableColumn<>(messages.get("column.type"));
        column.setId("typeColumn");
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().type() == null
                ? "" : messages.get("type." + cell.getValue().type().name())));
        column.setCellFactory(view -> new WhatsAppMarkCell(messages));
        column.setEditable(false);
        // "Mobile", "Landline", "Telepon tetap", after the "may not be on WhatsApp" mark of the latter two.
        column.setMinWidth(128);
        column.setPrefWidth(136);
        return column;
    }

    private TableColumn<ContactItem, LocalDateTime> timeColumn(String id, String title,
                                                               java.util.function.Function<ContactItem, LocalDateTime> time) {
        TableColumn<ContactItem, LocalDateTime> column = new TableColumn<>(messages.get(title));
        column.setId(id);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(time.apply(cell.getValue())));
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDateTime item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : times.format(item));
            }
        });
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column.setEditable(false);
        // "24 Nov 17:05" (this year) or "24 Nov 2025" whole, and the header, at the default size.
        column.setMinWidth(98);
        column.setPrefWidth(108);
        return column;
    }

    private ContextMenu contextMenu() {
        MenuItem edit = item("contact.menu.edit", "mdi2p-pencil", this::editSelected);
        MenuItem copy = item("contact.menu.copy", "mdi2c-content-copy", this::copySelected);
        MenuItem whatsapp = item("contact.menu.whatsapp", "mdi2w-whatsapp", this::openSelectedInWhatsApp);
        MenuItem delete = item("contact.menu.delete", "mdi2d-delete", this::deleteSelection);
        return new ContextMenu(edit, copy, whatsapp, new SeparatorMenuItem(), delete);
    }

    private MenuItem item(String key, String icon, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key), new FontIcon(icon));
        item.setOnAction(event -> action.run());
        return item;
    }

    /** Starts editing the focused row's number (F2). */
    public void editSelected() {
        int row = table.getSelectionModel().getSelectedIndex();
        if (row >= 0) {
            table.requestFocus();
            table.edit(row, table.getColumns().get(0));
        }
    }

    /** Hands "all matching" selections to the bulk actions (copy, delete), which work through the database. */
    public void withBulk(BulkActionsView bulkActions) {
        this.bulk = bulkActions;
        bulkActions.attach(table);
    }

    /** Puts the selected numbers, one per line in E.164, on the clipboard. */
    public void copySelected() {
        if (bulk != null && bulk.copyIfAllMatching()) {
            return;
        }
        List<ContactItem> selection = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (!selection.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(String.join("\n", selection.stream().map(item -> item.row().normalizedNumber()).toList()));
            Clipboard.getSystemClipboard().setContent(content);
            model.copied(selection.size());
        }
    }

    public void openSelectedInWhatsApp() {
        ContactItem selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.openInWhatsApp(selected);
        }
    }

    /** Deletes the selected numbers at once; the notification and Edit → Undo take it back. */
    public void deleteSelection() {
        if (bulk != null && bulk.deleteIfAllMatching()) {
            return;
        }
        model.delete(List.copyOf(table.getSelectionModel().getSelectedItems()));
    }

    public TableView<ContactItem> table() {
        return table;
    }

    /** Asks for the next page when one of the last loaded rows is laid out. */
    private final class PagingRow extends TableRow<ContactItem> {
        /** Restyles this row in place when rows are deleted elsewhere: a refresh of the table would end an edit. */
        private final InvalidationListener goneChanged = observable -> showGone();

        PagingRow() {
            model.live().goneIds().addListener(new WeakInvalidationListener(goneChanged));
        }

        @Override
        protected void updateItem(ContactItem item, boolean empty) {
            super.updateItem(item, empty);
            showGone();
            setAccessibleText(empty || item == null ? null : RowSentence.of(item, messages, times));
        }

        /** A row deleted on another desktop stays, greyed out, while it is selected. */
        private void showGone() {
            ContactItem item = getItem();
            pseudoClassStateChanged(GONE, !isEmpty() && item != null && model.live().goneIds().contains(item.id()));
        }

        @Override
        public void updateIndex(int index) {
            super.updateIndex(index);
            if (index >= 0 && index >= getTableView().getItems().size() - PREFETCH_ROWS && model.hasMore()) {
                model.loadMore();
            }
        }
    }

    private static final PseudoClass GONE = PseudoClass.getPseudoClass("deleted-elsewhere");

    private static final class CategoryNames extends StringConverter<CategoryRow> {
        @Override
        public String toString(CategoryRow category) {
            return category == null ? "" : category.name();
        }

        @Override
        public CategoryRow fromString(String name) {
            return null; // the combo box only picks from the list
        }
    }
}
