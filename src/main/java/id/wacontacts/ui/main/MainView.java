package id.wacontacts.ui.main;

import id.wacontacts.ui.category.CategoryListView;
import id.wacontacts.ui.common.FileDialogs;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.UiPreferences;
import id.wacontacts.ui.contact.AddNumberView;
import id.wacontacts.ui.contact.ContactListView;
import id.wacontacts.ui.search.SearchView;
import id.wacontacts.ui.stats.StatsView;
import id.wacontacts.ui.stats.StatsViewModel.Kind;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's layout and its keyboard shortcuts, bound to {@link MainViewModel}; no logic of its own. */
public final class MainView {

    /** How long after the window shows its size may still change by itself. */
    private static final Duration SETTLING = Duration.seconds(1);

    /** How close to an edge a remembered divider may come back. */
    private static final double MIN_DIVIDER = 0.1;

    private final MainViewModel model;
    private final Messages messages;
    private final UiPreferences preferences;
    private final Consumer<Locale> onLanguage;
    private final ObservableValue<String> latestMessage;
    private final FileActionsViewModel files;
    private final FileActions fileActions;

    private CategoryListView categoryView;
    private ContactListView contactView;
    private AddNumberView addView;
    private SearchView searchView;

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
        this.latestMessage = latestMessage;
        this.messages = messages;
        this.preferences = preferences;
        this.onLanguage = onLanguage;
    }

    public Parent build() {
        categoryView = new CategoryListView(model.categories(), messages, preferences);
        contactView = new ContactListView(model.contacts(), model.categories().choices(), messages, preferences);
        addView = new AddNumberView(model.addNumber(), model.categories().choices(), messages);
        searchView = new SearchView(model.search(), messages);
        StatsView statsView = new StatsView(model.stats(), messages);

        SplitPane left = new SplitPane(categoryView.build(), statsView.build());
        left.setId("categorySplit");
        left.setOrientation(Orientation.VERTICAL);
        // The panes' minimum heights keep both usable; a remembered position is only a wish within them.
        left.setDividerPositions(dividerPosition("divider.left", 0.52));
        rememberDivider(left, "divider.left");

        SplitPane center = new SplitPane(left, contactsPane());
        center.setId("mainSplit");
        holdUntilShown(center, dividerPosition("divider.main", 0.33));
        rememberDivider(center, "divider.main");
        SplitPane.setResizableWithParent(left, false);

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
        root.setTop(menuBar());
        root.setCenter(body);
        root.setBottom(statusBar());
        fileActions.acceptDrops(root);
        return root;
    }

    /** A divider's remembered position, brought back within the pane when it is out of range or unreadable. */
    private double dividerPosition(String key, double fallback) {
        double remembered = preferences.get(key, fallback);
        if (Double.isNaN(remembered) || Double.isInfinite(remembered)) {
            return fallback;
        }
        return Math.max(MIN_DIVIDER, Math.min(1 - MIN_DIVIDER, remembered));
    }

    /**
     * Sets a divider and sets it again on every change of width until the window has shown for a
     * moment. The first layouts come at the content's natural width and the window takes its size
     * only after it shows; as the left pane keeps its width in pixels when its parent resizes, it
     * would open wider than remembered.
     */
    private static void holdUntilShown(SplitPane split, double position) {
        split.setDividerPositions(position);
        // Set after the pass that lays the new width out: set during it, the left pane's kept pixel width wins.
        ChangeListener<Number> hold = (observable, old, width) -> Platform.runLater(() -> split.setDividerPositions(position));
        split.widthProperty().addListener(hold);
        ObservableValue<Boolean> shown = split.sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).orElse(false);
        PauseTransition settle = new PauseTransition(SETTLING);
        settle.setOnFinished(event -> split.widthProperty().removeListener(hold));
        shown.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean was, Boolean now) {
                if (now) {
                    observable.removeListener(this);
                    settle.play();
                }
            }
        });
    }

    /**
     * Saves where the user drags a divider. Positions the split pane merely laid out (the window's first
     * layout may come at another size) are not saved: they moved the divider a little at every start.
     */
    private void rememberDivider(SplitPane split, String key) {
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            if (onDivider(event.getTarget(), split)) {
                preferences.put(key, split.getDividerPositions()[0]);
            }
        });
    }

    private static boolean onDivider(Object target, SplitPane split) {
        for (Node node = target instanceof Node n ? n : null; node != null && node != split; node = node.getParent()) {
            if (node.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    private Parent contactsPane() {
        Label title = new Label(messages.get("main.contacts"));
        title.getStyleClass().add("pane-title");
        Parent search = searchView.build();
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox header = new HBox(12, title, search);
        header.setAlignment(Pos.CENTER_LEFT);
        TableView<?> table = contactView.build();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox pane = new VBox(8, header, addView.build(), table);
        pane.setId("contactPane");
        pane.getStyleClass().add("pane");
        return pane;
    }

    private MenuBar menuBar() {
        Menu file = new Menu(messages.get("menu.file"));
        file.setId("menuFile");
        file.getItems().addAll(
                item("menuNewNumber", "menu.newNumber", "mdi2p-phone-plus", "Shortcut+N", addView::focus),
                item("menuNewCategory", "menu.newCategory", "mdi2f-folder-plus", "Shortcut+Shift+N",
                        categoryView::focusNewCategory),
                new SeparatorMenuItem());
        List<MenuItem> transfers = fileActions.fileItems(this::item);
        file.getItems().addAll(transfers.subList(0, 2));
        file.getItems().add(new SeparatorMenuItem());
        file.getItems().addAll(transfers.subList(2, transfers.size()));
        file.getItems().addAll(
                new SeparatorMenuItem(),
                item("menuExit", "menu.exit", null, "Shortcut+Q", this::exit));

        Menu edit = new Menu(messages.get("menu.edit"));
        edit.getItems().addAll(
                item("menuEdit", "menu.editSelected", "mdi2p-pencil", "F2", this::editFocused),
                item("menuDelete", "menu.delete", "mdi2d-delete", null, this::deleteFocused),
                new SeparatorMenuItem(),
                item("menuCopy", "menu.copy", "mdi2c-content-copy", "Shortcut+Shift+C", contactView::copySelected),
                item("menuWhatsApp", "menu.whatsapp", "mdi2w-whatsapp", "Shortcut+O",
                        contactView::openSelectedInWhatsApp),
                new SeparatorMenuItem(),
                item("menuFind", "menu.find", "mdi2m-magnify", "Shortcut+F", searchView::focus));

        Menu view = new Menu(messages.get("menu.view"));
        ToggleGroup charts = new ToggleGroup();
        view.getItems().addAll(
                chartItem(charts, "menuBarChart", "menu.barChart", Kind.BAR),
                chartItem(charts, "menuPieChart", "menu.pieChart", Kind.PIE),
                new SeparatorMenuItem(),
                item("menuRefresh", "menu.refresh", "mdi2r-refresh", "F5", model::refresh));

        Menu language = new Menu(messages.get("menu.language"));
        language.setId("menuLanguage");
        ToggleGroup languages = new ToggleGroup();
        language.getItems().addAll(
                languageItem(languages, "menuEnglish", "English", Locale.ENGLISH),
                languageItem(languages, "menuIndonesian", "Bahasa Indonesia", Messages.INDONESIAN));

        Menu help = new Menu(messages.get("menu.help"));
        help.setId("menuHelp");
        help.getItems().add(fileActions.aboutItem(this::item));

        MenuBar bar = new MenuBar(file, edit, view, language, help);
        bar.setId("menuBar");
        return bar;
    }

    /** File → Exit: closes the app, unless the user keeps the window for edits not yet saved. */
    private void exit() {
        if (model.mayLeave()) {
            Platform.exit();
        }
    }

    private MenuItem item(String id, String key, String icon, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key), icon == null ? null : new FontIcon(icon));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private RadioMenuItem chartItem(ToggleGroup group, String id, String key, Kind kind) {
        RadioMenuItem item = new RadioMenuItem(messages.get(key));
        item.setId(id);
        item.setToggleGroup(group);
        item.setSelected(model.stats().kindProperty().get() == kind);
        model.stats().kindProperty().addListener((observable, old, now) -> item.setSelected(now == kind));
        item.setOnAction(event -> model.stats().kindProperty().set(kind));
        return item;
    }

    private RadioMenuItem languageItem(ToggleGroup group, String id, String name, Locale locale) {
        RadioMenuItem item = new RadioMenuItem(name);
        item.setId(id);
        item.setToggleGroup(group);
        item.setUserData(locale);
        boolean current = messages.locale().getLanguage().equals(locale.getLanguage());
        item.setSelected(current);
        item.setOnAction(event -> {
            if (!current && model.mayLeave()) {
                onLanguage.accept(locale);
            } else if (!current) {
                // Kept for the unsaved edits: the window stays in its language.
                group.getToggles().stream().filter(other -> other.getUserData() instanceof Locale shown
                        && shown.getLanguage().equals(messages.locale().getLanguage()))
                        .findFirst().ifPresent(group::selectToggle);
            }
        });
        return item;
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

    private Parent statusBar() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("busyIndicator");
        progress.setPrefSize(16, 16);
        progress.setMaxSize(16, 16);
        progress.visibleProperty().bind(model.busyProperty());

        Label status = new Label();
        status.setId("statusText");
        status.textProperty().bind(model.statusProperty());

        Label warning = new Label();
        warning.setId("searchWarning");
        warning.getStyleClass().add("warning");
        warning.setGraphic(new FontIcon("mdi2a-alert-outline"));
        warning.textProperty().bind(model.searchWarningProperty());
        warning.visibleProperty().bind(model.searchWarningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        Label location = new Label();
        location.setId("databaseLocation");
        location.setGraphic(new FontIcon("mdi2d-database"));
        location.textProperty().bind(model.databaseLocationProperty());
        location.setMinWidth(Region.USE_PREF_SIZE);

        Label message = new Label();
        message.setId("latestMessage");
        message.getStyleClass().add("muted");
        message.textProperty().bind(latestMessage);
        message.setMinWidth(0);

        Label lastBackup = new Label();
        lastBackup.setId("lastBackup");
        lastBackup.setGraphic(new FontIcon("mdi2b-backup-restore"));
        lastBackup.textProperty().bind(files.backup().lastBackupText());
        lastBackup.visibleProperty().bind(lastBackup.textProperty().isNotEmpty());
        lastBackup.managedProperty().bind(lastBackup.visibleProperty());
        lastBackup.setMinWidth(Region.USE_PREF_SIZE);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        StackPane busy = new StackPane(progress);
        busy.setMinWidth(16);
        HBox bar = new HBox(10, busy, status, warning, message, spacer, lastBackup, location);
        bar.setId("statusBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
