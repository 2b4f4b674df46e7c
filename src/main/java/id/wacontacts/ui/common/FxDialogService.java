package id.wacontacts.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;

/** The window's answers: a confirmation {@link javafx.scene.control.Alert} and the desktop's file choosers. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final FileDialogs files;
    private final Messages messages;

    /**
     * @param owner the window the dialogs belong to, as it is when one is shown
     * @param files the file choosers (window tests script these)
     */
    public FxDialogService(Supplier<Window> owner, FileDialogs files, Messages messages) {
        this.owner = owner;
        this.files = files;
        this.messages = messages;
    }

    @Override
    public boolean confirm(String question, String action, String decline) {
        return Confirmation.ask(owner.get(), messages, question, action, decline);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path folder, List<FileDialogs.Filter> filters) {
        return files.open(owner.get(), title, folder, filters);
    }

    @Override
    public Optional<FileDialogs.Saving> chooseFileToSave(String title, Path folder, String name,
                                                          List<FileDialogs.Filter> filters) {
        return files.saveAs(owner.get(), title, folder, name, filters);
    }
}
