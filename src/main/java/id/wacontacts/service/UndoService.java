package id.wacontacts.service;

import id.wacontacts.db.SlowQueries;
import id.wacontacts.db.Database;
import id.wacontacts.db.LongWork;
import id.wacontacts.db.Timeouts;
import id.wacontacts.domain.ChangeEvent.Table;
import id.wacontacts.domain.UndoConflict;
import id.wacontacts.domain.UndoConflict.Reason;
import id.wacontacts.domain.UndoStep;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;

/**
 * Undo and redo of user steps, read from the history the database's triggers write. A step is
 * the change_log events of its transactions ({@link UndoStep}); undoing it writes, for every row
 * it touched, the value the row had before the step, in one transaction and set-wise (an import of
 * 100,000 numbers is a handful of statements). The undo is itself a step: redo is the undo of the
 * undo.
 *
 * <p>Nothing newer is ever overwritten: every row must still hold the values the step left (on this
 * desktop or another; {@code updated_at} aside, which every write, an undo's too, sets anew); otherwise the undo is refused with {@link UndoRefusedException} naming what
 * changed. Rows an undo deletes (an add, an import) do not go to the trash: they are not the
 * user's deletions, and the history keeps them for a redo. Rows an undo brings back leave the trash.
 */
public final class UndoService {

    /** The most conflicts a refusal lists. */
    public static final int MAX_CONFLICTS_LISTED = 100;

    private static final String NUMBER_COLUMNS = "id, original_number, normalized_number, category_id, created_at, updated_at";
    private static final String CATEGORY_COLUMNS = "id, name, description, created_at, updated_at";

    private final SessionFactory sessions;
    private final Runnable numbersWritten;

    public UndoService(SessionFactory sessions) {
        this(sessions, () -> { });
    }

    /**
     * @param numbersWritten run after an undo or redo is committed: numbers it put back or changed have
     *                       their number_types rows "not checked yet" (a trigger cannot classify), and
     *                       this has them classified (the window queues a background pass)
     */
    public UndoService(SessionFactory sessions, Runnable numbersWritten) {
        this.sessions = sessions;
        this.numbersWritten = numbersWritten;
    }

    /** The newest history id now: taken before a step, it bounds the step's events. */
    public long mark() {
        return sessions.fromSession(session -> session.doReturningWork(UndoService::mark));
    }

