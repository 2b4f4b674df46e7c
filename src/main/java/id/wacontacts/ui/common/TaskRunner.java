package id.wacontacts.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and tells its {@link BackgroundTask} how it went, on the FX thread:
 * progress, then success, failure or cancelled, then finished. View-models use only this, so tests
 * run them with a synchronous or step-by-step implementation and no toolkit.
 */
public interface TaskRunner {

    /** A piece of work that has been started. */
    interface Running {
        /**
         * Asks the work to stop. The task is told it was cancelled (and finished) at once; its result,
         * if it still comes, is dropped.
         */
        void cancel();
    }

    /** Starts {@code task}'s work. */
    <T> Running run(BackgroundTask<T> task);

    /** Starts work whose cancel needs no answer: a cancelled run is only finished. */
    default <T> Running run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        return run(BackgroundTask.of(work).onSuccess(onSuccess).onFailure(onFailure));
    }
}
