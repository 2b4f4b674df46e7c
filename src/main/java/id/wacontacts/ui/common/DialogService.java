package id.wacontacts.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a view-model asks the user and waits for: a confirmation, a file to open, a place to save. The
 * window answers with dialogs ({@link FxDialogService}); view-model tests answer from a script, so
 * a flow such as "choose a backup, read it, ask, restore" is tested without a window. Texts are
 * already translated. Called on the FX thread.
 */
public interface DialogService {

    /**
     * Asks before something that cannot be undone; the safe answer is the default.
     *
     * @param action the confirming button's text, e.g. "Delete"
     * @return true only when the user chose {@code action}
     */
    default boolean confirm(String question, String action) {
        return confirm(question, action, null);
    }

    /**
     * As {@link #confirm(String, String)}, with the declining button's own text.
     *
     * @param decline the declining button's text, e.g. "Keep trying"; null for "Cancel"
     */
    boolean confirm(String question, String action, String decline);

    /**
     * @param folder where the chooser starts, when it exists (may be null)
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Path> chooseFileToOpen(String title, Path folder, List<FileDialogs.Filter> filters);

    /**
     * @param name the file name offered
     * @return the chosen file and the filter selected, or empty when the user cancelled
     */
    Optional<FileDialogs.Saving> chooseFileToSave(String title, Path folder, String name,
                                                   List<FileDialogs.Filter> filters);
}
