package id.wacontacts.ui.live;

import id.wacontacts.domain.LiveState;
import id.wacontacts.service.live.LiveChanges;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects the open database's listener to the window shown now (the window is rebuilt on a
 * language switch, and the listener replaced when the built-in server is started again): hands
 * deliveries and state changes to the FX thread, counts "reconnecting (n s)" down every second,
 * and asks who is connected every {@link #PRESENCE_INTERVAL} in the background.
 */
public final class LiveWindow implements AutoCloseable {

    public static final Duration PRESENCE_INTERVAL = Duration.ofSeconds(30);
    /** How long opening waits for the listener to be in force before the lists load. */
    private static final Duration FIRST_LISTEN = Duration.ofSeconds(3);
    private static final Logger log = LoggerFactory.getLogger(LiveWindow.class);

    private final Executor fx;
    private final AtomicReference<LiveViewModel> shown = new AtomicReference<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-window");
        thread.setDaemon(true);
        return thread;
    });
    private volatile LiveChanges live;
    private volatile Supplier<List<String>> desktops;

    /** @param fx runs work on the FX thread */
    public LiveWindow(Executor fx) {
        this.fx = fx;
        timer.scheduleWithFixedDelay(() -> toShown(LiveViewModel::tick), 1, 1, TimeUnit.SECONDS);
        timer.scheduleWithFixedDelay(this::refreshPresence, PRESENCE_INTERVAL.toSeconds(),
                PRESENCE_INTERVAL.toSeconds(), TimeUnit.SECONDS);
    }

    /** The window shown from now on. */
    public void show(LiveViewModel model) {
        shown.set(model);
        LiveChanges current = live;
        if (current != null) {
            LiveState state = current.state();
            fx.execute(() -> model.stateChanged(state));
            timer.execute(this::refreshPresence);
        }
    }

    /**
     * Follows a newly opened database's listener and starts it; returns once it listens (or after a few
     * seconds), so that the lists load after LISTEN is in force and no change falls between.
     *
     * @param connected the desktops connected to that database, read off the FX thread
     */
    public void attach(LiveChanges changes, Supplier<List<String>> connected) {
        live = changes;
        desktops = connected;
        CountDownLatch listening = new CountDownLatch(1);
        changes.subscribe(set -> toShown(model -> model.changed(set)));
        changes.onStateChange(state -> {
            if (state.kind() != LiveState.Kind.CONNECTING) {
                listening.countDown();
            }
            toShown(model -> model.stateChanged(state));
        });
        changes.start();
        try {
            if (!listening.await(FIRST_LISTEN.toMillis(), TimeUnit.MILLISECONDS)) {
                log.info("The listener is not connected yet; opening the lists meanwhile");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer.execute(this::refreshPresence);
    }

    private void toShown(Consumer<LiveViewModel> action) {
        fx.execute(() -> Optional.ofNullable(shown.get()).ifPresent(action));
    }

    private void refreshPresence() {
        Supplier<List<String>> current = desktops;
        if (current == null) {
            return;
        }
        try {
            List<String> connected = current.get();
            toShown(model -> model.presence(connected));
        } catch (RuntimeException e) {
            // Asked again at the next interval; the connection banner tells of a lost database.
            log.debug("Could not read who is connected", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
