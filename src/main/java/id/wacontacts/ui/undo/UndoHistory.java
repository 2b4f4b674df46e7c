package id.wacontacts.ui.undo;

import id.wacontacts.domain.UndoStep;
import id.wacontacts.service.UndoRefusedException;
import id.wacontacts.service.UndoService;
import id.wacontacts.ui.common.ErrorMessages;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.Notifier;
import id.wacontacts.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window session's undo and redo: each step the user made here (an add, an inline edit, a delete,
 * a category's add, rename, description or delete, an import) named in the user's language, undone and
 * redone in the background by {@link UndoService}. The panes record their steps through
 * {@link #recording}; the menu and the shortcuts call {@link #undo()} and {@link #redo()}.
 *
 * <p>An undo the database refuses (its rows changed since, here or on another desktop) says what changed
 * in one sentence and leaves the stack without that step: it could only be refused again, and the older
 * steps stay reachable. Nothing is ever overwritten.
 */
public final class UndoHistory {

    /** The most steps kept; older ones fall off the bottom. */
    public static final int DEPTH = 100;

    private static final Logger log = LoggerFactory.getLogger(UndoHistory.class);

    /** A step's name: {@code key} of the bundles with its arguments. */
    public static StepName name(String key, Object... arguments) {
        return new StepName(key, List.of(arguments));
    }

    private final TaskRunner tasks;
    private final Messages messages;
    private final Notifier notifier;
    private final ErrorMessages errors;
    private final Executor uiThread;
    /** Newest last. */
    private final List<UndoEntry> undoable = new ArrayList<>();
    private final List<UndoEntry> redoable = new ArrayList<>();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private volatile Supplier<UndoService> service;
    private Runnable onApplied = () -> { };

    /**
     * @param uiThread runs on the FX thread what a recording learns off it (the step it made)
     */
    public UndoHistory(TaskRunner tasks, Messages messages, Notifier notifier, Executor uiThread) {
        this.tasks = tasks;
        this.messages = messages;
        this.notifier = notifier;
        this.errors = new ErrorMessages(messages);
        this.uiThread = uiThread;
        update();
    }

    /** A history never connected, which records nothing: for a pane used without the window's undo. */
    public static UndoHistory unrecorded(TaskRunner tasks, Messages messages) {
        return new UndoHistory(tasks, messages, new Notifier() {
            @Override
            public void info(String message) {
            }

            @Override
            public void error(String message) {
            }
        }, Runnable::run);
    }

    /** The database is open (or open again): steps are recorded from now on. */
    public void connect(Supplier<UndoService> undoService) {
        this.service = undoService;
    }

    /** Called after an undo or redo ran (or was refused), so every pane shows the rows as they are now. */
    public void setOnApplied(Runnable onApplied) {
        this.onApplied = onApplied;
    }

    /**
     * Wraps a service call so that, run in the background, it also records the step it made; once it
     * succeeded, the step is on the undo stack under {@code describe}'s name for its result.
     */
    public <T> Recording<T> recording(Callable<T> work, Function<? super T, StepName> describe) {
        return new Recording<>(work, describe);
    }

    /**
     * Runs a service call here, in the background, recording its step as {@link #recording} does: for work
     * that already runs in a task of its own (an inline edit).
     */
    public <T> T record(Supplier<T> work, Function<? super T, StepName> describe) {
        try {
            return recording(work::get, describe).call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // a Supplier throws no checked exception
        }
    }

    /**
     * A recording whose work is given when it runs ({@link Recording#run}): for work that needs what only
     * its task has, such as a progress reporter.
     */
    public <T> Recording<T> recording(Function<? super T, StepName> describe) {
        return new Recording<>(null, describe);
    }

    /** A service call that records its step when run; {@link #entry()} is that step once it ran. */
    public final class Recording<T> implements Callable<T> {

        private final Callable<T> work;
        private final Function<? super T, StepName> describe;
        private volatile UndoEntry entry;

        private Recording(Callable<T> work, Function<? super T, StepName> describe) {
            this.work = work;
            this.describe = describe;
        }

        @Override
        public T call() throws Exception {
            return run(work);
        }

        /** Runs {@code work} here, in the background, and records the step it made. */
        public T run(Callable<T> work) throws Exception {
            Supplier<UndoService> connected = service;
            if (connected == null) {
                return work.call();
            }
            UndoService undo = connected.get();
            long mark = undo.mark();
            T result = work.call();
            UndoStep step;
            try {
                step = undo.stepSince(mark);
            } catch (RuntimeException e) {
                // The change is stored: only its undo is lost, which must not make it look failed.
                log.warn("The step just made could not be read back; it cannot be undone", e);
                return result;
            }
            if (!step.isEmpty()) {
                UndoEntry made = new UndoEntry(describe.apply(result), step);
                entry = made;
                uiThread.execute(() -> push(made));
            }
            return result;
        }

        /** The step this call made, once it ran; empty when it changed nothing or is not recorded. */
        public Optional<UndoEntry> entry() {
            return Optional.ofNullable(entry);
        }
    }

    /**
     * Puts a step made in a transaction of its own (a bulk move or delete, a category merge) on the stack
     * under {@code name}; on the FX thread.
     */
    public void add(StepName name, UndoStep step) {
        if (!step.isEmpty()) {
            push(new UndoEntry(name, step));
        }
    }

    private void push(UndoEntry entry) {
        undoable.add(entry);
        if (undoable.size() > DEPTH) {
            undoable.remove(0);
        }
        redoable.clear();
        update();
    }

    /** Undoes the newest step, in the background. */
    public void undo() {
        if (!undoable.isEmpty()) {
            undo(undoable.get(undoable.size() - 1));
        }
    }

    /**
     * What a notification's Undo button does: undoes the step {@code recording} made, if it is still
     * on the stack (not undone meanwhile).
     */
    public Runnable undoAction(Recording<?> recording) {
        return () -> recording.entry().ifPresent(this::undo);
    }

    private void undo(UndoEntry entry) {
        if (running.get() || !remove(undoable, entry)) {
            return;
        }
        apply(entry, () -> service.get().undo(entry.step()), done -> {
            redoable.add(new UndoEntry(entry.name(), done));
            notifier.info(messages.get("undo.undone", words(entry)));
        }, undoable);
    }

    /** Applies again the newest step undone, in the background. */
    public void redo() {
        if (running.get() || redoable.isEmpty()) {
            return;
        }
        UndoEntry entry = redoable.remove(redoable.size() - 1);
        apply(entry, () -> service.get().redo(entry.step()), done -> {
            undoable.add(new UndoEntry(entry.name(), done));
            notifier.info(messages.get("undo.redone", words(entry)));
        }, redoable);
    }

    private void apply(UndoEntry entry, Callable<UndoStep> work, java.util.function.Consumer<UndoStep> done,
                       List<UndoEntry> from) {
        running.set(true);
        update();
        tasks.run(work, step -> {
            running.set(false);
            done.accept(step);
            update();
            onApplied.run();
        }, failure -> {
            running.set(false);
            if (failure instanceof UndoRefusedException) {
                // Refused for good: the rows changed since. The step leaves the stack; the panes show why.
                notifier.error(errors.describe(failure));
                onApplied.run();
            } else {
                from.add(entry);
                notifier.error(errors.describe(failure));
            }
            update();
        });
    }

    private static boolean remove(List<UndoEntry> stack, UndoEntry entry) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i) == entry) {
                stack.remove(i);
                return true;
            }
        }
        return false;
    }

    private String words(UndoEntry entry) {
        return messages.get(entry.name().key(), entry.name().arguments().toArray());
    }

    /**
     * Takes over the steps of the window's previous content (rebuilt in another language): the same
     * session goes on, its steps named in the new language. The older history keeps none, so a
     * notification it showed can no longer undo anything.
     */
    public void adopt(UndoHistory older) {
        undoable.addAll(0, older.undoable);
        redoable.addAll(0, older.redoable);
        older.undoable.clear();
        older.redoable.clear();
        older.update();
        update();
    }

    private void update() {
        boolean idle = !running.get();
        canUndo.set(idle && !undoable.isEmpty());
        canRedo.set(idle && !redoable.isEmpty());
        undoText.set(undoable.isEmpty() ? messages.get("menu.undo")
                : messages.get("menu.undoStep", words(undoable.get(undoable.size() - 1))));
        redoText.set(redoable.isEmpty() ? messages.get("menu.redo")
                : messages.get("menu.redoStep", words(redoable.get(redoable.size() - 1))));
    }

    /** The Edit menu's Undo text: "Undo: delete 3 numbers", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** Whether there is a step to undo and no undo or redo is running. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** How many steps can be undone now. */
    public int undoableSteps() {
        return undoable.size();
    }
}
