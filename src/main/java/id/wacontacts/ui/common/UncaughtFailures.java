package id.wacontacts.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a failure nobody caught ends up, on the FX thread or any other: its stack trace goes to
 * the log file (not to a console nobody sees) and the window says one sentence about it, in its
 * language. A failure that repeats, say in every layout pass, is logged each time but said once
 * in a while, so the window stays usable.
 */
public final class UncaughtFailures implements Thread.UncaughtExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(UncaughtFailures.class);
    /** How long after one sentence further failures are only logged. */
    static final Duration QUIET = Duration.ofSeconds(10);

    private record Window(Notifier notifier, ErrorMessages errors) {
    }

    private final Executor fxThread;
    private final Clock clock;
    private final AtomicReference<Window> window = new AtomicReference<>();
    private final AtomicReference<Instant> lastShown = new AtomicReference<>(Instant.MIN);

    /**
     * @param fxThread runs a task on the FX thread ({@code Platform::runLater})
     * @param clock    to space the sentences out
     */
    public UncaughtFailures(Executor fxThread, Clock clock) {
        this.fxThread = fxThread;
        this.clock = clock;
    }

    /**
     * Makes this the handler of every thread without its own. The FX thread has none: JavaFX hands
     * an exception thrown by an event handler or a {@code runLater} task to it, so it lands here.
     */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    /** The window to tell from now on, in its language; the window is rebuilt on a language switch. */
    public void showIn(Notifier notifier, Messages messages) {
        window.set(new Window(notifier, new ErrorMessages(messages)));
    }

    /** Nothing more is shown (the window closes); failures are still logged. */
    public void stopShowing() {
        window.set(null);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        log.error("Unexpected failure on thread {}", thread.getName(), failure);
        Window target = window.get();
        Instant now = clock.instant();
        Instant last = lastShown.get();
        boolean quiet = last.isAfter(now.minus(QUIET));
        if (target == null || quiet || !lastShown.compareAndSet(last, now)) {
            return;
        }
        fxThread.execute(() -> {
            try {
                target.notifier().error(target.errors().describe(failure));
            } catch (RuntimeException | LinkageError e) {
                // Never back into this handler: a notification that cannot be shown would loop.
                log.error("Could not tell the user about the failure above", e);
            }
        });
    }
}
