package id.wacontacts.service;

import id.wacontacts.db.SlowQueries;
import id.wacontacts.domain.AppEvent;
import id.wacontacts.domain.ChangeEvent;
import id.wacontacts.domain.ChangeEvent.Table;
import id.wacontacts.domain.TrashRestore;
import id.wacontacts.domain.UndoConflict;
import id.wacontacts.domain.UndoConflict.Reason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import org.hibernate.SessionFactory;

/**
 * The trash: deleted numbers and categories kept (table trash, pointing at their deletion in the
 * history) until restored, deleted forever or purged ({@link Retention}).
 *
 * <p>A restored row comes back as it was: its id when free, its {@code created_at}, its category.
 * A number's category that is gone too comes back first (from the trash); restoring a category
 * brings back the numbers deleted with it. A number stored again meanwhile is not stored twice:
 * its item stays in the trash and the result names the category holding it now, for the user to
 * keep it there ({@link #keepCurrent}) or move it back ({@link #moveBack}). Restores are set-wise:
 * 100,000 numbers are a handful of statements.
 */
public final class TrashService {

    private final SessionFactory sessions;
    private final ChangeHistory history;
    private final Runnable numbersWritten;

    public TrashService(SessionFactory sessions) {
        this(sessions, () -> { });
    }

    /**
     * @param numbersWritten run after a restore is committed: the numbers it put back have their
     *                       number_types rows "not checked yet" (a trigger cannot classify), and this
     *                       has them classified
     */
    public TrashService(SessionFactory sessions, Runnable numbersWritten) {
        this.sessions = sessions;
        this.history = new ChangeHistory(sessions);
        this.numbersWritten = numbersWritten;
    }

    /** The trash, newest deletion first, by keyset pages. */
    public List<ChangeEvent> list(OptionalLong beforeId, int limit) {
        return history.trash(beforeId, limit);
    }

    /** Restores these trash items (ids of their deletion events); ids no longer in the trash are skipped. */
    public TrashRestore restore(Collection<Long> changeIds) {
        Long[] ids = changeIds.toArray(Long[]::new);
        TrashRestore restored = sessions.fromTransaction(session -> session.doReturningWork(connection -> restore(
                connection, "t.change_id = ANY (?)",
                statement -> statement.setArray(1, connection.createArrayOf("bigint", ids)))));
        numbersWritten.run();
        return restored;
    }

    /** Restores everything one deletion (one transaction) put in the trash. */
    public TrashRestore restoreDeletion(long transactionId) {
        TrashRestore restored = sessions.fromTransaction(session -> session.doReturningWork(connection -> restore(
                connection, "l.txid = ?", statement -> statement.setLong(1, transactionId))));
        numbersWritten.run();
        return restored;
    }

    /** Sets a statement's parameters. */
    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    /** Leaves the number where it is now and drops its trash item. */
    public void keepCurrent(long changeId) {
        deleteForever(List.of(changeId));
    }

    /**
     * Moves the number stored again meanwhile back to the category it was deleted from, and drops
     * its trash item.
     *
     * @throws UndoRefusedException that category is gone, or the number is no longer stored
     */
    public void moveBack(long changeId) {
        sessions.inTransaction(session -> session.doWork(connection -> {
            try (PreparedStatement move = connection.prepareStatement("""
                    UPDATE phone_numbers p SET category_id = (l.number_before).category_id
                    FROM trash t JOIN change_log l ON l.id = t.change_id
                    WHERE t.change_id = ? AND p.normalized_number = (l.number_before).normalized_number
                      AND EXISTS (SELECT 1 FROM categories c WHERE c.id = (l.number_before).category_id)
                    RETURNING p.id""")) {
                move.setLong(1, changeId);
                try (ResultSet moved = move.executeQuery()) {
                    if (!moved.next()) {
                        throw new UndoRefusedException(List.of(new UndoConflict(Table.PHONE_NUMBERS, 0,
                                Reason.CATEGORY_GONE, String.valueOf(changeId))));
                    }
                }
            }
            try (PreparedStatement drop = connection.prepareStatement("DELETE FROM trash WHERE change_id = ?")) {
                drop.setLong(1, changeId);
                drop.executeUpdate();
            }
        }));
    }

