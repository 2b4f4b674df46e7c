package id.wacontacts.ui.common;

/** Tells the user something happened (a confirmation) or went wrong, in words already translated. */
public interface Notifier {

    void info(String message);

    void error(String message);
}
