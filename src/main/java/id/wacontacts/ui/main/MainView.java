package id.wacontacts.ui.main;

import id.wacontacts.ui.category.CategoryListView;
import id.wacontacts.ui.common.Accessible;
import id.wacontacts.ui.common.FileDialogs;
import id.wacontacts.ui.common.Looks;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.UiPreferences;
import id.wacontacts.ui.contact.AddNumberView;
import id.wacontacts.ui.contact.BulkActionsView;
import id.wacontacts.ui.health.HealthDialog;
import id.wacontacts.ui.contact.ContactListView;
import id.wacontacts.ui.live.LiveView;
import id.wacontacts.ui.search.SearchView;
import id.wacontacts.ui.stats.StatsView;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's layout and its keyboard shortcuts, bound to {@link MainViewModel}; no logic of its own. */
public final class MainView {

    private final MainViewModel model;
    private final Messages messages;
    private final UiPreferences preferences;
    private final DividerMemory dividers;
    private final Consumer<Locale> onLanguage;
    private final ObservableValue<String> latestMessage;
    private final FileActionsViewModel files;
    private final FileActions fileActions;
    private final FileDialogs fileDialogs;

    private CategoryListView categoryView;
    private ContactListView contactView;
    private AddNumberView addView;
    private SearchView searchView;
    private LiveView liveView;
    private Looks looks;
    private BulkActionsView bulkView;

    /**
     * @param latestMessage the latest notification, repeated in the status bar so a missed one can still be read
     * @param onLanguage    switches the window to another language
     * @param dialogs       asks for files to open and places to save
     */
    public MainView(MainViewModel model, FileActionsViewModel files, FileDialogs dialogs, Messages messages,
                    UiPreferences preferences, ObservableValue<String> latestMessage, Consumer<Locale> onLanguage) {
        this.model = model;
        this.files = files;
        this.fileActions = new FileActions(files, model, dialogs, messages);
        this.fileDialogs = dialogs;
        this.latestMessage = latestMessage;
        this.messages = messages;
        this.preferences = preferences;
        this.dividers = new DividerMemory(preferences);
        this.onLanguage = onLanguage;
    }

    /** The theme and text size the View menu changes; without them the menu has no such entries. */
    public void setLooks(Looks looks) {
        this.looks = looks;
    }

