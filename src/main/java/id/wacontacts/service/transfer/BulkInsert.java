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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The database side of one import, inside the caller's transaction: rows are COPYed (CSV format,
 * so tabs and backslashes survive) into a temporary table that disappears at commit or rollback,
 * then moved into phone_numbers by one INSERT: the first row of each number in the file wins,
 * numbers stored before are left alone, and rows are inserted in number order, so two desktops
 * importing overlapping lists at once lock rows in the same order and never deadlock. Constraints,
 * indexes and triggers all stay in place.
 */
final class BulkInsert implements AutoCloseable {

    /** What the final INSERT did. */
    record Counts(long distinct, long inserted) {
    }

    /**
     * Memory for this transaction only: the sort behind DISTINCT ON, and the GIN pending-list
     * clean-up of trigram indexes, which runs in the inserting session with work_mem. A larger
     * pending list lets the trigram indexes take their entries in fewer, larger batches (measured
     * on 800,000 rows: 15.0 s with the default 4 MB, 14.3–14.5 s with 16 or 64 MB); 16 MB keeps
     * what is left pending at commit, which searches read linearly until autovacuum merges it, small.
     */
    private static final String[] SETTINGS = {
        "SET LOCAL work_mem = '64MB'",
        "SET LOCAL maintenance_work_mem = '256MB'",
        "SET LOCAL gin_pending_list_limit = '16MB'",
        // The store below writes every new number's number_types row itself; V13's trigger then skips them.
        "SET LOCAL wa.number_types_written = 'on'",
    };

    private static final String COPY = "COPY import_rows (line_no, original_number, normalized_number, category_id,"
            + " kind, line_type) FROM STDIN (FORMAT csv)";

    private static final String STORE = """
            WITH firsts AS MATERIALIZED (
                SELECT DISTINCT ON (normalized_number) original_number, normalized_number, category_id, kind, line_type
                FROM import_rows
                ORDER BY normalized_number, line_no
            ), stored AS (
                INSERT INTO phone_numbers (original_number, normalized_number, category_id)
                SELECT original_number, normalized_number, category_id FROM firsts
                ON CONFLICT (normalized_number) DO NOTHING
                RETURNING id, normalized_number, category_id, created_at
            ), typed AS (
                INSERT INTO number_types (phone_number_id, category_id, sort_time, kind, line_type, validated_with)
                SELECT s.id, s.category_id, COALESCE(s.created_at, '-infinity'), f.kind, f.line_type, :version
                FROM stored s JOIN firsts f USING (normalized_number)
            )
            SELECT (SELECT count(*) FROM firsts), (SELECT count(*) FROM stored)
            """;

    private final Connection connection;
    private final Cancellation cancellation;
    private final CopyManager copy;
    private final AtomicReference<Statement> running = new AtomicReference<>();
    private final Cancellation.Registration hook;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
    private final StringBuilder line = new StringBuilder(128);
    private final List<String> created = new ArrayList<>();
    private long copied;

    BulkInsert(Connection connection, Cancellation cancellation) throws SQLException {
        this.connection = connection;
        this.cancellation = cancellation;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.hook = cancellation.onCancel(() -> {
            Statement statement = running.get();
            if (statement != null) {
                try {
                    statement.cancel();
                } catch (SQLException ignored) {
                    // The statement ended meanwhile; the transaction is rolled back anyway.
                }
            }
        });
    }

    void begin() throws SQLException {
        LongWork.allow(connection);
        try (Statement statement = connection.createStatement()) {
            for (String setting : SETTINGS) {
                statement.execute(setting);
            }
            statement.execute("CREATE TEMP TABLE import_rows (line_no bigint NOT NULL,"
                    + " original_number varchar(50) NOT NULL, normalized_number varchar(20) NOT NULL,"
                    + " category_id integer NOT NULL, kind smallint NOT NULL, line_type text NOT NULL) ON COMMIT DROP");
        }
    }

    /** Creates the category unless it exists (perhaps made meanwhile on another desktop) and returns its id. */
    int createCategory(String name) throws SQLException {
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
    }

    /** Buffers one valid row, with what kind of line it is, for the next {@link #flush()}. */
    void add(long lineNo, String original, String e164, int categoryId, NumberType type) {
        line.setLength(0);
        line.append(lineNo).append(",\"");
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
        copied++;
    }

    /** Sends the buffered rows to the server with one COPY. */
    void flush() throws SQLException {
        if (buffer.size() == 0) {
            return;
        }
        cancellation.check();
        CopyIn in = copy.copyIn(COPY);
        try {
            byte[] bytes = buffer.toByteArray();
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
        buffer.reset();
    }

    /** The categories this import created, in the order first met. */
    List<String> created() {
        return List.copyOf(created);
    }

    long copied() {
        return copied;
    }

    /** Moves the copied rows into phone_numbers. */
    Counts store() throws SQLException {
        cancellation.check();
        try (Statement statement = connection.createStatement()) {
            running.set(statement);
            String sql = STORE.replace(":version", quoted(LibraryVersion.current()));
            long start = System.nanoTime();
            try (ResultSet rs = statement.executeQuery(sql)) {
                rs.next();
                SlowQueries.recordIfSlow(start, sql);
                return new Counts(rs.getLong(1), rs.getLong(2));
            } finally {
                running.set(null);
            }
        }
    }

    /** A constant for the statement text: the version string is ours (the bundled library's). */
    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    @Override
    public void close() {
        hook.close();
    }
}