    /** Drops these items from the trash: they can no longer be restored. Returns how many. */
    public int deleteForever(Collection<Long> changeIds) {
        return sessions.fromTransaction(session -> session.createNativeMutationQuery(
                        "DELETE FROM trash WHERE change_id IN (:ids)")
                .setParameterList("ids", List.copyOf(changeIds)).executeUpdate());
    }

    /** Empties the trash and records it (one event). Returns how many items it held. */
    public int empty() {
        return sessions.fromTransaction(session -> {
            int items = session.createNativeMutationQuery("DELETE FROM trash").executeUpdate();
            AppEvents.record(session, AppEvent.Kind.TRASH_EMPTY, "the whole trash", items);
            return items;
        });
    }

    private static final List<String> RESTORE = List.of(
            "ANALYZE wa_restore",
            // A category's numbers deleted with it come back with it.
            """
            INSERT INTO wa_restore (change_id, txid, table_name, n, c)
            SELECT l.id, l.txid, l.table_name, l.number_before, NULL
            FROM trash t JOIN change_log l ON l.id = t.change_id
            WHERE l.table_name = 'phone_numbers'
              AND (l.txid, (l.number_before).category_id) IN
                  (SELECT txid, (c).id FROM wa_restore WHERE table_name = 'categories')
              AND NOT EXISTS (SELECT 1 FROM wa_restore r WHERE r.change_id = l.id)""",
            // A number's category that is gone too comes back first: its newest deletion in the trash,
            // found through the history's (table_name, row_id) index, not by reading the whole trash.
            """
            INSERT INTO wa_restore (change_id, txid, table_name, n, c)
            SELECT DISTINCT ON (l.row_id) l.id, l.txid, l.table_name, NULL, l.category_before
            FROM (SELECT DISTINCT (n).category_id AS id FROM wa_restore WHERE table_name = 'phone_numbers') missing
            JOIN change_log l ON l.table_name = 'categories' AND l.row_id = missing.id
            JOIN trash t ON t.change_id = l.id
            WHERE NOT EXISTS (SELECT 1 FROM categories c WHERE c.id = missing.id)
              AND NOT EXISTS (SELECT 1 FROM wa_restore r WHERE r.change_id = l.id)
            ORDER BY l.row_id, l.id DESC""",
            "ANALYZE wa_restore",
            """
            UPDATE wa_restore r SET outcome = CASE WHEN c.id = (r.c).id THEN 'ALREADY' ELSE 'NAME_TAKEN' END,
                                    holder = c.name
            FROM categories c WHERE r.table_name = 'categories' AND (c.id = (r.c).id OR c.name = (r.c).name)""",
            """
            UPDATE wa_restore r SET outcome = 'NAME_TAKEN' WHERE r.table_name = 'categories' AND r.outcome IS NULL
              AND EXISTS (SELECT 1 FROM wa_restore o WHERE o.table_name = 'categories' AND o.outcome IS NULL
                          AND (o.c).name = (r.c).name AND o.change_id > r.change_id)""",
            """
            INSERT INTO categories (id, name, description, created_at, updated_at)
            SELECT (c).id, (c).name, (c).description, (c).created_at, (c).updated_at
            FROM wa_restore WHERE table_name = 'categories' AND outcome IS NULL""",
            """
            UPDATE wa_restore r SET outcome = 'CATEGORY_GONE' WHERE r.table_name = 'phone_numbers'
              AND NOT EXISTS (SELECT 1 FROM categories c WHERE c.id = (r.n).category_id)""",
            """
            UPDATE wa_restore r SET outcome = 'NUMBER_TAKEN', holder = c.name
            FROM phone_numbers p JOIN categories c ON c.id = p.category_id
            WHERE r.table_name = 'phone_numbers' AND r.outcome IS NULL
              AND p.normalized_number = (r.n).normalized_number""",
            // The same number deleted twice: the newest deletion comes back, the older stays.
            """
            UPDATE wa_restore r SET outcome = 'NUMBER_TAKEN' WHERE r.table_name = 'phone_numbers' AND r.outcome IS NULL
              AND EXISTS (SELECT 1 FROM wa_restore o WHERE o.table_name = 'phone_numbers' AND o.outcome IS NULL
                          AND (o.n).normalized_number = (r.n).normalized_number AND o.change_id > r.change_id)""",
            """
            INSERT INTO phone_numbers (id, original_number, normalized_number, category_id, created_at, updated_at)
            SELECT CASE WHEN EXISTS (SELECT 1 FROM phone_numbers p WHERE p.id = (r.n).id)
                        THEN nextval(pg_get_serial_sequence('phone_numbers', 'id')) ELSE (r.n).id END,
                   (r.n).original_number, (r.n).normalized_number, (r.n).category_id, (r.n).created_at, (r.n).updated_at
            FROM wa_restore r WHERE r.table_name = 'phone_numbers' AND r.outcome IS NULL""",
            """
            UPDATE wa_restore r SET holder = c.name
            FROM phone_numbers p JOIN categories c ON c.id = p.category_id
            WHERE r.outcome = 'NUMBER_TAKEN' AND r.holder IS NULL AND p.normalized_number = (r.n).normalized_number""",
            """
            DELETE FROM trash t USING wa_restore r
            WHERE t.change_id = r.change_id AND (r.outcome IS NULL OR r.outcome = 'ALREADY')""");

