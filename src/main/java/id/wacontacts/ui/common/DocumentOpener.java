package id.wacontacts.ui.common;

/** Opens a web address in the desktop's browser (the app passes its HostServices in). */
@FunctionalInterface
public interface DocumentOpener {

    void open(String url);
}
