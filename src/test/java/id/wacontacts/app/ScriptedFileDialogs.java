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

    private final Deque<Path> answers = new ArrayDeque<>();
    final List<Asked> asked = new ArrayList<>();

    ScriptedFileDialogs answer(Path file) {
        answers.add(file);
        return this;
    }

    @Override
    public synchronized Optional<Path> open(Window owner, String title, Path folder, List<Filter> filters) {
        asked.add(new Asked(title, folder, null));
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public synchronized Optional<Path> save(Window owner, String title, Path folder, String name, List<Filter> filters) {
        asked.add(new Asked(title, folder, name));
        return Optional.ofNullable(answers.poll());
    }
}
