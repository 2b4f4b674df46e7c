package id.wacontacts.service;

import id.wacontacts.service.BackupFormat.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

    BackupLoader(CopyManager copy, Connection connection) {
        this.copy = copy;
        this.connection = connection;
    }

    @Override
    public void startCopy(Table table) throws SQLException {
        copyIn = copy.copyIn(table.copyInLine().replace(" FROM stdin;", " FROM STDIN"));
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
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence(?, 'id'), ?, ?)")) {
            statement.setString(1, table.qualifiedName());
            statement.setLong(2, value);
            statement.setBoolean(3, called);
            statement.execute();
        }
    }
}
