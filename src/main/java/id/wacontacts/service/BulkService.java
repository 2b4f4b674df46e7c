package id.wacontacts.service;

import id.wacontacts.db.LongWork;
import id.wacontacts.db.SlowQueries;
import id.wacontacts.domain.BulkResult;
import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.ContactSelection;
import id.wacontacts.domain.ContactSelection.AllMatching;
import id.wacontacts.domain.UndoStep;
import id.wacontacts.service.NotFoundException.Kind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.query.NativeQuery;

/**
 * Moves and deletes many numbers at once, each action in one transaction, set-wise (a handful of
 * statements whatever the selection's size), so that it is one step in the history and one undo.
 *
 * <p>Nothing another desktop changed after the selection was made is overwritten: picked rows must
 * still have the {@code updated_at} they were shown with; for "all matching" the query is evaluated
 * again when the action runs, and rows changed or added after the selection's moment are left alone.
 * Both are counted in the {@link BulkResult}.
 */
public final class BulkService {

    /** How many of the numbers left alone a result names. */
    static final int EXAMPLES = 3;

    private final Supplier<SessionFactory> sessions;

    public BulkService(SessionFactory sessions) {
        this(() -> sessions);
    }

    public BulkService(Supplier<SessionFactory> sessions) {
        this.sessions = sessions;
    }

    /** The database's clock now (UTC wall-clock, as {@code updated_at} is written): the moment of a selection. */
    public LocalDateTime now() {
        return sessions.get().fromSession(session -> Rows.time(session.createNativeQuery(
                "SELECT CAST(clock_timestamp() AT TIME ZONE 'UTC' AS timestamp)", Object.class).getSingleResult()));
    }

    /** Selects every number {@code query} matches now: no row is read, only the moment is taken. */
    public AllMatching selectAll(ContactQuery query) {
        return new AllMatching(query, java.util.Set.of(), now());
    }

    /**
     * How many numbers {@code query} matches, exactly: from the counts the triggers keep when the query is
     * a category or everything, else by counting the matches (through the search's indexes).
     */
    public long count(ContactQuery query, Cancellation cancellation) {
        return cancellable(cancellation, false, session -> {
            if (!query.hasSearch() && query.equals(new ContactQuery(query.categoryId(), ""))) {
                String sql = "SELECT coalesce(sum(delta), 0)::bigint FROM category_count_deltas"
                        + query.categoryId().map(id -> " WHERE category_id = " + id).orElse("");
                return session.createNativeQuery(sql, Long.class).getSingleResult();
            }
            ContactFilter filter = ContactFilter.of(session, query, Optional.empty());
            return filter.bind(session.createNativeQuery("SELECT count(*)" + ContactService.FROM + filter.where(),
                    Long.class)).getSingleResult();
        });
    }

    /**
     * Moves the selected numbers to {@code categoryId} in one transaction; numbers already there stay.
     *
     * @throws NotFoundException the category does not exist (any more)
     * @throws CancellationException cancelled: nothing was changed
     */
    public BulkResult move(ContactSelection selection, int categoryId, Cancellation cancellation) {
        return cancellable(cancellation, true, session -> {
            lockCategory(session, categoryId);
            long mark = session.doReturningWork(UndoService::mark);
            Outcome outcome = selection instanceof ContactSelection.Rows rows
                    ? session.doReturningWork(connection -> writeRows(connection, rows,
                            "UPDATE phone_numbers p SET category_id = " + categoryId + " FROM locked l WHERE p.id = l.id"
                                    + " AND l.unchanged AND p.category_id <> " + categoryId + " RETURNING 1"))
                    : writeAll(session, (AllMatching) selection, "UPDATE phone_numbers p SET category_id = " + categoryId
                            + " FROM target t WHERE p.id = t.id AND p.category_id <> " + categoryId + " AND " + UNCHANGED
                            + " RETURNING 1");
            return outcome.result(step(session, mark, outcome.done()));
        });
    }

