package id.wacontacts.ui.main;

import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.stats.StatsViewModel.Kind;
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

/** The main window's menu bar and its shortcuts; each item runs an action of the window or its view-models. */
final class MainMenu {

    /** What the window's panes do for the menu: focus a field, or act on the focused table. */
    record WindowActions(Runnable newNumber, Runnable newCategory, Runnable edit, Runnable delete, Runnable copy,
                         Runnable whatsApp, Runnable find) {
    }

    private final MainViewModel model;
    private final Messages messages;
    private final FileActions fileActions;
    private final Consumer<Locale> onLanguage;

    /** @param onLanguage switches the window to another language */
    MainMenu(MainViewModel model, Messages messages, FileActions fileActions, Consumer<Locale> onLanguage) {
        this.model = model;
        this.messages = messages;
        this.fileActions = fileActions;
        this.onLanguage = onLanguage;
    }

    MenuBar build(WindowActions actions) {
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
        file.getItems().addAll(
                new SeparatorMenuItem(),
                item("menuExit", "menu.exit", null, "Shortcut+Q", this::exit));

        Menu edit = new Menu(messages.get("menu.edit"));
        edit.getItems().addAll(
                item("menuEdit", "menu.editSelected", "mdi2p-pencil", "F2", actions.edit()),
                item("menuDelete", "menu.delete", "mdi2d-delete", null, actions.delete()),
                new SeparatorMenuItem(),
                item("menuCopy", "menu.copy", "mdi2c-content-copy", "Shortcut+Shift+C", actions.copy()),
                item("menuWhatsApp", "menu.whatsapp", "mdi2w-whatsapp", "Shortcut+O",
                        actions.whatsApp()),
                new SeparatorMenuItem(),
                item("menuFind", "menu.find", "mdi2m-magnify", "Shortcut+F", actions.find()));

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

        Menu tools = new Menu(messages.get("quality.menu.tools"));
        tools.setId("menuTools");
        tools.getItems().add(fileActions.qualityItem(this::item));

        Menu help = new Menu(messages.get("menu.help"));
        help.setId("menuHelp");
        help.getItems().add(fileActions.aboutItem(this::item));

        MenuBar bar = new MenuBar(file, edit, view, tools, language, help);
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
}