    private static TrashRestore restore(Connection connection, String selection, Parameters parameters)
            throws SQLException {
        UndoService.bulk(connection);
        try (PreparedStatement select = connection.prepareStatement("""
                CREATE TEMP TABLE wa_restore ON COMMIT DROP AS
                SELECT l.id AS change_id, l.txid, l.table_name, l.number_before AS n, l.category_before AS c,
                       NULL::text AS outcome, NULL::text AS holder
                FROM trash t JOIN change_log l ON l.id = t.change_id
                WHERE l.action = 'delete' AND""" + " " + selection)) {
            parameters.set(select);
            select.execute();
        }
        try (Statement statement = connection.createStatement()) {
            // Two desktops restoring the same items: the second waits, then finds them gone.
            statement.execute("SELECT 1 FROM trash t JOIN wa_restore r ON r.change_id = t.change_id FOR UPDATE OF t");
            statement.execute("DELETE FROM wa_restore r WHERE NOT EXISTS (SELECT 1 FROM trash t WHERE t.change_id = r.change_id)");
            for (String step : RESTORE) {
                long start = System.nanoTime();
                statement.execute(step);
                SlowQueries.recordIfSlow(start, step);
            }
            int numbers;
            int categories;
            try (ResultSet counts = statement.executeQuery("SELECT count(*) FILTER (WHERE table_name = 'phone_numbers'),"
                    + " count(*) FILTER (WHERE table_name = 'categories') FROM wa_restore WHERE outcome IS NULL")) {
                counts.next();
                numbers = counts.getInt(1);
                categories = counts.getInt(2);
            }
            List<TrashRestore.Conflict> conflicts = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT change_id, table_name, outcome,"
                    + " coalesce((n).normalized_number, (c).name), holder FROM wa_restore"
                    + " WHERE outcome IS NOT NULL AND outcome <> 'ALREADY' ORDER BY change_id")) {
                while (rows.next()) {
                    conflicts.add(new TrashRestore.Conflict(rows.getLong(1),
                            rows.getString(2).equals("categories") ? Table.CATEGORIES : Table.PHONE_NUMBERS,
                            Reason.valueOf(rows.getString(3)), rows.getString(4), rows.getString(5)));
                }
            }
            return new TrashRestore(numbers, categories, conflicts);
        }
    }
}