    /**
     * Deletes the selected numbers in one transaction; they go to the trash, as a single delete does.
     *
     * @throws CancellationException cancelled: nothing was deleted
     */
    public BulkResult delete(ContactSelection selection, Cancellation cancellation) {
        return cancellable(cancellation, true, session -> {
            long mark = session.doReturningWork(UndoService::mark);
            Outcome outcome = selection instanceof ContactSelection.Rows rows
                    ? session.doReturningWork(connection -> writeRows(connection, rows,
                            "DELETE FROM phone_numbers p USING locked l WHERE p.id = l.id AND l.unchanged RETURNING 1"))
                    : writeAll(session, (AllMatching) selection,
                            "DELETE FROM phone_numbers p USING target t WHERE p.id = t.id AND " + UNCHANGED + " RETURNING 1");
            return outcome.result(step(session, mark, outcome.done()));
        });
    }

    /**
     * The selected numbers in E.164, newest first, at most {@code cap} of them (for the clipboard).
     */
    public List<String> numbers(ContactSelection selection, int cap, Cancellation cancellation) {
        return cancellable(cancellation, false, session -> {
            if (selection instanceof ContactSelection.Rows rows) {
                return session.doReturningWork(connection -> pickedNumbers(connection, rows, cap));
            }
            AllMatching all = (AllMatching) selection;
            ContactFilter filter = ContactFilter.of(session, all.matching(), Optional.empty());
            NativeQuery<String> query = filter.bind(session.createNativeQuery("SELECT pn.normalized_number"
                    + ContactService.FROM + filter.where() + ContactService.NEWEST_FIRST + " LIMIT :limit", String.class));
            return query.setParameter("limit", cap).getResultList();
        });
    }

