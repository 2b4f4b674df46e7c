package id.wacontacts.app;

/** Entry point: runs a command or opens the window. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
    }
}
