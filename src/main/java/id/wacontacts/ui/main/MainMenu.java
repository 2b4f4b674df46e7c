package id.wacontacts.ui.main;

import id.wacontacts.ui.common.Looks;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.stats.StatsViewModel.Kind;
import id.wacontacts.ui.undo.UndoHistory;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's menu bar and its shortcuts; each item runs an action of the window or its view-models.
 *
 * <p>Conventions for every menu and item: its text comes from the bundles and marks its Alt key with an
 * underscore ({@code menu.file=_File} in English, {@code menu.file=_Berkas} in Indonesian), a letter no other
 * item of the same menu uses, in each language; an item gets an id ({@code menuSomething}) and, when it has a shortcut, the
 * accelerator here. {@code KeyboardAccessTest} walks the real menu bar in both languages and fails on an item
 * without its key or two items sharing one.
 */
final class MainMenu {

    /** What the window's panes do for the menu: focus a field, or act on the focused table. */
    record WindowActions(Runnable newNumber, Runnable newCategory, Runnable edit, Runnable delete, Runnable copy,
                         Runnable whatsApp, Runnable find) {
    }

    /** The bulk actions on the number list's selection, and Help → Database health. */
    record BulkActions(Runnable selectAll, Runnable move, Runnable export, Runnable health) {
    }

    private final MainViewModel model;
    private final Messages messages;
    private final FileActions fileActions;
    private final Consumer<Locale> onLanguage;
    private SafetyWindows safety;
    private Runnable history = () -> { };
    private Looks looks;

    /** @param onLanguage switches the window to another language */
    MainMenu(MainViewModel model, Messages messages, FileActions fileActions, Consumer<Locale> onLanguage) {
        this.model = model;
        this.messages = messages;
        this.fileActions = fileActions;
        this.onLanguage = onLanguage;
    }

    /** Adds View → Trash, Activity and History of the selected number; {@code history} opens the latter. */
    MainMenu withSafety(SafetyWindows windows, Runnable numberHistory) {
        this.safety = windows;
        this.history = numberHistory;
        return this;
    }

    /** Adds View → Theme and View → Text size, which change {@code looks}; none when it is null. */
    MainMenu withLooks(Looks looks) {
        this.looks = looks;
        return this;
    }

