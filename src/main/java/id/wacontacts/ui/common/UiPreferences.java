package id.wacontacts.ui.common;

import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.LoggerFactory;

/** What the window remembers between runs: the language, theme, text size, its size and the columns' widths. */
public final class UiPreferences {

    /** The app's node; window settings live in its {@code window} child. */
    public static final String NODE = "/id/wacontacts/window";

    private static final String LANGUAGE = "language";
    private static final String WIDTH = "width.";
    private static final String THEME = "theme";
    private static final String TEXT_SIZE = "textSize";
    /**
     * Where widths were kept while every width the table laid out was saved, not only the user's own:
     * those pinned the defaults of their day, so they are dropped once.
     */
    private static final String LAID_OUT_WIDTH = "column.";

    private final Preferences node;
    private final IntegerProperty textSize = new SimpleIntegerProperty(this, "textSize");

    public UiPreferences(Preferences node) {
        this.node = node;
        forgetLaidOutWidths();
        textSize.set(TextSize.nearest(node.getInt(TEXT_SIZE, TextSize.NORMAL)));
    }

    public static UiPreferences user() {
        return new UiPreferences(Preferences.userRoot().node(NODE));
    }

    /** The language chosen in the menu, else the system's (Indonesian or English). */
    public Locale language() {
        String tag = node.get(LANGUAGE, null);
        if (tag == null) {
            return Messages.defaultLocale();
        }
        return tag.equals("id") ? Messages.INDONESIAN : Locale.ENGLISH;
    }

    public void setLanguage(Locale locale) {
        node.put(LANGUAGE, locale.getLanguage().equals("id") ? "id" : "en");
        flush();
    }

    /** The theme chosen in the menu; the system's until one is chosen. */
    public Theme theme() {
        return Theme.parse(node.get(THEME, null));
    }

    public void setTheme(Theme theme) {
        node.put(THEME, theme.name());
        flush();
    }

    /** The text size chosen, in percent: one of {@link TextSize#STEPS}. */
    public int textSize() {
        return textSize.get();
    }

    public void setTextSize(int percent) {
        textSize.set(TextSize.nearest(percent));
        node.putInt(TEXT_SIZE, textSize.get());
        flush();
    }

    /** The text size chosen, followed by what is laid out in proportion to it (FX thread). */
    public ReadOnlyIntegerProperty textSizeProperty() {
        return textSize;
    }

    public double get(String key, double fallback) {
        return node.getDouble(key, fallback);
    }

    public Optional<Double> width(String columnId) {
        double width = node.getDouble(WIDTH + columnId, -1);
        return width > 0 ? Optional.of(width) : Optional.empty();
    }

    public void put(String key, double value) {
        node.putDouble(key, value);
    }

    public void putWidth(String columnId, double width) {
        node.putDouble(WIDTH + columnId, width);
    }

    public boolean getBoolean(String key) {
        return node.getBoolean(key, false);
    }

    public void putBoolean(String key, boolean value) {
        node.putBoolean(key, value);
    }

    private void forgetLaidOutWidths() {
        try {
            for (String key : node.keys()) {
                if (key.startsWith(LAID_OUT_WIDTH)) {
                    node.remove(key);
                }
            }
        } catch (BackingStoreException | IllegalStateException e) {
            LoggerFactory.getLogger(UiPreferences.class).debug("Could not read the window's settings", e);
        }
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LoggerFactory.getLogger(UiPreferences.class).warn("Could not save the window's settings: {}", e.getMessage());
        }
    }
}
