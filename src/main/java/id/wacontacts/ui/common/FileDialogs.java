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
     * A place to save to and the filter selected when it was chosen, which picks the format when
     * two filters share an extension.
     *
     * @param filter the index of the selected filter in the list offered, or -1 when the desktop does not say
     */
    record Saving(Path file, int filter) {
    }

    /**
     * @param name    the file name offered
     * @return the chosen file, its name ending in the chosen filter's extension; empty when cancelled
     */
    default Optional<Path> save(Window owner, String title, Path folder, String name, List<Filter> filters) {
        return saveAs(owner, title, folder, name, filters).map(Saving::file);
    }

    /** As {@link #save}, also telling which filter was selected. */
    Optional<Saving> saveAs(Window owner, String title, Path folder, String name, List<Filter> filters);
}
