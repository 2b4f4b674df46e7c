package id.wacontacts.app;

import id.wacontacts.service.Retention;
import id.wacontacts.service.RetentionSettings;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trash and history purges while the window is open, on a background thread of their own:
 * the first soon after opening (late enough to leave the processor to the window's first page),
 * then a look every hour whether the office's daily purge is due ({@link RetentionSettings#purgeIfDue}:
 * the first desktop of the day purges, one at a time). A failure is logged and tried again at the
 * next look; nothing waits for a purge, and closing stops one between its batches.
 */
final class RetentionPurges implements AutoCloseable {

    /** How long after opening the first purge starts. */
    static final Duration FIRST = Duration.ofSeconds(30);
    /** How often the open app looks whether the daily purge is due. */
    static final Duration CHECK = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(RetentionPurges.class);

    private final RetentionSettings settings;
    private final Consumer<Retention.Purged> onPurged;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread purges = new Thread(runnable, "retention-purge");
        purges.setDaemon(true);
        purges.setPriority(Thread.MIN_PRIORITY);
        return purges;
    });

    /** @param onPurged told about each purge this desktop ran (on the purge thread) */
    RetentionPurges(RetentionSettings settings, Consumer<Retention.Purged> onPurged) {
        this.settings = settings;
        this.onPurged = onPurged;
    }

    /** Starts the schedule: the first look after {@code first}, then every {@code check}. */
    RetentionPurges start(Duration first, Duration check) {
        thread.scheduleWithFixedDelay(this::purgeIfDue, first.toMillis(), check.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void purgeIfDue() {
        try {
            settings.purgeIfDue().ifPresent(onPurged);
        } catch (RuntimeException e) {
            // Tried again at the next look; a failure must not end the schedule, nor reach the user.
            log.warn("The purge of the trash and the history failed; it is tried again in {} minutes",
                    CHECK.toMinutes(), e);
        }
    }

    /** Stops the schedule; a running purge stops after its current batch (each batch commits alone). */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("Closing while a purge of the trash and the history still runs");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
