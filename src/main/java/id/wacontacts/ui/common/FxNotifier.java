package id.wacontacts.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Shows confirmations and errors as notifications in the window's corner, and keeps the latest
 * one for the status bar, so a message missed is still there to read.
 */
public final class FxNotifier implements Notifier {

    /** The widest a notification's text runs before it wraps, in pixels: well inside any screen. */
    static final double MAX_TEXT_WIDTH = 560;
    /** ControlsFX's own icons, as its showInformation and showError use them. */
    private static final String INFORMATION_ICON = "/org/controlsfx/dialog/dialog-information.png";
    private static final String ERROR_ICON = "/org/controlsfx/dialog/dialog-error.png";

    /** How long a confirmation with a button (Undo) stays up: long enough to notice a slip and take it back. */
    static final Duration ACTION_TIME = Duration.seconds(15);

    private final Window owner;
    private final Messages messages;
    private final ReadOnlyStringWrapper latest = new ReadOnlyStringWrapper("");

    public FxNotifier(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void info(String message) {
        latest.set(message);
        notification(message, INFORMATION_ICON).hideAfter(Duration.seconds(4)).show();
    }

    @Override
    public void info(String message, String actionText, Runnable action) {
        latest.set(message);
        notification(message, INFORMATION_ICON, button(actionText, action)).hideAfter(ACTION_TIME).show();
    }

    @Override
    public void error(String message) {
        latest.set(message);
        notification(message, ERROR_ICON).hideAfter(Duration.seconds(8)).show();
    }

    @Override
    public void error(String message, String actionText, Runnable action) {
        latest.set(message);
        // Long enough to read the typed value and decide; the status bar keeps the text afterwards.
        notification(message, ERROR_ICON, button(actionText, action)).hideAfter(Duration.seconds(30)).show();
    }

    /**
     * The notification's button. It never takes the keyboard: the window sends its keys to a popup's
     * focused control first, so a focusable button would swallow Ctrl+Z, and Enter or Space typed in
     * the window would press it. It acts once; a second click does nothing.
     */
    private static Button button(String text, Runnable action) {
        Button button = new Button(text);
        button.setFocusTraversable(false);
        button.getStyleClass().add("notification-action");
        button.setOnAction(event -> {
            button.setDisable(true);
            action.run();
        });
        return button;
    }

    /**
     * The notification's own label is one line (a long sentence, with a path or a server's error in it,
     * made the popup wider than the screen), and showInformation/showError replace the graphic: so the
     * icon and the text, wrapped at {@link #MAX_TEXT_WIDTH}, and any button after them are the graphic,
     * shown with plain show().
     */
    private Notifications notification(String message, String icon, Node... after) {
        HBox content = new HBox(10, new ImageView(Notifications.class.getResource(icon).toExternalForm()), wrapped(message));
        content.getChildren().addAll(after);
        content.setAlignment(Pos.TOP_LEFT);
        return Notifications.create()
                .owner(owner)
                .title(messages.get("app.title"))
                .graphic(content)
                .position(Pos.BOTTOM_RIGHT);
    }

    /** The message as a label that wraps at {@link #MAX_TEXT_WIDTH} and is as tall as its lines. */
    static Label wrapped(String message) {
        Label text = new Label(message) {
            @Override
            protected double computePrefWidth(double height) {
                return Math.min(super.computePrefWidth(height), MAX_TEXT_WIDTH);
            }

            @Override
            protected double computePrefHeight(double width) {
                // Asked without a width (as the popup sizes itself), the height is the one at the width it will get.
                return super.computePrefHeight(width < 0 ? prefWidth(-1) : width);
            }
        };
        text.getStyleClass().add("notification-text");
        text.setWrapText(true);
        text.setMaxWidth(MAX_TEXT_WIDTH);
        return text;
    }

    /** The latest message shown. */
    public ReadOnlyStringProperty latestProperty() {
        return latest.getReadOnlyProperty();
    }
}