    /** The picked rows' numbers in the order they were picked. */
    private static List<String> pickedNumbers(Connection connection, ContactSelection.Rows rows, int cap)
            throws SQLException {
        List<String> numbers = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT p.normalized_number"
                + " FROM phone_numbers p JOIN unnest(?) WITH ORDINALITY s(id, n) ON p.id = s.id ORDER BY s.n LIMIT ?")) {
            statement.setArray(1, connection.createArrayOf("integer", rows.seen().keySet().toArray()));
            statement.setInt(2, cap);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    numbers.add(result.getString(1));
                }
            }
        }
        return numbers;
    }

    /** A row not written since the selection was made (undated rows from older systems count as unchanged). */
    private static final String UNCHANGED = "(p.updated_at IS NULL OR p.updated_at <= :selectedAt)";

    /**
     * Picked rows: each is locked first, so no other desktop changes it between the check and the write;
     * rows whose {@code updated_at} is not the one shown are counted and left alone.
     */
    private static Outcome writeRows(Connection connection, ContactSelection.Rows rows, String write) throws SQLException {
        Integer[] ids = rows.seen().keySet().toArray(Integer[]::new);
        Timestamp[] stamps = rows.seen().values().stream().map(at -> at == null ? null : Timestamp.valueOf(at))
                .toArray(Timestamp[]::new);
        Array idArray = connection.createArrayOf("integer", ids);
        Array stampArray = connection.createArrayOf("timestamp", stamps);
        String locked = "WITH seen AS (SELECT * FROM unnest(?, ?) s(id, at)),"
                + " locked AS MATERIALIZED (SELECT p.id, p.normalized_number,"
                + " p.updated_at IS NOT DISTINCT FROM s.at AS unchanged"
                + " FROM phone_numbers p JOIN seen s ON p.id = s.id FOR UPDATE OF p)";
        long found;
        long changed;
        List<String> examples = new ArrayList<>();
        try (PreparedStatement check = connection.prepareStatement(locked
                + " SELECT count(*), count(*) FILTER (WHERE NOT unchanged),"
                + " (array_agg(normalized_number ORDER BY id) FILTER (WHERE NOT unchanged))[1:" + EXAMPLES + "]"
                + " FROM locked")) {
            check.setArray(1, idArray);
            check.setArray(2, stampArray);
            try (ResultSet result = check.executeQuery()) {
                result.next();
                found = result.getLong(1);
                changed = result.getLong(2);
                addExamples(examples, result.getArray(3));
            }
        }
        long done;
        String writing = locked + ", written AS (" + write + ") SELECT count(*) FROM written";
        try (PreparedStatement statement = connection.prepareStatement(writing)) {
            statement.setArray(1, idArray);
            statement.setArray(2, stampArray);
            // Plain JDBC, which Hibernate does not time: the health window's slow list gets it from here.
            long start = System.nanoTime();
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                done = result.getLong(1);
            }
            SlowQueries.recordIfSlow(start, writing);
        }
        return new Outcome(done, changed, ids.length - found, examples);
    }

    /**
     * Every match of the query now: those written since the selection's moment are counted and left
     * alone (the write's own condition checks each row again as it writes it).
     */
    private static Outcome writeAll(Session session, AllMatching all, String write) {
        ContactFilter filter = ContactFilter.of(session, all.matching(), Optional.empty());
        String matches = ContactService.FROM + filter.where();
        String changedSql = "SELECT count(*), CAST((array_agg(pn.normalized_number ORDER BY pn.id))[1:" + EXAMPLES
                + "] AS text)" + matches + (matches.contains(" WHERE ") ? " AND" : " WHERE")
                + " pn.updated_at > :selectedAt";
        NativeQuery<Object[]> changedQuery = filter.bind(session.createNativeQuery(changedSql, Object[].class));
        Object[] changed = changedQuery.setParameter("selectedAt", all.selectedAt(), LocalDateTime.class).getSingleResult();
        NativeQuery<Long> writeQuery = filter.bind(session.createNativeQuery("WITH target AS (SELECT pn.id" + matches
                + "), written AS (" + write + ") SELECT count(*) FROM written", Long.class));
        long done = writeQuery.setParameter("selectedAt", all.selectedAt(), LocalDateTime.class).getSingleResult();
        List<String> examples = new ArrayList<>();
        String listed = (String) changed[1];
        if (listed != null && listed.length() > 2) {
            examples.addAll(List.of(listed.substring(1, listed.length() - 1).split(",")));
        }
        return new Outcome(done, ((Number) changed[0]).longValue(), 0, examples);
    }

    private static void addExamples(List<String> examples, Array array) throws SQLException {
        if (array != null) {
            for (Object number : (Object[]) array.getArray()) {
                examples.add((String) number);
            }
        }
    }

    /** The history step of this transaction: empty when it wrote nothing. */
    private static UndoStep step(Session session, long mark, long done) {
        if (done == 0) {
            return new UndoStep(mark, List.of());
        }
        long txid = session.createNativeQuery("SELECT txid_current()", Long.class).getSingleResult();
        return new UndoStep(mark, List.of(txid));
    }

    private static void lockCategory(Session session, int categoryId) {
        // KEY SHARE: a concurrent delete of the category waits for this transaction instead of racing it.
        boolean exists = session.createNativeQuery("SELECT 1 FROM categories WHERE id = :id FOR KEY SHARE", Object.class)
                .setParameter("id", categoryId)
                .getResultStream().findAny().isPresent();
        if (!exists) {
            throw new NotFoundException(Kind.CATEGORY, categoryId);
        }
    }

    /** Runs {@code work} in a session (a transaction when writing) that {@code cancellation} stops on the server. */
    private <T> T cancellable(Cancellation cancellation, boolean write, Function<Session, T> work) {
        try {
            Function<Session, T> guarded = session -> {
                cancellation.check();
                return cancellation.during(() -> cancelQuery(session), () -> {
                    if (write) {
                        // A move of every number can outlast an interactive statement's limit; Cancel still stops it.
                        session.doWork(LongWork::allow);
                    }
                    return work.apply(session);
                });
            };
            return write ? sessions.get().fromTransaction(guarded) : sessions.get().fromSession(guarded);
        } catch (RuntimeException e) {
            if (cancellation.isCancelled() && !(e instanceof CancellationException)) {
                throw new CancellationException("Cancelled");
            }
            throw e;
        }
    }

    private static void cancelQuery(Session session) {
        try {
            session.cancelQuery();
        } catch (IllegalStateException closed) {
            // The work ended before the cancel arrived: nothing left to stop.
        }
    }

    private record Outcome(long done, long changed, long gone, List<String> examples) {
        BulkResult result(UndoStep step) {
            return new BulkResult(done, changed, gone, examples, step);
        }
    }
}
