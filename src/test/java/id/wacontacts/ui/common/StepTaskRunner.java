package id.wacontacts.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every task until the test says what happens to it, so a view-model can be seen between
 * the steps of its work: {@link #completeNext()} runs the oldest task's work on the test's thread
 * (its progress is delivered at once) and delivers its result or failure, {@link #failNext} fails it
 * without running it, and a cancel from the code under test is answered at once, as the app's runner
 * answers it.
 */
public final class StepTaskRunner implements TaskRunner {

    private final List<BackgroundTask<?>> waiting = new ArrayList<>();
    private final List<BackgroundTask<?>> cancelled = new ArrayList<>();

    @Override
    public <T> Running run(BackgroundTask<T> task) {
        waiting.add(task);
        return () -> {
            if (waiting.remove(task)) {
                cancelled.add(task);
                task.cancel();
            }
        };
    }

    /** How many tasks wait for the test. */
    public int waiting() {
        return waiting.size();
    }

    /** How many tasks the code under test cancelled while they waited. */
    public int cancelled() {
        return cancelled.size();
    }

    /** Runs the oldest waiting task's work now and delivers its result or failure. */
    public void completeNext() {
        complete(next());
    }

    /** Fails the oldest waiting task with {@code failure}, without running its work. */
    public void failNext(Throwable failure) {
        next().fail(failure);
    }

    private BackgroundTask<?> next() {
        if (waiting.isEmpty()) {
            throw new IllegalStateException("No task is waiting");
        }
        return waiting.remove(0);
    }

    private static <T> void complete(BackgroundTask<T> task) {
        T result;
        try {
            result = task.call(Runnable::run);
        } catch (Exception e) {
            task.fail(e);
            return;
        }
        task.succeed(result);
    }
}
