package id.wacontacts.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One piece of background work and everything it tells the window: its progress while it runs, then
 * exactly one of success, failure or cancelled, and after that always finished. A {@link TaskRunner}
 * delivers all of these on the FX thread.
 *
 * <p>Progress is coalesced: however often the work reports, at most one update waits for the FX
 * thread, and it shows the latest value. Nothing is delivered after the task has ended, so a late
 * progress report or a result that comes after a cancel never overwrites what the window shows.
 *
 * @param <T> the work's result
 */
public final class BackgroundTask<T> {

    /** Work that reports progress values of type {@code P} as it goes; called on a worker thread. */
    @FunctionalInterface
    public interface Work<T, P> {
        T call(Consumer<P> progress) throws Exception;
    }

    private final Work<T, Object> work;
    private final Consumer<Object> onProgress;
    private final List<Consumer<? super T>> onSuccess = new ArrayList<>();
    private final List<Consumer<? super Throwable>> onFailure = new ArrayList<>();
    private final List<Runnable> onCancelled = new ArrayList<>();
    private final List<Runnable> onFinished = new ArrayList<>();
    private final AtomicReference<Object> pendingProgress = new AtomicReference<>();
    private final AtomicBoolean ended = new AtomicBoolean();

    @SuppressWarnings("unchecked")
    private <P> BackgroundTask(Work<T, P> work, Consumer<? super P> onProgress) {
        this.work = progress -> work.call((Consumer<P>) progress);
        this.onProgress = value -> onProgress.accept((P) value);
    }

    /** Work without progress. */
    public static <T> BackgroundTask<T> of(Callable<T> work) {
        Objects.requireNonNull(work);
        Work<T, Object> withoutProgress = progress -> work.call();
        return new BackgroundTask<>(withoutProgress, value -> { });
    }

    /** Work that reports progress; {@code onProgress} gets the latest value on the FX thread. */
    public static <T, P> BackgroundTask<T> withProgress(Work<T, P> work, Consumer<? super P> onProgress) {
        return new BackgroundTask<>(Objects.requireNonNull(work), Objects.requireNonNull(onProgress));
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        onSuccess.add(Objects.requireNonNull(handler));
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<? super Throwable> handler) {
        onFailure.add(Objects.requireNonNull(handler));
        return this;
    }

    /** Told when the task was cancelled before it ended; its result, if it still comes, is dropped. */
    public BackgroundTask<T> onCancelled(Runnable handler) {
        onCancelled.add(Objects.requireNonNull(handler));
        return this;
    }

    /** Told once after success, failure or cancel, whichever it was. */
    public BackgroundTask<T> onFinished(Runnable handler) {
        onFinished.add(Objects.requireNonNull(handler));
        return this;
    }

    /** Told about a failure before the handlers given so far: for runners that look at every failure first. */
    BackgroundTask<T> firstOnFailure(Consumer<? super Throwable> handler) {
        onFailure.add(0, Objects.requireNonNull(handler));
        return this;
    }

    // ---- for TaskRunner implementations ----

    /**
     * Runs the work on the calling (worker) thread. Its progress goes to {@code fxThread}, at most
     * one update waiting at a time.
     */
    public T call(Executor fxThread) throws Exception {
        return work.call(value -> {
            if (pendingProgress.getAndSet(Objects.requireNonNull(value)) == null) {
                fxThread.execute(this::deliverProgress);
            }
        });
    }

    private void deliverProgress() {
        Object latest = pendingProgress.getAndSet(null);
        if (latest != null && !ended.get()) {
            onProgress.accept(latest);
        }
    }

    /** Delivers the result, then finished; does nothing when the task has already ended. Call on the FX thread. */
    public void succeed(T result) {
        if (end()) {
            onSuccess.forEach(handler -> handler.accept(result));
            finish();
        }
    }

    /** Delivers the failure, then finished; does nothing when the task has already ended. Call on the FX thread. */
    public void fail(Throwable failure) {
        if (end()) {
            onFailure.forEach(handler -> handler.accept(failure));
            finish();
        }
    }

    /** Delivers cancelled, then finished; does nothing when the task has already ended. Call on the FX thread. */
    public void cancel() {
        if (end()) {
            onCancelled.forEach(Runnable::run);
            finish();
        }
    }

    /** Whether success, failure or cancel has been delivered. */
    public boolean hasEnded() {
        return ended.get();
    }

    private boolean end() {
        return ended.compareAndSet(false, true);
    }

    private void finish() {
        onFinished.forEach(Runnable::run);
    }
}
