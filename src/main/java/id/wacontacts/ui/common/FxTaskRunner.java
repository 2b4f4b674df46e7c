package id.wacontacts.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's {@link TaskRunner}: work on a small pool of daemon threads, every outcome handed to the
 * FX thread. A cancel is answered at once (on the FX thread) and interrupts the worker; what the
 * work still returns or throws after that is dropped.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor;

    public FxTaskRunner(int threads) {
        this.executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "wa-contacts-task");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> Running run(BackgroundTask<T> task) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<?> future;
        try {
            future = submit(task, cancelled);
        } catch (RejectedExecutionException closed) {
            // The window is closing (a search's debounce fired after it): the work is not done.
            log.debug("Background work asked for after the runner closed", closed);
            onFxThread(task::cancel);
            return () -> { };
        }
        return () -> {
            if (cancelled.compareAndSet(false, true)) {
                future.cancel(true);
                onFxThread(task::cancel);
            }
        };
    }

    private <T> Future<?> submit(BackgroundTask<T> task, AtomicBoolean cancelled) {
        return executor.submit(() -> {
            if (cancelled.get()) {
                return;
            }
            try {
                T result = task.call(Platform::runLater);
                Platform.runLater(() -> task.succeed(result));
            } catch (Throwable failure) {
                if (!cancelled.get()) {
                    log.warn("Background work failed", failure);
                    Platform.runLater(() -> task.fail(failure));
                }
            }
        });
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
