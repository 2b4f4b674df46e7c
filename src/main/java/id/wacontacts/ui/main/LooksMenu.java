package id.wacontacts.ui.main;

import id.wacontacts.ui.common.Looks;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.TextSize;
import id.wacontacts.ui.common.Theme;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** View → Theme and View → Text size: the window's colours and its text size, both remembered. */
final class LooksMenu {

    private final Looks looks;
    private final Messages messages;

    LooksMenu(Looks looks, Messages messages) {
        this.looks = looks;
        this.messages = messages;
    }

    Menu theme() {
        Menu menu = new Menu(messages.get("looks.theme"));
        menu.setId("menuTheme");
        ToggleGroup group = new ToggleGroup();
        menu.getItems().addAll(
                themeItem(group, "menuThemeSystem", "looks.theme.system", Theme.SYSTEM),
                themeItem(group, "menuThemeLight", "looks.theme.light", Theme.LIGHT),
                themeItem(group, "menuThemeDark", "looks.theme.dark", Theme.DARK));
        return menu;
    }

    private RadioMenuItem themeItem(ToggleGroup group, String id, String key, Theme theme) {
        RadioMenuItem item = new RadioMenuItem(messages.get(key));
        item.setId(id);
        item.setToggleGroup(group);
        item.setSelected(looks.themeProperty().get() == theme);
        looks.themeProperty().addListener((observable, old, now) -> item.setSelected(now == theme));
        item.setOnAction(event -> looks.themeProperty().set(theme));
        return item;
    }

    /** Larger, smaller and normal, with the browser's shortcuts; the menu's title says the size now. */
    Menu textSize() {
        Menu menu = new Menu();
        menu.setId("menuTextSize");
        menu.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("looks.textSize", looks.textSizeProperty().get()), looks.textSizeProperty()));
        MenuItem larger = sizeItem("menuTextLarger", "looks.textSize.larger", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
                () -> looks.textSizeProperty().set(TextSize.larger(looks.textSizeProperty().get())));
        MenuItem smaller = sizeItem("menuTextSmaller", "looks.textSize.smaller", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                () -> looks.textSizeProperty().set(TextSize.smaller(looks.textSizeProperty().get())));
        MenuItem normal = sizeItem("menuTextNormal", "looks.textSize.normal", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                () -> looks.textSizeProperty().set(TextSize.NORMAL));
        int largest = TextSize.STEPS.get(TextSize.STEPS.size() - 1);
        larger.disableProperty().bind(looks.textSizeProperty().greaterThanOrEqualTo(largest));
        smaller.disableProperty().bind(looks.textSizeProperty().lessThanOrEqualTo(TextSize.STEPS.get(0)));
        menu.getItems().addAll(larger, smaller, new SeparatorMenuItem(), normal);
        return menu;
    }

    private MenuItem sizeItem(String id, String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        item.setAccelerator(accelerator);
        item.setOnAction(event -> action.run());
        return item;
    }
}
