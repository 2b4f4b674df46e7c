package id.wacontacts.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The desktop's date, which changes at local midnight while the window stays open, so that texts such
 * as "today 09:12" can follow it. The date property changes on the FX thread. A daemon thread wakes
 * at the next midnight on the clock, and at least once a minute, so a computer asleep at midnight or
 * a changed time zone is caught up. (Not a JavaFX animation: a running one keeps the window's pulse
 * going all day.)
 */
public final class Today {

    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    private final Clock clock;
    private final Executor uiThread;
    private final ReadOnlyObjectWrapper<LocalDate> date;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "today");
        thread.setDaemon(true);
        return thread;
    });

    /** @param uiThread runs the date's changes on the FX thread ({@code Platform::runLater}) */
    public Today(Clock clock, Executor uiThread) {
        this.clock = clock;
        this.uiThread = uiThread;
        this.date = new ReadOnlyObjectWrapper<>(LocalDate.now(clock));
    }

    /** Starts following the date. */
    public void start() {
        schedule();
    }

    public void stop() {
        timer.shutdownNow();
    }

    private void schedule() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        Duration untilMidnight = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(now.getZone()));
        Duration delay = untilMidnight.compareTo(LONGEST_WAIT) < 0 ? untilMidnight : LONGEST_WAIT;
        // A wake-up a little early finds the same date and waits the rest.
        try {
            timer.schedule(this::wake, Math.max(1, delay.toMillis() + 1), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // The window closed while this wake-up ran.
        }
    }

    private void wake() {
        LocalDate current = LocalDate.now(clock);
        uiThread.execute(() -> {
            // Set only when the day changed: a new but equal date would invalidate every listener each minute.
            if (!current.equals(date.get())) {
                date.set(current);
            }
        });
        schedule();
    }

    /** The date on the clock, as of the last midnight passed. */
    public ReadOnlyObjectProperty<LocalDate> dateProperty() {
        return date.getReadOnlyProperty();
    }
}
