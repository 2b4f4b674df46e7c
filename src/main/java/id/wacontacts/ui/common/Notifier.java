package id.wacontacts.ui.common;

/** Tells the user something happened (a confirmation) or went wrong, in words already translated. */
public interface Notifier {

    void info(String message);

    void error(String message);

    /**
     * An error the user can put right with one click, e.g. "Apply again" after an edit was refused;
     * stays up longer than a plain error. Without a place for a button, the message alone is shown.
     */
    default void error(String message, String actionText, Runnable action) {
        error(message);
    }
}
