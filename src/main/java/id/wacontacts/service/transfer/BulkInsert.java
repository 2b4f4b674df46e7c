package id.wacontacts.service.transfer;

import id.wacontacts.db.LongWork;
import id.wacontacts.db.SlowQueries;
import id.wacontacts.phone.LibraryVersion;
import id.wacontacts.phone.NumberType;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.NumberTypes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database side of one import, inside the caller's transaction. Valid rows are COPYed (CSV
 * format, so tabs and backslashes survive) into a temporary table that disappears at commit or
 * rollback, and every {@code storeRows} rows are moved into phone_numbers by one INSERT, which also
 * writes their number_types rows. Only the first row of each number in the file is sent (the
 * others are counted as repeats here, 8 to 16 bytes per number); numbers stored before are left
 * alone. Constraints, indexes and triggers all stay in place.
 *
 * <p>The database work runs on a thread of its own, in order, while the caller reads and normalises
 * the next rows: the server inserts one batch while the file's next batch is prepared. Each batch
 * is inserted in number order, and imports take turns from their first write to their commit (a
 * transaction-level advisory lock): two desktops importing overlapping lists at once never wait on
 * each other's rows or new categories in opposite orders, so they never deadlock; the second reads
 * its file meanwhile and stores once the first has committed.
 */
final class BulkInsert implements AutoCloseable {

    /** What the INSERTs did: distinct numbers sent, and how many of them were new. */
    record Counts(long distinct, long inserted) {
    }

    /** Rows per INSERT: large enough that a statement's fixed costs vanish, small enough to sort in memory. */
    static final int STORE_ROWS = 131_072;

    /**
     * Memory for this transaction only: the sort of each batch, and the GIN pending-list clean-up of
     * trigram indexes, which runs in the inserting session with work_mem. A larger pending list lets
     * the trigram indexes take their entries in fewer, larger batches (measured on 800,000 rows: 15.0
     * s with the default 4 MB, 14.3-14.5 s with 16 or 64 MB); 16 MB keeps what is left pending at
     * commit, which searches read linearly until autovacuum merges it, small.
     */
    private static final String[] SETTINGS = {
        "SET LOCAL work_mem = '64MB'",
        "SET LOCAL maintenance_work_mem = '256MB'",
        "SET LOCAL gin_pending_list_limit = '16MB'",
        // The store below writes every new number's number_types row itself; V13's trigger then skips them.
        "SET LOCAL wa.number_types_written = 'on'",
    };

    /**
     * Imports take turns from their first write to their commit (any constant key of this app's).
     * Asked for again and again rather than waited for: another import may take longer than the
     * transaction's lock_timeout, and a cancel must be seen at once.
     */
    private static final String TAKE_TURN = "SELECT pg_try_advisory_xact_lock(hashtext('wa_contacts.import'))";
    private static final long TURN_POLL_MILLIS = 100;
    private static final Logger log = LoggerFactory.getLogger(BulkInsert.class);

    private static final String COPY = "COPY import_rows (original_number, normalized_number, category_id,"
            + " kind, line_type) FROM STDIN (FORMAT csv)";

    private static final String STORE = """
            WITH stored AS (
                INSERT INTO phone_numbers (original_number, normalized_number, category_id)
                SELECT original_number, normalized_number, category_id FROM import_rows
                ORDER BY normalized_number
                ON CONFLICT (normalized_number) DO NOTHING
                RETURNING id, normalized_number, category_id, created_at
            ), typed AS (
                INSERT INTO number_types (phone_number_id, category_id, sort_time, kind, line_type, validated_with)
                SELECT s.id, s.category_id, COALESCE(s.created_at, '-infinity'), r.kind, r.line_type, :version
                FROM stored s JOIN import_rows r USING (normalized_number)
            )
            SELECT count(*) FROM stored
            """;

