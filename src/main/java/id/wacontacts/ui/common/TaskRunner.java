package id.wacontacts.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands its result or failure back on it. View-models use only
 * this, so tests run them with a synchronous implementation and no toolkit.
 */
public interface TaskRunner {

    /** A piece of work that has been started. */
    interface Running {
        /** Asks the work to stop; its result, if it still comes, is dropped. */
        void cancel();
    }

    <T> Running run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);
}
