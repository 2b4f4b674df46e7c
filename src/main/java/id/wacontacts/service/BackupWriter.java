package id.wacontacts.service;

import id.wacontacts.domain.BackupInfo;
import id.wacontacts.service.BackupFormat.Table;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.crypto.Mac;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes the two tables, and the history, trash and event log, as one connection's transaction
 * sees them, to a backup file. The file
 * appears under its name only when complete: it is written beside it under a temporary name,
 * forced to disk, then renamed, so a crash or a full disk never leaves half a backup that looks whole.
 */
final class BackupWriter {

    private static final int BUFFER = 1 << 20;

    private BackupWriter() {
    }

    /**
     * @param connection in a transaction whose snapshot and locks keep the tables still for its
     *     duration (the caller sets that up); rows are streamed, never held in memory
     * @param backupFolder the app's backup folder, beside which this computer's key is kept
     *     ({@link BackupSignature}); the key marks the file as this computer's own
     */
    static BackupInfo write(Connection connection, Path target, String appVersion, Path backupFolder)
            throws SQLException, IOException {
        String schemaVersion = SchemaVersion.current(connection);
        Instant createdAt;
        long categories;
        long phoneNumbers;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT now(), (SELECT count(*) FROM public.categories),"
                     + " (SELECT count(*) FROM public.phone_numbers)")) {
            rs.next();
            createdAt = rs.getObject(1, OffsetDateTime.class).toInstant().truncatedTo(ChronoUnit.SECONDS);
            categories = rs.getLong(2);
            phoneNumbers = rs.getLong(3);
        }
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "." + file.getFileName() + ".", ".partial");
        try {
            // Every customer's number: readable by its owner only, from the first byte (kept by the rename).
            BackupFolder.makeFilePrivate(partial);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            MessageDigest sha256 = sha256();
            try (FileOutputStream fileOut = new FileOutputStream(partial.toFile());
                 BufferedOutputStream buffered = new BufferedOutputStream(fileOut, BUFFER)) {
                OutputStream digested = new DigestOutputStream(buffered, sha256);
                // Made only once the file can be written, so a failed first backup leaves nothing behind.
                Mac mac = BackupSignature.mac(BackupSignature.keyForWriting(backupFolder));
                OutputStream out = new BackupSignature.MacOutputStream(digested, mac);
                write(out, BackupFormat.header(appVersion, schemaVersion, createdAt.toString(), categories, phoneNumbers));
                write(out, BackupFormat.preamble(schemaVersion));
                copyOut(copy, Table.CATEGORIES, categories, out);
                copyOut(copy, Table.PHONE_NUMBERS, phoneNumbers, out);
                // The history, the trash and the event log, from the same snapshot (format 2).
                for (Table table : Table.values()) {
                    if (table.history()) {
                        copyOut(copy, table, -1, out);
                    }
                }
                // Read after the rows: sequences ignore snapshots and only grow, so these are at least the ids
                // copied. Last before COMMIT: psql cannot undo a setval, so a file cut short must end before them.
                for (Table table : Table.values()) {
                    if (table.sequenced()) {
                        write(out, sequencePosition(connection, table));
                    }
                }
                write(out, BackupFormat.postamble());
                write(out, "COMMIT;\n\n");
                write(digested, BackupSignature.line(mac));
                digested.flush();
                write(buffered, BackupFormat.trailer(HexFormat.of().formatHex(sha256.digest())));
                buffered.flush();
                fileOut.getFD().sync();
            }
            moveIntoPlace(partial, file);
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        return new BackupInfo(file, appVersion, schemaVersion, createdAt, categories, phoneNumbers, Files.size(file));
    }

    private static void copyOut(CopyManager copy, Table table, long expectedRows, OutputStream out)
            throws SQLException, IOException {
        write(out, table.copyInLine() + "\n");
        long rows = copy.copyOut(table.copyOut(), new RowStartEscaper(out));
        if (expectedRows >= 0 && rows != expectedRows) {
            // Cannot happen inside one snapshot; a half-consistent backup must never be kept.
            throw new SQLException("Copied " + rows + " rows of " + table.name + " where " + expectedRows
                    + " were counted in the same snapshot");
        }
        write(out, BackupFormat.END_OF_COPY + "\n\n");
    }

    /**
     * Writes COPY's rows with each row's first byte as an octal escape ({@link BackupFormat}), so that
     * no row can be read by psql as a command. Rows arrive in chunks that need not end at a line.
     */
    private static final class RowStartEscaper extends FilterOutputStream {
        private boolean atRowStart = true;

        RowStartEscaper(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (atRowStart) {
                out.write(BackupFormat.escapedFirstByte(b));
            } else {
                out.write(b);
            }
            atRowStart = b == '\n';
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            int from = offset;
            int end = offset + length;
            for (int i = offset; i < end; i++) {
                if (atRowStart) {
                    out.write(bytes, from, i - from);
                    out.write(BackupFormat.escapedFirstByte(bytes[i]));
                    from = i + 1;
                }
                atRowStart = bytes[i] == '\n';
            }
            out.write(bytes, from, end - from);
        }

        @Override
        public void close() {
            // The file stays open: the writer goes on after this table.
        }
    }

    private static String sequencePosition(Connection connection, Table table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT pg_sequence_last_value(pg_get_serial_sequence(?, 'id')::regclass)")) {
            statement.setString(1, table.qualifiedName());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long last = rs.getLong(1);
                // NULL: never used (or reset), so the next id is 1.
                return rs.wasNull() ? table.setvalLine(1, false) + "\n" : table.setvalLine(last, true) + "\n";
            }
        }
    }

    private static void moveIntoPlace(Path partial, Path file) throws IOException {
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