    MenuBar build(WindowActions actions, BulkActions bulk) {
        Menu file = new Menu(messages.get("menu.file"));
        file.setId("menuFile");
        file.getItems().addAll(
                item("menuNewNumber", "menu.newNumber", "mdi2p-phone-plus", "Shortcut+N", actions.newNumber()),
                item("menuNewCategory", "menu.newCategory", "mdi2f-folder-plus", "Shortcut+Shift+N",
                        actions.newCategory()),
                new SeparatorMenuItem());
        List<MenuItem> transfers = fileActions.fileItems(this::item);
        file.getItems().addAll(transfers.subList(0, 3));
        file.getItems().add(new SeparatorMenuItem());
        file.getItems().addAll(transfers.subList(3, transfers.size()));
        file.getItems().addAll(new SeparatorMenuItem(), fileActions.settingsItem(this::item));
        file.getItems().addAll(
                new SeparatorMenuItem(),
                item("menuExit", "menu.exit", null, "Shortcut+Q", this::exit));

        Menu edit = new Menu(messages.get("menu.edit"));
        edit.setId("menuEditing");
        edit.getItems().addAll(undoItems());
        edit.getItems().addAll(
                item("menuEdit", "menu.editSelected", "mdi2p-pencil", "F2", actions.edit()),
                item("menuDelete", "menu.delete", "mdi2d-delete", null, actions.delete()),
                new SeparatorMenuItem(),
                item("menuCopy", "menu.copy", "mdi2c-content-copy", "Shortcut+Shift+C", actions.copy()),
                item("menuWhatsApp", "menu.whatsapp", "mdi2w-whatsapp", "Shortcut+O",
                        actions.whatsApp()),
                new SeparatorMenuItem(),
                item("menuFind", "menu.find", "mdi2m-magnify", "Shortcut+F", actions.find()));
        edit.getItems().addAll(
                new SeparatorMenuItem(),
                item("menuSelectAllMatching", "menu.bulk.selectAll", "mdi2s-select-all", "Shortcut+Shift+A", bulk.selectAll()),
                item("menuMoveSelected", "menu.bulk.move", "mdi2f-folder-move", "Shortcut+M", bulk.move()),
                item("menuExportSelected", "menu.bulk.export", "mdi2f-file-export-outline", "Shortcut+Shift+E", bulk.export()));

        Menu view = new Menu(messages.get("menu.view"));
        view.setId("menuView");
        ToggleGroup charts = new ToggleGroup();
        view.getItems().addAll(
                chartItem(charts, "menuBarChart", "menu.barChart", Kind.BAR),
                chartItem(charts, "menuPieChart", "menu.pieChart", Kind.PIE),
                new SeparatorMenuItem(),
                item("menuRefresh", "menu.refresh", "mdi2r-refresh", "F5", model::refresh));
        view.getItems().addAll(safetyItems());
        if (looks != null) {
            LooksMenu looksMenu = new LooksMenu(looks, messages);
            view.getItems().addAll(new SeparatorMenuItem(), looksMenu.theme(), looksMenu.textSize());
        }

        Menu language = new Menu(messages.get("menu.language"));
        language.setId("menuLanguage");
        ToggleGroup languages = new ToggleGroup();
        language.getItems().addAll(
                languageItem(languages, "menuEnglish", "_English", Locale.ENGLISH),
                languageItem(languages, "menuIndonesian", "Bahasa _Indonesia", Messages.INDONESIAN));

        Menu tools = new Menu(messages.get("quality.menu.tools"));
        tools.setId("menuTools");
        tools.getItems().add(fileActions.qualityItem(this::item));

        Menu help = new Menu(messages.get("menu.help"));
        help.setId("menuHelp");
        help.getItems().add(item("menuHealth", "menu.health", "mdi2h-heart-pulse", null, bulk.health()));
        help.getItems().add(fileActions.aboutItem(this::item));

        MenuBar bar = new MenuBar(file, edit, view, tools, language, help);
        bar.setId("menuBar");
        return bar;
    }

    /** View → Trash, Activity and the selected number's history, enabled once the database is open. */
    private List<MenuItem> safetyItems() {
        if (safety == null) {
            return List.of();
        }
        List<MenuItem> items = List.of(
                item("menuHistory", "menu.history", "mdi2h-history", "Shortcut+H", history),
                item("menuActivity", "menu.activity", "mdi2t-timeline-clock-outline", null, safety::openActivity),
                item("menuTrash", "menu.trash", "mdi2d-delete-restore", null, safety::openTrash));
        items.forEach(item -> item.disableProperty().bind(model.readyProperty().not()));
        List<MenuItem> all = new java.util.ArrayList<>(List.of(new SeparatorMenuItem()));
        all.addAll(items);
        return all;
    }

    /** Edit → Undo and Redo, named after the step they take back or apply again, disabled when there is none. */
    private List<MenuItem> undoItems() {
        UndoHistory undo = model.undo();
        MenuItem undoItem = item("menuUndo", "menu.undo", "mdi2u-undo", "Shortcut+Z", undo::undo);
        undoItem.textProperty().bind(undo.undoTextProperty());
        undoItem.disableProperty().bind(undo.canUndoProperty().not());
        MenuItem redoItem = item("menuRedo", "menu.redo", "mdi2r-redo", "Shortcut+Shift+Z", undo::redo);
        redoItem.textProperty().bind(undo.redoTextProperty());
        redoItem.disableProperty().bind(undo.canRedoProperty().not());
        return List.of(undoItem, redoItem, new SeparatorMenuItem());
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
}
