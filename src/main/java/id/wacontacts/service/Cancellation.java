package id.wacontacts.service;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Lets a person stop work from another thread: an import, a preview, an export, or a search that a
 * newer one replaced. Work checks it between chunks; a running database statement is cancelled
 * through the hook its owner registers (the pool has only five connections to spare).
 */
public final class Cancellation {

    private volatile boolean cancelled;
    private final List<Runnable> hooks = new CopyOnWriteArrayList<>();

    public void cancel() {
        cancelled = true;
        for (Runnable hook : hooks) {
            hook.run();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancellationException} once {@link #cancel()} was called (or the thread was interrupted). */
    public void check() {
        if (cancelled || Thread.currentThread().isInterrupted()) {
            cancelled = true;
            throw new CancellationException("Cancelled");
        }
    }

    /** A hook's registration; closing it removes the hook. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** Runs {@code hook} on cancel until the returned registration is closed. */
    public Registration onCancel(Runnable hook) {
        hooks.add(hook);
        if (cancelled) {
            hook.run();
        }
        return () -> hooks.remove(hook);
    }
}
