package id.wacontacts.service;

import id.wacontacts.service.BackupFormat.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Streams the file's rows into COPY and sets the sequences, inside the restore's transaction. */
final class BackupLoader implements BackupReader.Handler {
    private static final int BATCH = 1 << 16;
    private static final Logger log = LoggerFactory.getLogger(BackupLoader.class);

    private final CopyManager copy;
    private final Connection connection;
    private final byte[] batch = new byte[BATCH];
    private int batched;
    private CopyIn copyIn;
    private boolean historyLoaded;

    BackupLoader(CopyManager copy, Connection connection) {
        this.copy = copy;
        this.connection = connection;
    }

    @Override
    public void startCopy(Table table) throws SQLException {
        if (table.history()) {
            // Into a table of this transaction first: merged with the database's own history at the end.
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TABLE " + staging(table) + " (LIKE " + table.qualifiedName() + ")"
                        + " ON COMMIT DROP");
            }
            copyIn = copy.copyIn("COPY " + staging(table) + " (" + table.columns + ") FROM STDIN");
            historyLoaded = true;
            return;
        }
        copyIn = copy.copyIn(table.copyInLine().replace(" FROM stdin;", " FROM STDIN"));
    }

    private static String staging(Table table) {
        return "wa_backup_" + table.name;
    }

    /**
     * Merges the file's history, trash and event log (format 2) into the database's. An event the
     * database holds already (the same id, from the same transaction or time) stays as it is there
     * (an erasure may have masked it since); one it does not hold is added with its id. An event of
     * another database whose id is taken here by another event is added under a new id, and its
     * trash item follows it. The sequences move past every id. The file's trash items come back
     * unless an erasure masked their number. Nothing is done for a format 1 file.
     */
    void mergeHistory() throws SQLException {
        if (!historyLoaded) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (Table table : new Table[] {Table.CHANGE_LOG, Table.APP_EVENTS}) {
                String target = table.qualifiedName();
                String staged = staging(table);
                String same = table == Table.CHANGE_LOG ? "txid" : "happened_at";
                statement.execute("SELECT pg_catalog.setval(s, greatest(coalesce((SELECT max(id) FROM " + target + "), 0),"
                        + " coalesce((SELECT max(id) FROM " + staged + "), 0), coalesce(pg_catalog.pg_sequence_last_value(s), 0), 1))"
                        + " FROM (SELECT pg_catalog.pg_get_serial_sequence('" + target + "', 'id')::regclass AS s) q");
                statement.execute("CREATE TEMP TABLE " + staged + "_moved ON COMMIT DROP AS"
                        + " SELECT b.id AS old_id, nextval(pg_catalog.pg_get_serial_sequence('" + target + "', 'id')) AS new_id"
                        + " FROM " + staged + " b JOIN " + target + " l ON l.id = b.id AND l." + same + " <> b." + same
                        + " ORDER BY b.id");
                statement.execute("UPDATE " + staged + " b SET id = m.new_id FROM " + staged + "_moved m WHERE b.id = m.old_id");
                if (table == Table.CHANGE_LOG) {
                    statement.execute("UPDATE " + staging(Table.TRASH) + " b SET change_id = m.new_id FROM "
                            + staged + "_moved m WHERE b.change_id = m.old_id");
                }
                statement.execute("INSERT INTO " + target + " (" + table.columns + ") OVERRIDING SYSTEM VALUE"
                        + " SELECT " + table.columns + " FROM " + staged + " b"
                        + " WHERE NOT EXISTS (SELECT 1 FROM " + target + " l WHERE l.id = b.id) ORDER BY b.id");
            }
            statement.execute("INSERT INTO public.trash (change_id) SELECT b.change_id FROM " + staging(Table.TRASH) + " b"
                    + " JOIN public.change_log l ON l.id = b.change_id"
                    + " WHERE coalesce((l.number_before).normalized_number, '') NOT LIKE '%*%'"
                    + " ON CONFLICT (change_id) DO NOTHING");
        }
    }

    @Override
    public void row(byte[] buffer, int offset, int length) throws SQLException {
        if (batched + length > BATCH) {
            flush();
            if (length > BATCH) {
                copyIn.writeToCopy(buffer, offset, length);
                return;
            }
        }
        System.arraycopy(buffer, offset, batch, batched, length);
        batched += length;
    }

    private void flush() throws SQLException {
        if (batched > 0) {
            copyIn.writeToCopy(batch, 0, batched);
            batched = 0;
        }
    }

    @Override
    public long endCopy() throws SQLException {
        flush();
        long rows = copyIn.endCopy();
        copyIn = null;
        return rows;
    }

    /** Ends a COPY left open by a failure, so the transaction can roll back. */
    void abort() {
        if (copyIn != null && copyIn.isActive()) {
            try {
                copyIn.cancelCopy();
            } catch (SQLException e) {
                log.debug("Cancelling the COPY of a refused restore", e);
            }
        }
    }

    @Override
    public void sequence(Table table, long value, boolean called) throws SQLException {
        if (table.history()) {
            return; // set by mergeHistory, never below what the database has used
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence(?, 'id'), ?, ?)")) {
            statement.setString(1, table.qualifiedName());
            statement.setLong(2, value);
            statement.setBoolean(3, called);
            statement.execute();
        }
    }
}
