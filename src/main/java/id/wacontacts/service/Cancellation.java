package id.wacontacts.service;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a person stop work from another thread: an import, a preview, an export, or a search that a
 * newer one replaced. Work checks it between chunks; a running database statement is cancelled
 * through the hook its owner registers (the pool has only five connections to spare).
 *
 * <p>{@link #cancel()} never waits for the network: cancelling a statement opens a new connection to
 * the server (that is how PostgreSQL's cancel works), which against a server that has just gone away
 * can take many seconds. The hooks therefore run on two small daemon threads of their own, and
 * {@code cancel()} returns at once, also on the FX thread.
 */
public final class Cancellation {

    private static final Logger log = LoggerFactory.getLogger(Cancellation.class);
    private static final ExecutorService HOOKS = hookThreads();

    private volatile boolean cancelled;
    private final List<Runnable> hooks = new CopyOnWriteArrayList<>();

    /** Marks the work cancelled and starts its hooks in the background; returns at once. */
    public void cancel() {
        cancelled = true;
        for (Runnable hook : hooks) {
            HOOKS.execute(() -> {
                if (hooks.contains(hook)) {
                    runQuietly(hook);
                }
            });
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

    /**
     * Runs {@code hook} on cancel until the returned registration is closed: in the background, or at
     * once on the calling thread when the work was already cancelled.
     */
    public Registration onCancel(Runnable hook) {
        hooks.add(hook);
        if (cancelled) {
            hook.run();
        }
        return () -> hooks.remove(hook);
    }

    /** Work that may throw a checked exception, for {@link #during}. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** Runs {@code work} here with {@code hook} registered for its duration, as {@link #onCancel} registers it. */
    public <T, E extends Exception> T during(Runnable hook, Work<T, E> work) throws E {
        Registration registration = onCancel(hook);
        try {
            return work.run();
        } finally {
            registration.close();
        }
    }

    private static void runQuietly(Runnable hook) {
        try {
            hook.run();
        } catch (RuntimeException e) {
            log.warn("Could not cancel a running statement", e);
        }
    }

    private static ExecutorService hookThreads() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "wa-contacts-cancel");
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
