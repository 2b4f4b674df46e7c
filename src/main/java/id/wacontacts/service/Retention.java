package id.wacontacts.service;

import id.wacontacts.domain.AppEvent;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

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
            if (historyDays.isPresent() && historyDays.getAsInt() > MAX_HISTORY_DAYS) {
                throw new IllegalArgumentException("Keep the history at most " + MAX_HISTORY_DAYS + " days, or forever.");
            }
            if (historyDays.isPresent() && historyDays.getAsInt() < trashDays) {
                throw new IllegalArgumentException("Keep the history at least as long as the trash (" + trashDays
                        + " days), or forever.");
            }
        }
    }

    /** The most days the history may keep an event (a hundred years: "keep forever" is the other choice). */
    public static final int MAX_HISTORY_DAYS = 36_500;

    /** What one run of both purges removed. */
    public record Purged(long trashItems, long historyEvents) {
    }

    private final DataSource dataSource;
    private final Clock clock;

    /** Plain JDBC: a purge in the background never boots Hibernate. */
    public Retention(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Drops the trash items deleted more than {@code days} days ago. Returns how many. */
    public long purgeTrash(int days) {
        LocalDateTime cutoff = cutoff(days);
        long purged = batches("""
                DELETE FROM trash WHERE change_id IN (
                    SELECT t.change_id FROM trash t JOIN change_log l ON l.id = t.change_id
                    WHERE l.changed_at < ? ORDER BY t.change_id LIMIT ?)""", cutoff);
        AppEvents.recordAfter(dataSource, AppEvent.Kind.TRASH_PURGE, "items deleted before " + cutoff + " UTC", purged);
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
                    WHERE l.changed_at < ? AND NOT EXISTS (SELECT 1 FROM trash t WHERE t.change_id = l.id)
                    ORDER BY l.id LIMIT ?)""", cutoff);
        AppEvents.recordAfter(dataSource, AppEvent.Kind.HISTORY_PURGE, "events before " + cutoff + " UTC", purged);
        return purged;
    }

    /** Both purges, as the settings say (at start and daily). */
    public Purged apply(Settings settings) {
        long trash = purgeTrash(settings.trashDays());
        long history = settings.historyDays().isPresent() ? purgeHistory(settings.historyDays().getAsInt()) : 0;
        return new Purged(trash, history);
    }

    private LocalDateTime cutoff(int days) {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(days);
    }

    /**
     * Runs the DELETE batch after batch, each in a transaction of its own, until a batch removes
     * fewer than {@link #BATCH} rows, or the thread is interrupted (the app closing): what is
     * removed so far stays removed, and the rest waits for the next purge.
     */
    private long batches(String sql, LocalDateTime cutoff) {
        long total = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                delete.setObject(1, cutoff);
                delete.setInt(2, BATCH);
                while (!Thread.currentThread().isInterrupted()) {
                    int removed = delete.executeUpdate();
                    total += removed;
                    if (removed < BATCH) {
                        break;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The purge stopped after " + total + " rows: " + e.getMessage(), e);
        }
        return total;
    }
}
