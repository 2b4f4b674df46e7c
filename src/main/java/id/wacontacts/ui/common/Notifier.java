package id.wacontacts.ui.common;

/** Tells the user something happened (a confirmation) or went wrong, in words already translated. */
public interface Notifier {

    void info(String message);

    /**
     * A confirmation with one button that takes it back, e.g. "Undo" after a delete or an import; stays up
     * at least {@code 10} seconds. The action runs at most once. Without a place for a button, the
     * message alone is shown.
     */
    default void info(String message, String actionText, Runnable action) {
        info(message);
    }

    void error(String message);

    /**
     * An error the user can put right with one click, e.g. "Apply again" after an edit was refused;
     * stays up longer than a plain error. Without a place for a button, the message alone is shown.
     */
    default void error(String message, String actionText, Runnable action) {
        error(message);
    }
}