    /**
     * The step this window session made since {@code mark}: the transactions after it written by
     * this open database's connections (the session id every pooled connection carries, see
     * {@link Database#INSTANCE_SETTING}), under this connection's application name and database
     * user. Another window of the same person on the same computer has another session id, so its
     * changes made meanwhile are never part of this step. A connection without a session id (none of
     * the app's) would match only rows written without one, under its name and user.
     */
    public UndoStep stepSince(long mark) {
        String sql = "SELECT DISTINCT txid FROM change_log WHERE id > ?"
                + " AND session IS NOT DISTINCT FROM nullif(current_setting('" + Database.INSTANCE_SETTING + "', true), '')"
                + " AND desktop = current_setting('application_name') AND db_user = session_user ORDER BY txid";
        return sessions.fromSession(session -> session.doReturningWork(connection -> {
            List<Long> transactions = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, mark);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        transactions.add(rows.getLong(1));
                    }
                }
            }
            return new UndoStep(mark, transactions);
        }));
    }

    /** Runs a service call and returns the step it made, to be undone later. */
    public UndoStep recordStep(Runnable action) {
        long mark = mark();
        action.run();
        return stepSince(mark);
    }

    /** Runs a service call and returns its result with the step it made. */
    public <T> Recorded<T> record(Supplier<T> action) {
        long mark = mark();
        T result = action.get();
        return new Recorded<>(result, stepSince(mark));
    }

    /** A service call's result and the step that made it. */
    public record Recorded<T>(T result, UndoStep step) {
    }

    /**
     * Puts back every row the step touched as it was before the step.
     *
     * @return the undo's own step: undoing it is the redo
     * @throws UndoRefusedException a row changed since the step; nothing was changed
     */
    public UndoStep undo(UndoStep step) {
        if (step.isEmpty()) {
            return step;
        }
        UndoStep applied = sessions.fromTransaction(session -> session.doReturningWork(connection -> apply(connection, step)));
        numbersWritten.run();
        return applied;
    }

    /** Applies again a step that was undone, given the undo's step. Same rules as {@link #undo}. */
    public UndoStep redo(UndoStep undone) {
        return undo(undone);
    }

    private static UndoStep apply(Connection connection, UndoStep step) throws SQLException {
        bulk(connection);
        long mark = mark(connection);
        Long[] transactions = step.transactions().toArray(Long[]::new);
        for (String table : List.of("phone_numbers", "categories")) {
            String image = table.equals("phone_numbers") ? "number" : "category";
            try (PreparedStatement net = connection.prepareStatement(
                    "CREATE TEMP TABLE wa_undo_" + table + " ON COMMIT DROP AS"
                            + " SELECT row_id, (array_agg(" + image + "_before ORDER BY id))[1] AS b,"
                            + " (array_agg(" + image + "_after ORDER BY id DESC))[1] AS a"
                            + " FROM change_log WHERE id > ? AND txid = ANY (?) AND table_name = '" + table + "'"
                            + " AND row_id IS NOT NULL GROUP BY row_id")) {
                net.setLong(1, step.afterChangeId());
                net.setArray(2, connection.createArrayOf("bigint", transactions));
                net.execute();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE wa_undo_phone_numbers");
            statement.execute("ANALYZE wa_undo_categories");
            // Lock the rows the undo will write, so no other desktop changes them between check and write.
            statement.execute("SELECT 1 FROM phone_numbers p JOIN wa_undo_phone_numbers u ON p.id = u.row_id FOR UPDATE OF p");
            statement.execute("SELECT 1 FROM categories c JOIN wa_undo_categories u ON c.id = u.row_id FOR UPDATE OF c");
            List<UndoConflict> conflicts = conflicts(statement);
            if (!conflicts.isEmpty()) {
                throw new UndoRefusedException(conflicts);
            }
            for (String write : WRITES) {
                long start = System.nanoTime();
                statement.executeUpdate(write);
                SlowQueries.recordIfSlow(start, write);
            }
            // The rows brought back leave the trash. The rows an undo deletes (an add, an import) never
            // enter it; the rows a redo deletes do, as the user's own deletion did.
            try (PreparedStatement untrash = connection.prepareStatement(
                    "DELETE FROM trash t USING change_log l WHERE t.change_id = l.id"
                            + " AND ((l.id > ? AND l.txid = ANY (?)) OR (? AND l.id > ? AND l.txid = txid_current()))")) {
                untrash.setLong(1, step.afterChangeId());
                untrash.setArray(2, connection.createArrayOf("bigint", transactions));
                untrash.setBoolean(3, !step.isUndo());
                untrash.setLong(4, mark);
                untrash.executeUpdate();
            }
            try (ResultSet rows = statement.executeQuery("SELECT txid_current()")) {
                rows.next();
                return new UndoStep(mark, List.of(rows.getLong(1)), !step.isUndo());
            }
        }
    }

    /** In this order: numbers out, categories back, values back, numbers back, categories out. */
    private static final List<String> WRITES = List.of(
            "DELETE FROM phone_numbers p USING wa_undo_phone_numbers u WHERE p.id = u.row_id AND (u.b).id IS NULL",
            "INSERT INTO categories (" + CATEGORY_COLUMNS + ") SELECT (b).id, (b).name, (b).description, (b).created_at,"
                    + " (b).updated_at FROM wa_undo_categories WHERE (a).id IS NULL AND (b).id IS NOT NULL",
            "UPDATE categories c SET name = (u.b).name, description = (u.b).description, created_at = (u.b).created_at"
                    + " FROM wa_undo_categories u WHERE c.id = u.row_id AND (u.a).id IS NOT NULL AND (u.b).id IS NOT NULL",
            "UPDATE phone_numbers p SET original_number = (u.b).original_number,"
                    + " normalized_number = (u.b).normalized_number, category_id = (u.b).category_id,"
                    + " created_at = (u.b).created_at FROM wa_undo_phone_numbers u"
                    + " WHERE p.id = u.row_id AND (u.a).id IS NOT NULL AND (u.b).id IS NOT NULL",
            "INSERT INTO phone_numbers (" + NUMBER_COLUMNS + ") SELECT (b).id, (b).original_number, (b).normalized_number,"
                    + " (b).category_id, (b).created_at, (b).updated_at FROM wa_undo_phone_numbers"
                    + " WHERE (a).id IS NULL AND (b).id IS NOT NULL",
            "DELETE FROM categories c USING wa_undo_categories u WHERE c.id = u.row_id AND (u.b).id IS NULL");

    /** Every row whose current state is not the one the step left, or that cannot go back. */
    private static final String CONFLICTS = """
            SELECT 'PHONE_NUMBERS', u.row_id, CASE WHEN p.id IS NULL THEN 'DELETED' ELSE 'CHANGED' END,
                   coalesce(p.normalized_number, (u.a).normalized_number)
            FROM wa_undo_phone_numbers u LEFT JOIN phone_numbers p ON p.id = u.row_id
            WHERE (u.a).id IS NOT NULL AND (p.id IS NULL OR (p.original_number, p.normalized_number, p.category_id, p.created_at)
                    IS DISTINCT FROM ((u.a).original_number, (u.a).normalized_number, (u.a).category_id, (u.a).created_at))
            UNION ALL
            SELECT 'PHONE_NUMBERS', u.row_id, 'CHANGED', p.normalized_number
            FROM wa_undo_phone_numbers u JOIN phone_numbers p ON p.id = u.row_id
            WHERE (u.a).id IS NULL AND (u.b).id IS NOT NULL
            UNION ALL
            SELECT 'PHONE_NUMBERS', u.row_id, 'NUMBER_TAKEN', c.name
            FROM wa_undo_phone_numbers u
            JOIN phone_numbers p ON p.normalized_number = (u.b).normalized_number AND p.id <> u.row_id
            JOIN categories c ON c.id = p.category_id
            WHERE (u.b).id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM wa_undo_phone_numbers x WHERE x.row_id = p.id)
            UNION ALL
            SELECT 'PHONE_NUMBERS', u.row_id, 'CATEGORY_GONE', (u.b).normalized_number
            FROM wa_undo_phone_numbers u
            WHERE (u.b).id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM wa_undo_categories y WHERE y.row_id = (u.b).category_id AND (y.b).id IS NOT NULL)
              AND NOT EXISTS (SELECT 1 FROM categories c WHERE c.id = (u.b).category_id
                              AND NOT EXISTS (SELECT 1 FROM wa_undo_categories y WHERE y.row_id = c.id))
            UNION ALL
            SELECT 'CATEGORIES', u.row_id, CASE WHEN c.id IS NULL THEN 'DELETED' ELSE 'CHANGED' END,
                   coalesce(c.name, (u.a).name)
            FROM wa_undo_categories u LEFT JOIN categories c ON c.id = u.row_id
            WHERE (u.a).id IS NOT NULL AND (c.id IS NULL OR (c.name, c.description, c.created_at)
                    IS DISTINCT FROM ((u.a).name, (u.a).description, (u.a).created_at))
            UNION ALL
            SELECT 'CATEGORIES', u.row_id, 'CHANGED', c.name
            FROM wa_undo_categories u JOIN categories c ON c.id = u.row_id
            WHERE (u.a).id IS NULL AND (u.b).id IS NOT NULL
            UNION ALL
            SELECT 'CATEGORIES', u.row_id, 'NAME_TAKEN', c.name
            FROM wa_undo_categories u JOIN categories c ON c.name = (u.b).name AND c.id <> u.row_id
            WHERE (u.b).id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM wa_undo_categories x WHERE x.row_id = c.id)
            UNION ALL
            SELECT 'CATEGORIES', u.row_id, 'CATEGORY_NOT_EMPTY', (u.a).name
            FROM wa_undo_categories u
            WHERE (u.b).id IS NULL AND (u.a).id IS NOT NULL AND EXISTS (
                SELECT 1 FROM phone_numbers p WHERE p.category_id = u.row_id
                AND NOT EXISTS (SELECT 1 FROM wa_undo_phone_numbers x WHERE x.row_id = p.id
                                AND ((x.b).id IS NULL OR (x.b).category_id <> u.row_id)))
            LIMIT""" + " " + MAX_CONFLICTS_LISTED;

    private static List<UndoConflict> conflicts(Statement statement) throws SQLException {
        List<UndoConflict> conflicts = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(CONFLICTS)) {
            while (rows.next()) {
                conflicts.add(new UndoConflict(Table.valueOf(rows.getString(1)), rows.getInt(2),
                        Reason.valueOf(rows.getString(3)), rows.getString(4)));
            }
        }
        return conflicts;
    }

    /**
     * An undo of an import or of a large delete writes as many rows as the step did: no statement
     * timeout for it (as for the import itself), but the interactive wait for a lock another
     * desktop holds, so the user is told "busy" rather than left waiting.
     */
    static void bulk(Connection connection) throws SQLException {
        LongWork.allow(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL lock_timeout = '" + Timeouts.INTERACTIVE.lock().toMillis() + "ms'");
        }
    }

    static long mark(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT coalesce(max(id), 0) FROM change_log")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
