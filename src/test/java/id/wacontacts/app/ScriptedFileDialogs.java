package id.wacontacts.app;

import id.wacontacts.ui.common.FileDialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** Answers the window's file choosers with paths a test chose beforehand, and keeps what was asked. */
final class ScriptedFileDialogs implements FileDialogs {

    /** One question the window asked: the title, the folder and the name it offered. */
    record Asked(String title, Path folder, String name) {
    }

    private final Deque<Saving> answers = new ArrayDeque<>();
    final List<Asked> asked = new ArrayList<>();
    /** The filters offered by each save dialog, in order. */
    final List<List<Filter>> offered = new ArrayList<>();

    ScriptedFileDialogs answer(Path file) {
        return answer(file, -1);
    }

    /** Answers the next save dialog with {@code file}, the filter at {@code filter} selected (-1: unknown). */
    ScriptedFileDialogs answer(Path file, int filter) {
        answers.add(new Saving(file, filter));
        return this;
    }

    @Override
    public synchronized Optional<Path> open(Window owner, String title, Path folder, List<Filter> filters) {
        asked.add(new Asked(title, folder, null));
        return Optional.ofNullable(answers.poll()).map(Saving::file);
    }

    @Override
    public synchronized Optional<Saving> saveAs(Window owner, String title, Path folder, String name,
                                                List<Filter> filters) {
        asked.add(new Asked(title, folder, name));
        offered.add(List.copyOf(filters));
        return Optional.ofNullable(answers.poll());
    }
}
