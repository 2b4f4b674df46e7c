package id.wacontacts.ui.common;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a view-model told the user, for tests. */
public final class RecordingNotifier implements Notifier {

    public final List<String> infos = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    /** The action offered with the latest error, if it offered one. */
    public Runnable lastAction;
    public String lastActionText;

    @Override
    public void info(String message) {
        infos.add(message);
    }

    @Override
    public void error(String message) {
        errors.add(message);
    }

    @Override
    public void error(String message, String actionText, Runnable action) {
        errors.add(message);
        lastActionText = actionText;
        lastAction = action;
    }

    /** The action offered with the latest confirmation, if it offered one. */
    public Runnable lastInfoAction;
    public String lastInfoActionText;

    @Override
    public void info(String message, String actionText, Runnable action) {
        infos.add(message);
        lastInfoActionText = actionText;
        lastInfoAction = action;
    }

    public String lastError() {
        return errors.isEmpty() ? null : errors.get(errors.size() - 1);
    }

    public String lastInfo() {
        return infos.isEmpty() ? null : infos.get(infos.size() - 1);
    }
}
