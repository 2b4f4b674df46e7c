package id.wacontacts.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The window's theme (AtlantaFX Primer, light or dark) and text size, both remembered. The theme is the
 * toolkit's user-agent stylesheet, so it reaches every window and dialog at once; the text size is the
 * root font size of every window's scene, which every size in the app's stylesheet is relative to.
 *
 * <p>With {@link Theme#SYSTEM} the system's setting is read at start and again whenever the window comes
 * back to the front (after the user changed it in the system's settings, say).
 */
public final class Looks {

    private final UiPreferences preferences;
    private final BooleanSupplier systemIsDark;
    private final Executor background;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final IntegerProperty textSize = new SimpleIntegerProperty(this, "textSize");
    private final BooleanProperty systemDark = new SimpleBooleanProperty(this, "systemDark");
    private final BooleanBinding dark;
    private final ChangeListener<Boolean> themeShown = (observable, old, now) -> showTheme(now);
    private final ListChangeListener<Window> windowsShown = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::follow);
        }
    };
    private boolean closed;

    /**
     * @param systemIsDark asks the system whether its colours are dark (slow: run on {@code background})
     */
    public Looks(UiPreferences preferences, BooleanSupplier systemIsDark, Executor background) {
        this.preferences = preferences;
        this.systemIsDark = systemIsDark;
        this.background = background;
        theme.set(preferences.theme());
        textSize.set(preferences.textSize());
        dark = Bindings.createBooleanBinding(() -> theme.get().dark(systemDark.get()), theme, systemDark);
        theme.addListener((observable, old, now) -> {
            preferences.setTheme(now);
            if (now == Theme.SYSTEM) {
                checkSystem();
            }
        });
        textSize.addListener((observable, old, now) -> preferences.setTextSize(now.intValue()));
    }

    /** Draws every window, now and later, in the chosen theme and text size; reads the system's setting. */
    public void apply() {
        showTheme(dark.get());
        dark.addListener(themeShown);
        Window.getWindows().forEach(this::follow);
        Window.getWindows().addListener(windowsShown);
        textSize.addListener((observable, old, now) -> Window.getWindows().forEach(window -> size(window.getScene())));
        if (theme.get() == Theme.SYSTEM) {
            checkSystem();
        }
    }

    /** Stops following the windows (the app is closing; a window tests' next app has its own). */
    public void close() {
        closed = true;
        dark.removeListener(themeShown);
        Window.getWindows().removeListener(windowsShown);
    }

    /** Reads the system's setting again when the window comes to the front while following it. */
    public void recheckWhenFocused(Window window) {
        window.focusedProperty().addListener((observable, was, focused) -> {
            if (focused && theme.get() == Theme.SYSTEM) {
                checkSystem();
            }
        });
    }

    private void checkSystem() {
        background.execute(() -> {
            boolean now = systemIsDark.getAsBoolean();
            Platform.runLater(() -> systemDark.set(now));
        });
    }

    private static void showTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    private void follow(Window window) {
        size(window.getScene());
        window.sceneProperty().addListener((observable, old, scene) -> size(scene));
    }

    private void size(Scene scene) {
        if (scene == null || closed) {
            return;
        }
        sizeRoot(scene.getRoot());
        if (!Boolean.TRUE.equals(scene.getProperties().get(Looks.class))) {
            scene.getProperties().put(Looks.class, true);
            scene.rootProperty().addListener((observable, old, root) -> sizeRoot(root));
        }
    }

    private void sizeRoot(Parent root) {
        if (root != null) {
            root.setStyle(TextSize.rootStyle(textSize.get()));
        }
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The text size in percent, one of {@link TextSize#STEPS}. */
    public IntegerProperty textSizeProperty() {
        return textSize;
    }

    /** Whether the window is drawn dark now. */
    public ObservableBooleanValue darkProperty() {
        return dark;
    }
}
