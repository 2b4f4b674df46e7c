package id.wacontacts.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Answers a view-model's questions from a script written beforehand, and keeps what was asked. An
 * unscripted confirmation is declined and an unscripted file chooser cancelled: the safe answers.
 */
public final class ScriptedDialogs implements DialogService {

    /** One question asked: its text and the confirming button's, or a chooser's title and offered name. */
    public record Asked(String text, String action) {
    }

    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private final Deque<FileDialogs.Saving> files = new ArrayDeque<>();
    public final List<Asked> asked = new ArrayList<>();

    /** The next confirmation is answered {@code yes}. */
    public ScriptedDialogs confirming(boolean yes) {
        confirmations.add(yes);
        return this;
    }

    /** The next file chooser answers {@code file}. */
    public ScriptedDialogs choosing(Path file) {
        files.add(new FileDialogs.Saving(file, -1));
        return this;
    }

    @Override
    public boolean confirm(String question, String action, String decline) {
        asked.add(new Asked(question, action));
        return Boolean.TRUE.equals(confirmations.poll());
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path folder, List<FileDialogs.Filter> filters) {
        asked.add(new Asked(title, null));
        return Optional.ofNullable(files.poll()).map(FileDialogs.Saving::file);
    }

    @Override
    public Optional<FileDialogs.Saving> chooseFileToSave(String title, Path folder, String name,
                                                          List<FileDialogs.Filter> filters) {
        asked.add(new Asked(title, name));
        return Optional.ofNullable(files.poll());
    }

    /** The text of the last question asked, or null. */
    public String lastQuestion() {
        return asked.isEmpty() ? null : asked.get(asked.size() - 1).text();
    }
}
