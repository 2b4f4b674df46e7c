package id.wacontacts.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The office-wide retention settings, stored in the database (table app_settings, one row), so
 * that every desktop of one database follows the same policy; and the daily purge that applies
 * them, whichever desktop gets there first. Plain JDBC: nothing here boots Hibernate, so the
 * purge at start never competes with the window's first page for it.
 *
 * <p>Several desktops may start at the same moment: a purge holds a session-level advisory lock
 * while it runs (another desktop that finds it taken skips its turn), and under that lock it reads
 * when the last purge ran ({@code last_purge_at}) and skips when that was less than
 * {@link #PURGE_INTERVAL} ago. So the office purges about once a day, never twice at once.
 */
public final class RetentionSettings {

    /** How often the office purges: the first desktop after this since the last purge does it. */
    public static final Duration PURGE_INTERVAL = Duration.ofDays(1);
    /** The advisory lock a purge holds (a fixed key of this app's own). */
    static final String LOCK_KEY = "wa_contacts.retention_purge";

    private static final Logger log = LoggerFactory.getLogger(RetentionSettings.class);

    private final DataSource dataSource;
    private final Clock clock;

    public RetentionSettings(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The settings as stored; the defaults when the row is missing (it is made by the migration). */
    public Retention.Settings read() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT trash_days, history_days FROM app_settings")) {
            if (!row.next()) {
                return Retention.Settings.DEFAULTS;
            }
            int trashDays = row.getInt(1);
            int historyDays = row.getInt(2);
            return new Retention.Settings(trashDays, row.wasNull() ? OptionalInt.empty() : OptionalInt.of(historyDays));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the retention settings: " + e.getMessage(), e);
        }
    }

    /**
     * Stores the settings for every desktop of this database. They are checked when made
     * ({@link Retention.Settings}); the database checks the same bounds again.
     */
    public void save(Retention.Settings settings) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     INSERT INTO app_settings (id, trash_days, history_days) VALUES (true, ?, ?)
                     ON CONFLICT (id) DO UPDATE SET trash_days = excluded.trash_days,
                         history_days = excluded.history_days, updated_at = now() AT TIME ZONE 'UTC',
                         updated_by = current_setting('application_name')""")) {
            connection.setAutoCommit(true);
            update.setInt(1, settings.trashDays());
            if (settings.historyDays().isPresent()) {
                update.setInt(2, settings.historyDays().getAsInt());
            } else {
                update.setNull(2, java.sql.Types.INTEGER);
            }
            update.executeUpdate();
            log.info("Retention set to trash {} days, history {}", settings.trashDays(),
                    settings.historyDays().isPresent() ? settings.historyDays().getAsInt() + " days" : "forever");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the retention settings: " + e.getMessage(), e);
        }
    }

    /**
     * Purges the trash and the history as the stored settings say, unless another desktop is
     * purging right now or one did less than {@link #PURGE_INTERVAL} ago (by this clock).
     *
     * @return what was purged, or empty when it was not this desktop's turn
     */
    public Optional<Retention.Purged> purgeIfDue() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!lock(connection, "pg_try_advisory_lock")) {
                log.info("Another desktop is purging the trash and the history now; skipped here");
                return Optional.empty();
            }
            try {
                LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
                Optional<LocalDateTime> last = lastPurge(connection);
                if (last.isPresent() && last.get().isAfter(now.minus(PURGE_INTERVAL))) {
                    return Optional.empty();
                }
                long start = System.nanoTime();
                Retention.Purged purged = new Retention(dataSource, clock).apply(read());
                if (!Thread.currentThread().isInterrupted()) {
                    try (PreparedStatement done = connection.prepareStatement(
                            "UPDATE app_settings SET last_purge_at = ?")) {
                        done.setObject(1, now);
                        done.executeUpdate();
                    }
                }
                log.info("Purged {} trash items and {} history events in {} ms", purged.trashItems(),
                        purged.historyEvents(), Duration.ofNanos(System.nanoTime() - start).toMillis());
                return Optional.of(purged);
            } finally {
                lock(connection, "pg_advisory_unlock");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The purge of the trash and the history failed: " + e.getMessage(), e);
        }
    }

    private static boolean lock(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(hashtext(?))")) {
            statement.setString(1, LOCK_KEY);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static Optional<LocalDateTime> lastPurge(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT last_purge_at FROM app_settings")) {
            return row.next() ? Optional.ofNullable(row.getObject(1, LocalDateTime.class)) : Optional.empty();
        }
    }
}
