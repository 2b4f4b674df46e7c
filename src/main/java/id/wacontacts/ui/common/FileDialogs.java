package id.wacontacts.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks the user for a file to open or a place to save one. The window uses the desktop's own file
 * chooser ({@link FxFileDialogs}); window tests answer with a path of their own, as no robot can
 * drive a native dialog.
 */
public interface FileDialogs {

    /** A kind of file offered in the chooser, e.g. "CSV (*.csv)" with pattern {@code *.csv}. */
    record Filter(String description, List<String> patterns) {

        public Filter(String description, String... patterns) {
            this(description, List.of(patterns));
        }
    }

    /**
     * @param folder  where the chooser starts, when it exists
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Path> open(Window owner, String title, Path folder, List<Filter> filters);

    /**
     * @param name    the file name offered
     * @return the chosen file, its name ending in the chosen filter's extension; empty when cancelled
     */
    Optional<Path> save(Window owner, String title, Path folder, String name, List<Filter> filters);
}
