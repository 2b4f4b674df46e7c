package id.wacontacts.app;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * JavaFX and {@code java.util.prefs} log through java.util.logging, which prints on stderr where
 * nobody reads it: their lines go to the log file instead, like the app's own, without the warning
 * JavaFX gives at every start when it is loaded from the class path.
 */
final class ToolkitLogging {

    /**
     * The java.util.logging logger JavaFX writes to, held here because java.util.logging keeps its
     * loggers only weakly and would forget the filter set on it.
     */
    private static final java.util.logging.Logger JAVAFX = java.util.logging.Logger.getLogger("javafx");
    /**
     * What JavaFX says at every start when it is loaded from the class path, as this jar is built
     * (one jar that runs with a plain {@code java -jar}); nothing a user can act on.
     */
    private static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration";

    private ToolkitLogging() {
    }

    /** Call before the toolkit starts, once logging points at the data folder. */
    static void route() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        JAVAFX.setFilter(entry -> entry.getMessage() == null || !entry.getMessage().startsWith(CLASS_PATH_WARNING));
    }
}
