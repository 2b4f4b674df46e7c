package id.wacontacts.service;

import id.wacontacts.domain.CategoryRow;
import id.wacontacts.domain.ChangeEvent;
import id.wacontacts.domain.ChangeEvent.Action;
import id.wacontacts.domain.ChangeEvent.Table;
import id.wacontacts.domain.HistoryFilter;
import id.wacontacts.domain.NumberValues;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.hibernate.SessionFactory;

/**
 * Reads the history the database's triggers write (table change_log) and the trash (deleted
 * rows not yet restored or purged). Every list is newest first and pages by keyset on the
 * event's id, so each page reads only its own rows through an index.
 */
public final class ChangeHistory {

    /** The largest page any reader returns. */
    public static final int MAX_PAGE_SIZE = 1000;

    private static final String COLUMNS = """
            l.id, l.changed_at, l.txid, l.table_name, l.action, l.row_id,
            (l.number_before).id, (l.number_before).original_number, (l.number_before).normalized_number,
            (l.number_before).category_id, (l.number_before).created_at, (l.number_before).updated_at,
            (l.number_after).id, (l.number_after).original_number, (l.number_after).normalized_number,
            (l.number_after).category_id, (l.number_after).created_at, (l.number_after).updated_at,
            (l.category_before).id, (l.category_before).name, (l.category_before).description,
            (l.category_before).created_at, (l.category_before).updated_at,
            (l.category_after).id, (l.category_after).name, (l.category_after).description,
            (l.category_after).created_at, (l.category_after).updated_at,
            l.desktop, l.db_user""";

    private final SessionFactory sessions;

    public ChangeHistory(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** One number's history (by its row id), newest first. */
    public List<ChangeEvent> forNumber(int numberId, int limit) {
        return forRow("phone_numbers", numberId, limit);
    }

    /** One category's own history (its numbers' changes are theirs), newest first. */
    public List<ChangeEvent> forCategory(int categoryId, int limit) {
        return forRow("categories", categoryId, limit);
    }

    private List<ChangeEvent> forRow(String table, int rowId, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM change_log l WHERE l.table_name = :table AND l.row_id = :row"
                + " ORDER BY l.id DESC LIMIT :limit";
        return sessions.fromSession(session -> session.createNativeQuery(sql, Object[].class)
                .setParameter("table", table)
                .setParameter("row", rowId)
                .setParameter("limit", pageSize(limit))
                .getResultStream().map(ChangeHistory::event).toList());
    }

    /**
     * Everything that happened, newest first: the page of events older than {@code beforeId}
     * (the last id of the previous page), or the newest page when empty.
     */
    public List<ChangeEvent> activity(OptionalLong beforeId, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM change_log l"
                + (beforeId.isPresent() ? " WHERE l.id < :before" : "") + " ORDER BY l.id DESC LIMIT :limit";
        return page(sql, beforeId, limit);
    }

    /**
     * The events matching the filter, newest first, by keyset pages as {@link #activity}.
     */
    public List<ChangeEvent> matching(HistoryFilter filter, OptionalLong beforeId, int limit) {
        Optional<String> number = filter.number();
        Optional<LocalDateTime> since = filter.since();
        Optional<String> desktop = filter.desktop();
        Optional<String> action = filter.action().map(a -> a.name().toLowerCase(Locale.ROOT));
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM change_log l WHERE true");
        beforeId.ifPresent(before -> sql.append(" AND l.id < :before"));
        number.ifPresent(n -> sql.append(" AND l.table_name = 'phone_numbers' AND ((l.number_before).normalized_number = :number"
                + " OR (l.number_after).normalized_number = :number)"));
        since.ifPresent(s -> sql.append(" AND l.changed_at >= :since"));
        desktop.ifPresent(d -> sql.append(" AND strpos(lower(l.desktop), lower(:desktop)) > 0"));
        action.ifPresent(a -> sql.append(" AND l.action = :action"));
        sql.append(" ORDER BY l.id DESC LIMIT :limit");
        return sessions.fromSession(session -> {
            var query = session.createNativeQuery(sql.toString(), Object[].class).setParameter("limit", pageSize(limit));
            beforeId.ifPresent(before -> query.setParameter("before", before));
            number.ifPresent(n -> query.setParameter("number", n));
            since.ifPresent(s -> query.setParameter("since", s));
            desktop.ifPresent(d -> query.setParameter("desktop", d));
            action.ifPresent(a -> query.setParameter("action", a));
            return query.getResultStream().map(ChangeHistory::event).toList();
        });
    }

    /**
     * The trash: deletions of numbers and categories not yet restored or purged, newest first,
     * each with the row's values as they were (enough to insert it again).
     */
    public List<ChangeEvent> trash(OptionalLong beforeId, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM trash t JOIN change_log l ON l.id = t.change_id"
                + (beforeId.isPresent() ? " WHERE t.change_id < :before" : "") + " ORDER BY t.change_id DESC LIMIT :limit";
        return page(sql, beforeId, limit);
    }

    private List<ChangeEvent> page(String sql, OptionalLong beforeId, int limit) {
        return sessions.fromSession(session -> {
            var query = session.createNativeQuery(sql, Object[].class).setParameter("limit", pageSize(limit));
            beforeId.ifPresent(before -> query.setParameter("before", before));
            return query.getResultStream().map(ChangeHistory::event).toList();
        });
    }

    private static int pageSize(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("page size " + limit);
        }
        return Math.min(limit, MAX_PAGE_SIZE);
    }

    private static ChangeEvent event(Object[] row) {
        return new ChangeEvent(((Number) row[0]).longValue(), Rows.time(row[1]), ((Number) row[2]).longValue(),
                Table.valueOf(((String) row[3]).toUpperCase(Locale.ROOT)),
                Action.valueOf(((String) row[4]).toUpperCase(Locale.ROOT)),
                row[5] == null ? null : ((Number) row[5]).intValue(),
                number(row, 6), number(row, 12), category(row, 18), category(row, 23),
                (String) row[28], (String) row[29]);
    }

    private static NumberValues number(Object[] row, int from) {
        if (row[from] == null) {
            return null;
        }
        return new NumberValues(((Number) row[from]).intValue(), (String) row[from + 1], (String) row[from + 2],
                ((Number) row[from + 3]).intValue(), Rows.time(row[from + 4]), Rows.time(row[from + 5]));
    }

    private static CategoryRow category(Object[] row, int from) {
        return row[from] == null ? null : Rows.category(row, from);
    }
}
