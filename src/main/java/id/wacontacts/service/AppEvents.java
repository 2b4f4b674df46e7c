package id.wacontacts.service;

import id.wacontacts.domain.AppEvent;
import id.wacontacts.domain.AppEvent.Kind;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * The application-level event log (table app_events): one row per export, backup, copy of
 * numbers, restore, erasure or purge, naming what it covered and how many rows. The row changes
 * themselves are in the history the triggers write ({@link ChangeHistory}).
 */
public final class AppEvents {

    private static final String INSERT =
            "INSERT INTO app_events (kind, covered, row_count) VALUES (:kind, :covered, :rows)";

    private final SessionFactory sessions;

    public AppEvents(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** Records one event in a transaction of its own. */
    public void record(Kind kind, String covered, long rowCount) {
        sessions.inTransaction(session -> record(session, kind, covered, rowCount));
    }

    /** Records one event inside the caller's transaction. */
    static void record(Session session, Kind kind, String covered, long rowCount) {
        session.createNativeMutationQuery(INSERT)
                .setParameter("kind", kind.name().toLowerCase(Locale.ROOT))
                .setParameter("covered", covered)
                .setParameter("rows", rowCount)
                .executeUpdate();
    }

    /** The events older than {@code beforeId} (or the newest), newest first. */
    public List<AppEvent> page(OptionalLong beforeId, int limit) {
        String sql = "SELECT id, happened_at, kind, covered, row_count, desktop, db_user FROM app_events"
                + (beforeId.isPresent() ? " WHERE id < :before" : "") + " ORDER BY id DESC LIMIT :limit";
        return sessions.fromSession(session -> {
            var query = session.createNativeQuery(sql, Object[].class)
                    .setParameter("limit", Math.min(Math.max(limit, 1), ChangeHistory.MAX_PAGE_SIZE));
            beforeId.ifPresent(before -> query.setParameter("before", before));
            return query.getResultStream().map(row -> new AppEvent(((Number) row[0]).longValue(), Rows.time(row[1]),
                    Kind.valueOf(((String) row[2]).toUpperCase(Locale.ROOT)), (String) row[3],
                    ((Number) row[4]).longValue(), (String) row[5], (String) row[6])).toList();
        });
    }
}
