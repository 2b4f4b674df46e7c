package id.wacontacts.service;

import id.wacontacts.domain.AppEvent;
import id.wacontacts.domain.AppEvent.Kind;
import id.wacontacts.domain.ContactQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.hibernate.Session;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application-level event log (table app_events): one row per export, backup, copy of
 * numbers, restore, erasure or purge, naming what it covered and how many rows. The row changes
 * themselves are in the history the triggers write ({@link ChangeHistory}).
 */
public final class AppEvents {

    private static final Logger log = LoggerFactory.getLogger(AppEvents.class);

    private static final String INSERT =
            "INSERT INTO app_events (kind, covered, row_count) VALUES (:kind, :covered, :rows)";

    /** Hibernate is booted at the first event written or read, never when the window is built. */
    private final Supplier<SessionFactory> sessions;

    public AppEvents(SessionFactory sessions) {
        this(() -> sessions);
    }

    /** @param sessions called at the first event written or read (the window passes {@code Database::sessionFactory}) */
    public AppEvents(Supplier<SessionFactory> sessions) {
        this.sessions = sessions;
    }

    /** Records one event in a transaction of its own. */
    public void record(Kind kind, String covered, long rowCount) {
        sessions.get().inTransaction(session -> record(session, kind, covered, rowCount));
    }

    /**
     * Records that numbers were copied out of the app (to the clipboard): one event naming the view
     * they were selected in and how many.
     *
     * @param view the list the numbers were selected in (a category, a search, or everything)
     * @param numbers how many numbers were copied
     */
    public void recordCopy(ContactQuery view, long numbers) {
        record(Kind.COPY, "numbers selected in " + view + ", copied to the clipboard", numbers);
    }

    /** Records one event inside the caller's transaction. */
    static void record(Session session, Kind kind, String covered, long rowCount) {
        session.createNativeMutationQuery(INSERT)
                .setParameter("kind", kind.name().toLowerCase(Locale.ROOT))
                .setParameter("covered", covered)
                .setParameter("rows", rowCount)
                .executeUpdate();
    }

    /** Records one event inside the transaction of a plain JDBC connection (backups and restores). */
    static void record(Connection connection, Kind kind, String covered, long rowCount) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO app_events (kind, covered, row_count) VALUES (?, ?, ?)")) {
            insert.setString(1, kind.name().toLowerCase(Locale.ROOT));
            insert.setString(2, covered);
            insert.setLong(3, rowCount);
            insert.executeUpdate();
        }
    }

    /**
     * Records one event on a connection of its own, after the work it names is done. A failure is
     * logged, not thrown: the work itself succeeded and stays done.
     */
    static void recordAfter(DataSource dataSource, Kind kind, String covered, long rowCount) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            record(connection, kind, covered, rowCount);
        } catch (SQLException | RuntimeException e) {
            log.warn("The {} of {} rows could not be written to the event log", kind, rowCount, e);
        }
    }

    /** The events older than {@code beforeId} (or the newest), newest first. */
    public List<AppEvent> page(OptionalLong beforeId, int limit) {
        String sql = "SELECT id, happened_at, kind, covered, row_count, desktop, db_user FROM app_events"
                + (beforeId.isPresent() ? " WHERE id < :before" : "") + " ORDER BY id DESC LIMIT :limit";
        return sessions.get().fromSession(session -> {
            var query = session.createNativeQuery(sql, Object[].class)
                    .setParameter("limit", Math.min(Math.max(limit, 1), ChangeHistory.MAX_PAGE_SIZE));
            beforeId.ifPresent(before -> query.setParameter("before", before));
            return query.getResultStream().map(row -> new AppEvent(((Number) row[0]).longValue(), Rows.time(row[1]),
                    Kind.valueOf(((String) row[2]).toUpperCase(Locale.ROOT)), (String) row[3],
                    ((Number) row[4]).longValue(), (String) row[5], (String) row[6])).toList();
        });
    }
}
