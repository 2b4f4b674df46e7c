package id.wacontacts.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/**
 * Shows confirmations and errors as notifications in the window's corner, and keeps the latest
 * one for the status bar, so a message missed is still there to read.
 */
public final class FxNotifier implements Notifier {

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
        notification(message).hideAfter(Duration.seconds(4)).showInformation();
    }

    @Override
    public void error(String message) {
        latest.set(message);
        notification(message).hideAfter(Duration.seconds(8)).showError();
    }

    @Override
    public void error(String message, String actionText, Runnable action) {
        latest.set(message);
        // Long enough to read the typed value and decide; the status bar keeps the text afterwards.
        notification(message).action(new Action(actionText, event -> action.run()))
                .hideAfter(Duration.seconds(30)).showError();
    }

    private Notifications notification(String message) {
        return Notifications.create()
                .owner(owner)
                .title(messages.get("app.title"))
                .text(message)
                .position(Pos.BOTTOM_RIGHT);
    }

    /** The latest message shown. */
    public ReadOnlyStringProperty latestProperty() {
        return latest.getReadOnlyProperty();
    }
}
