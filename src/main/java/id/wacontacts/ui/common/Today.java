package id.wacontacts.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The desktop's date, which changes at local midnight while the window stays open, so that texts such
 * as "today 09:12" can follow it. Lives on the FX thread: it wakes at the next midnight on its clock,
 * and at least once a minute, so a computer asleep at midnight or a changed time zone is caught up.
 */
public final class Today {

    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    private final Clock clock;
    private final ReadOnlyObjectWrapper<LocalDate> date;
    private final PauseTransition wait = new PauseTransition();

    public Today(Clock clock) {
        this.clock = clock;
        this.date = new ReadOnlyObjectWrapper<>(LocalDate.now(clock));
        wait.setOnFinished(event -> {
            date.set(LocalDate.now(clock));
            schedule();
        });
    }

    /** Starts following the date; call on the FX thread. */
    public void start() {
        date.set(LocalDate.now(clock));
        schedule();
    }

    public void stop() {
        wait.stop();
    }

    private void schedule() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        Duration untilMidnight = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(now.getZone()));
        Duration delay = untilMidnight.compareTo(LONGEST_WAIT) < 0 ? untilMidnight : LONGEST_WAIT;
        // A wake-up a little early finds the same date and waits the rest.
        wait.setDuration(javafx.util.Duration.millis(Math.max(1, delay.toMillis() + 1)));
        wait.playFromStart();
    }

    /** The date on the clock, as of the last midnight passed. */
    public ReadOnlyObjectProperty<LocalDate> dateProperty() {
        return date.getReadOnlyProperty();
    }
}