    public Parent build() {
        categoryView = new CategoryListView(model.categories(), messages, preferences);
        contactView = new ContactListView(model.contacts(), model.categories().choices(), messages, preferences);
        addView = new AddNumberView(model.addNumber(), model.categories().choices(), messages);
        searchView = new SearchView(model.search(), messages);
        liveView = new LiveView(model.live(), messages);
        bulkView = new BulkActionsView(model.bulk(), model.categories().choices(), messages);
        StatsView statsView = new StatsView(model.stats(), messages, preferences.textSizeProperty());

        SplitPane left = new SplitPane(categoryView.build(), statsView.build());
        left.setId("categorySplit");
        left.setOrientation(Orientation.VERTICAL);
        // The panes' minimum heights keep both usable; a remembered position is only a wish within them.
        left.setDividerPositions(dividers.position("divider.left", 0.52));
        dividers.remember(left, "divider.left");

        SplitPane center = new SplitPane(left, contactsPane());
        center.setId("mainSplit");
        // A larger text needs a wider categories pane for a name and its count side by side.
        double textFactor = preferences.textSize() / 100.0;
        DividerMemory.holdUntilShown(center, dividers.position("divider.main", Math.min(0.45, 0.33 + 0.06 * (textFactor - 1))));
        dividers.remember(center, "divider.main");
        SplitPane.setResizableWithParent(left, false);
        // The panes' minimum heights grow with the text; on a low screen at a large text size their sum
        // may exceed the window. The split then clips its panes rather than push the status bar out.
        center.setMinHeight(0);

        Label failure = new Label();
        failure.setId("failureMessage");
        failure.setWrapText(true);
        failure.getStyleClass().add("failure");
        failure.textProperty().bind(model.failureProperty());
        failure.visibleProperty().bind(model.failureProperty().isNotNull());
        failure.managedProperty().bind(failure.visibleProperty());
        center.disableProperty().bind(model.readyProperty().not());

        Label connection = new Label();
        connection.setId("connectionBanner");
        connection.setWrapText(true);
        connection.setMaxWidth(Double.MAX_VALUE);
        connection.getStyleClass().add("connection-lost");
        connection.setGraphic(new FontIcon("mdi2l-lan-disconnect"));
        connection.textProperty().bind(model.connectionProblemProperty());
        connection.visibleProperty().bind(model.connectionProblemProperty().isNotNull());
        connection.managedProperty().bind(connection.visibleProperty());

        VBox body = new VBox(failure, connection, center);
        VBox.setVgrow(center, Priority.ALWAYS);

        BorderPane root = new BorderPane();
        root.setId("mainWindow");
        SafetyWindows safety = new SafetyWindows(model, messages, fileDialogs,
                () -> root.getScene() == null ? null : root.getScene().getWindow());
        root.setTop(new MainMenu(model, messages, fileActions, onLanguage).withLooks(looks)
                .withSafety(safety, () -> safety.openHistory(contactView.table().getSelectionModel().getSelectedItem()))
                .build(new MainMenu.WindowActions(
                addView::focus, categoryView::focusNewCategory, this::editFocused, this::deleteFocused,
                contactView::copySelected, contactView::openSelectedInWhatsApp, searchView::focus),
                new MainMenu.BulkActions(model.bulk().selection()::selectAllMatching, bulkView::moveAsking,
                        this::exportSelected, this::showHealth)));
        root.setCenter(body);
        Label selected = new Label();
        selected.setId("selectionStatus");
        selected.textProperty().bind(model.bulk().selection().statusProperty());
        selected.setGraphic(new FontIcon("mdi2c-checkbox-multiple-marked-outline"));
        selected.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // what the actions will act on is shown whole
        selected.visibleProperty().bind(selected.textProperty().isNotEmpty());
        selected.managedProperty().bind(selected.visibleProperty());
        root.setBottom(StatusBar.build(model, latestMessage, files.backup().lastBackupText(),
                java.util.stream.Stream.concat(java.util.stream.Stream.of(selected),
                        java.util.Arrays.stream(liveView.statusItems())).toArray(Node[]::new)));
        fileActions.acceptDrops(root);
        redoAlsoOnCtrlY(root);
        return root;
    }

    /** Ctrl+Y redoes too, as on Windows, beside the menu's Ctrl+Shift+Z. */
    private void redoAlsoOnCtrlY(Parent root) {
        KeyCombination ctrlY = KeyCombination.keyCombination("Shortcut+Y");
        root.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(ctrlY, model.undo()::redo);
            }
        });
    }

    private Parent contactsPane() {
        Label title = new Label(messages.get("main.contacts"));
        title.getStyleClass().add("pane-title");
        title.setMinWidth(Region.USE_PREF_SIZE); // the search field gives way, the pane's title stays whole
        Parent search = searchView.build();
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox header = new HBox(12, title, search);
        header.setAlignment(Pos.CENTER_LEFT);
        TableView<?> table = contactView.build();
        Accessible.labels(title, table);
        contactView.withBulk(bulkView);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox pane = new VBox(8, header, addView.build(), liveView.notices(), bulkView.build(), table);
        pane.setId("contactPane");
        pane.getStyleClass().add("pane");
        return pane;
    }

    /** Edit → Export selected: the picked rows, or every match but the rows left out. */
    private void exportSelected() {
        model.bulk().exportQuery().ifPresent(fileActions::export);
    }

    /** Help → Database health, once the database is open. */
    private void showHealth() {
        model.health().ifPresent(health -> HealthDialog.show(
                searchView == null || contactView.table().getScene() == null ? null : contactView.table().getScene().getWindow(),
                health, messages));
    }

    /** F2 edits in whichever table has the focus: a category's name, else a contact's number. */
    private void editFocused() {
        if (focusedIn(categoryView.table())) {
            categoryView.editSelected();
        } else {
            contactView.editSelected();
        }
    }

    private void deleteFocused() {
        if (focusedIn(categoryView.table())) {
            categoryView.deleteSelected();
        } else {
            contactView.deleteSelection();
        }
    }

    private static boolean focusedIn(Node node) {
        Node focused = node.getScene() == null ? null : node.getScene().getFocusOwner();
        while (focused != null) {
            if (focused == node) {
                return true;
            }
            focused = focused.getParent();
        }
        return false;
    }
}