    /** At most this many COPY buffers wait for the database thread: the rows of about one batch and a half. */
    private final int maxWaiting;
    private final int storeRows;
    /** {@link #STORE} with the bundled library's version, the same for every batch. */
    private final String store = STORE.replace(":version", quoted(LibraryVersion.current()));
    private final Connection connection;
    private final Cancellation cancellation;
    private final TransferProgress progress;
    private final CopyManager copy;
    private final AtomicReference<Statement> running = new AtomicReference<>();
    private final Cancellation.Registration hook;
    private final ExecutorService database = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "import-store");
        thread.setDaemon(true);
        return thread;
    });
    private final Deque<Future<?>> waiting = new ArrayDeque<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
    private final StringBuilder line = new StringBuilder(128);
    private final LongSet sent = new LongSet();
    private final List<String> created = new ArrayList<>();
    private long added;
    private long buffered;
    private boolean turnAsked;
    /** While true, the database thread waits for another import's commit. */
    private volatile boolean waitingForTurn;
    // Only the database thread touches these; store() reads them after waiting for it.
    private long unstored;
    private long inserted;

    BulkInsert(Connection connection, Cancellation cancellation, int storeRows, TransferProgress progress)
            throws SQLException {
        this.connection = connection;
        this.cancellation = cancellation;
        this.progress = progress;
        this.storeRows = storeRows;
        this.maxWaiting = Math.max(4, storeRows / NormalizedRows.CHUNK_ROWS * 3 / 2);
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.hook = cancellation.onCancel(this::cancelRunning);
    }

    private void cancelRunning() {
        Statement statement = running.get();
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException ignored) {
                // The statement ended meanwhile; the transaction is rolled back anyway.
            }
        }
    }

    /**
     * Runs on the caller's thread, before any other work: the caller may use the connection itself
     * until its first {@link #createCategory}, {@link #flush} or {@link #store}.
     */
    void begin() throws SQLException {
        LongWork.allow(connection);
        try (Statement statement = connection.createStatement()) {
            for (String setting : SETTINGS) {
                statement.execute(setting);
            }
            statement.execute("CREATE TEMP TABLE import_rows (original_number varchar(50) NOT NULL,"
                    + " normalized_number varchar(20) NOT NULL, category_id integer NOT NULL, kind smallint NOT NULL,"
                    + " line_type text NOT NULL) ON COMMIT DROP");
        }
    }

    /** Waits, on the database thread, until no other import of this database is storing. */
    private void takeTurn() throws SQLException, InterruptedException {
        try (Statement statement = connection.createStatement()) {
            while (true) {
                cancellation.check();
                try (ResultSet rs = statement.executeQuery(TAKE_TURN)) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return;
                    }
                }
                if (!waitingForTurn) {
                    log.info("Waiting for another import into this database to finish");
                    waitingForTurn = true;
                    progress.update(TransferProgress.Stage.WAITING, 0, -1);
                }
                Thread.sleep(TURN_POLL_MILLIS);
            }
        } finally {
            waitingForTurn = false;
        }
    }

    /**
     * The progress the caller reports through while reading and storing: {@link TransferProgress.Stage#WAITING}
     * instead of its own stage while another import stores, as the database thread reported when it began to wait.
     */
    TransferProgress progress() {
        return (stage, rows, fraction) -> progress.update(
                waitingForTurn ? TransferProgress.Stage.WAITING : stage, rows, fraction);
    }

    /**
     * Creates the category unless it exists (perhaps made meanwhile on another desktop) and returns
     * its id; on the database thread, after the rows sent before it.
     */
    int createCategory(String name) throws SQLException {
        Future<Integer> id = submit(() -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO categories (name) VALUES (?) ON CONFLICT (name) DO NOTHING");
                 PreparedStatement select = connection.prepareStatement(
                         "SELECT id FROM categories WHERE name = ? FOR KEY SHARE")) {
                insert.setString(1, name);
                if (insert.executeUpdate() == 1) {
                    created.add(name);
                }
                select.setString(1, name);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
        awaitAll();
        return await(id);
    }

    /**
     * Buffers one valid row, with what kind of line it is, for the next {@link #flush()}; a number
     * already sent from an earlier row of the file is only counted.
     */
    void add(String original, String e164, int categoryId, NumberType type) {
        added++;
        if (!sent.add(LongSet.key(e164))) {
            return;
        }
        line.setLength(0);
        line.append('"');
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append("\",").append(e164).append(',').append(categoryId).append(',')
                .append(NumberTypes.kindOf(type).code()).append(',').append(type.name()).append('\n');
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        buffer.write(bytes, 0, bytes.length);
        buffered++;
    }

    /**
     * Hands the buffered rows to the database thread, which COPYs them and inserts a batch once
     * {@code storeRows} are waiting. Returns at once unless that thread is far behind.
     */
    void flush() throws SQLException {
        if (buffer.size() == 0) {
            return;
        }
        cancellation.check();
        byte[] bytes = buffer.toByteArray();
        long rows = buffered;
        buffer.reset();
        buffered = 0;
        submit(() -> {
            copyIn(bytes);
            unstored += rows;
            if (unstored >= storeRows) {
                storeBatch();
            }
            return null;
        });
    }

    /** The categories this import created, in the order first met. */
    List<String> created() {
        return List.copyOf(created);
    }

    /** Valid rows added, repeats included. */
    long copied() {
        return added;
    }

    /** Inserts the rows still waiting and returns what every batch did. */
    Counts store() throws SQLException {
        flush();
        submit(() -> {
            if (unstored > 0) {
                storeBatch();
            }
            return null;
        });
        awaitAll();
        return new Counts(sent.size(), inserted);
    }

    private void copyIn(byte[] bytes) throws SQLException {
        cancellation.check();
        CopyIn in = copy.copyIn(COPY);
        try {
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** Moves the copied rows into phone_numbers, with their number_types rows, and empties the table. */
    private void storeBatch() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            running.set(statement);
            try {
                // A cancel from now on stops the statement; one that came before is seen here.
                cancellation.check();
                long start = System.nanoTime();
                try (ResultSet rs = statement.executeQuery(store)) {
                    rs.next();
                    SlowQueries.recordIfSlow(start, store);
                    inserted += rs.getLong(1);
                }
                statement.execute("TRUNCATE import_rows");
                unstored = 0;
            } finally {
                running.set(null);
            }
        }
    }

    /** A constant for the statement text: the version string is ours (the bundled library's). */
    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** Queues work for the database thread, first reporting a failure of earlier work, and waiting while too much is queued. */
    private <T> Future<T> submit(Callable<T> work) throws SQLException {
        if (!turnAsked) {
            // Before any write, a new category's included: an import that created a category and then
            // waited for its turn would hold up the one whose turn it is, should that one meet the name too.
            turnAsked = true;
            waiting.addLast(database.submit(() -> {
                takeTurn();
                return null;
            }));
        }
        while (!waiting.isEmpty() && (waiting.peekFirst().isDone() || waiting.size() >= maxWaiting)) {
            await(waiting.pollFirst());
        }
        Future<T> future = database.submit(work);
        waiting.addLast(future);
        return future;
    }

    /** Waits for all queued work, in order, so that the first failure is the one reported. */
    private void awaitAll() throws SQLException {
        while (!waiting.isEmpty()) {
            await(waiting.pollFirst());
        }
    }

    private <T> T await(Future<T> future) throws SQLException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Stops the database thread before the caller commits or rolls back: work not started is dropped,
     * a running statement is cancelled (after a failure elsewhere; normally nothing is left).
     */
    @Override
    public void close() {
        hook.close();
        waiting.forEach(future -> future.cancel(false));
        database.shutdown();
        // A cancelled task interrupts the caller; the database thread must still be stopped before
        // the caller rolls back on the same connection, so the interrupt waits until then.
        boolean interrupted = Thread.interrupted();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (!database.isTerminated()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The import's database work did not stop");
                }
                try {
                    // Again at each poll: a cancel that lands between two statements stops neither.
                    if (!database.awaitTermination(100, TimeUnit.MILLISECONDS)) {
                        cancelRunning();
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
