package id.wacontacts.service;

import id.wacontacts.domain.AppEvent;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import org.hibernate.SessionFactory;

/**
 * How long the trash and the history keep their rows, and the purges that apply it. Each purge
 * removes its rows in batches, each batch a short transaction of its own (so that a purge of a
 * million rows never holds locks or a snapshot for long), and then writes one summary event.
 * The clock is injected: "now" is the clock's instant in UTC, as the history's times are.
 */
public final class Retention {

    /** Trash days: default and bounds. */
    public static final int DEFAULT_TRASH_DAYS = 30;
    public static final int MIN_TRASH_DAYS = 7;
    public static final int MAX_TRASH_DAYS = 365;
    /** History days by default; empty means keep forever. */
    public static final int DEFAULT_HISTORY_DAYS = 365;
    /** The rows one purge batch removes. */
    public static final int BATCH = 10_000;

    /**
     * The retention settings.
     *
     * @param trashDays days a deleted row stays in the trash (7–365)
     * @param historyDays days the history keeps an event, or empty to keep it forever (at least the trash's days)
     */
    public record Settings(int trashDays, OptionalInt historyDays) {

        public static final Settings DEFAULTS = new Settings(DEFAULT_TRASH_DAYS, OptionalInt.of(DEFAULT_HISTORY_DAYS));

        public Settings {
            if (trashDays < MIN_TRASH_DAYS || trashDays > MAX_TRASH_DAYS) {
                throw new IllegalArgumentException("Keep the trash between " + MIN_TRASH_DAYS + " and " + MAX_TRASH_DAYS
                        + " days.");
            }
            if (historyDays.isPresent() && historyDays.getAsInt() < trashDays) {
                throw new IllegalArgumentException("Keep the history at least as long as the trash (" + trashDays
                        + " days), or forever.");
            }
        }
    }

    private final SessionFactory sessions;
    private final Clock clock;

    public Retention(SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Drops the trash items deleted more than {@code days} days ago. Returns how many. */
    public long purgeTrash(int days) {
        LocalDateTime cutoff = cutoff(days);
        long purged = batches("""
                DELETE FROM trash WHERE change_id IN (
                    SELECT t.change_id FROM trash t JOIN change_log l ON l.id = t.change_id
                    WHERE l.changed_at < :cutoff ORDER BY t.change_id LIMIT :batch)""", cutoff);
        new AppEvents(sessions).record(AppEvent.Kind.TRASH_PURGE, "items deleted before " + cutoff + " UTC", purged);
        return purged;
    }

    /**
     * Drops the history events older than {@code days} days, except those of items still in the
     * trash. Returns how many. The walk goes up the primary key: changed_at follows id.
     */
    public long purgeHistory(int days) {
        LocalDateTime cutoff = cutoff(days);
        long purged = batches("""
                DELETE FROM change_log WHERE id IN (
                    SELECT l.id FROM change_log l
                    WHERE l.changed_at < :cutoff AND NOT EXISTS (SELECT 1 FROM trash t WHERE t.change_id = l.id)
                    ORDER BY l.id LIMIT :batch)""", cutoff);
        new AppEvents(sessions).record(AppEvent.Kind.HISTORY_PURGE, "events before " + cutoff + " UTC", purged);
        return purged;
    }

    /** Both purges, as the settings say (at start and daily). */
    public void apply(Settings settings) {
        purgeTrash(settings.trashDays());
        settings.historyDays().ifPresent(this::purgeHistory);
    }

    private LocalDateTime cutoff(int days) {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(days);
    }

    private long batches(String sql, LocalDateTime cutoff) {
        long total = 0;
        while (true) {
            int removed = sessions.fromTransaction(session -> session.createNativeMutationQuery(sql)
                    .setParameter("cutoff", cutoff)
                    .setParameter("batch", BATCH)
                    .executeUpdate());
            total += removed;
            if (removed < BATCH) {
                return total;
            }
        }
    }
}
