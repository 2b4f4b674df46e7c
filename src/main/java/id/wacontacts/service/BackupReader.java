package id.wacontacts.service;

import id.wacontacts.domain.BackupInfo;
import id.wacontacts.service.BackupFileException.Problem;
import id.wacontacts.service.BackupFormat.Table;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import javax.crypto.Mac;

/**
 * Reads a backup file and checks it from its first byte to its last: the header ({@link BackupHeader}), the structure,
 * each row against the app's own rules ({@link BackupRows}), each table's row count against the
 * header, and the checksum on the last line. Rows and sequence
 * positions go to a {@link Handler} as they are read; a restore runs in a transaction, so it rolls
 * back when a check fails at the end.
 */
final class BackupReader {

    /** Receives the file's contents in order. */
    interface Handler {
        /** Ignores everything: reading only checks the file. */
        Handler CHECK_ONLY = new Handler() {
        };

        default void startCopy(Table table) throws SQLException {
        }

        /** One row in COPY text format, its newline included. */
        default void row(byte[] buffer, int offset, int length) throws SQLException {
        }

        /** @return how many rows the database loaded, or -1 when nothing was loaded */
        default long endCopy() throws SQLException {
            return -1;
        }

        default void sequence(Table table, long value, boolean called) throws SQLException {
        }
    }

    private final Path file;
    private BackupRows checks;
    /** The first row that breaks the rules: reported once the checksum shows the file is not merely damaged. */
    private BackupFileException firstRefused;
    /** This computer's key, fed every line up to the signature line; null once there or without a key. */
    private Mac mac;
    private boolean signedHere;
    private String checkedSha256;
    private String sha256;

    private BackupReader(Path file) {
        this.file = file;
    }

    /** Reads only the header: quick, for listing backups. Does not prove the rest of the file is intact. */
    static BackupInfo header(Path file) {
        BackupReader reader = new BackupReader(file);
        try (InputStream in = open(file)) {
            return BackupHeader.read(file, new ByteLines(in), lines -> { });
        } catch (IOException e) {
            throw reader.unreadable(e);
        }
    }

    /** Reads and checks the whole file, handing its contents to the handler. */
    static BackupInfo read(Path file, Handler handler, Optional<byte[]> signingKey) throws SQLException {
        return read(file, handler, signingKey, null).info();
    }

    /** A file read and checked whole, with the checksum it had then. */
    record Checked(BackupInfo info, String sha256) {
    }

    /**
     * @param checkedSha256 the checksum of the file when its rows were last checked, or null to check
     *     them now: with it, rows are not checked again (libphonenumber takes most of the time), and the
     *     file must still have that checksum, or it is refused as changed
     */
    static Checked read(Path file, Handler handler, Optional<byte[]> signingKey, String checkedSha256)
            throws SQLException {
        BackupReader reader = new BackupReader(file);
        reader.mac = signingKey.map(BackupSignature::mac).orElse(null);
        reader.checkedSha256 = checkedSha256;
        try (InputStream in = open(file)) {
            MessageDigest sha256 = BackupWriter.sha256();
            ByteLines lines = new ByteLines(in);
            BackupInfo info = BackupHeader.read(file, lines, line -> reader.digest(line, sha256));
            reader.readBody(lines, sha256, info, handler);
            return new Checked(info, reader.sha256);
        } catch (IOException e) {
            throw reader.unreadable(e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    private void readBody(ByteLines lines, MessageDigest sha256, BackupInfo info, Handler handler)
            throws IOException, SQLException {
        // The header counts the contacts; the history's blocks are covered by the checksum alone.
        Map<Table, Long> expected = Map.of(Table.CATEGORIES, info.categories(), Table.PHONE_NUMBERS, info.phoneNumbers());
        Map<Table, Boolean> sequences = new EnumMap<>(Table.class);
        int nextTable = 0;
        while (lines.next()) {
            if (!lines.terminated()) {
                throw cutShort();
            }
            if (startsWith(lines, BackupSignature.LINE_PREFIX) && mac != null) {
                signedHere = BackupSignature.confirms(mac, lines.text().substring(BackupSignature.LINE_PREFIX.length()));
                mac = null;
            }
            if (startsWith(lines, BackupFormat.TRAILER_PREFIX)) {
                checkTrailer(lines, sha256, nextTable, sequences);
                return;
            }
            digest(lines, sha256);
            if (nextTable < Table.values().length && lines.is(Table.values()[nextTable].copyInLine())) {
                Table table = Table.values()[nextTable++];
                copyBlock(lines, sha256, table, expected.getOrDefault(table, -1L), handler);
            } else if (startsWith(lines, "SELECT pg_catalog.setval(")) {
                Matcher setval = BackupFormat.SETVAL.matcher(lines.text());
                if (!setval.matches()) {
                    throw damaged("line " + lines.number() + " is not a sequence position");
                }
                Table table = Table.valueOf(setval.group(1).toUpperCase(java.util.Locale.ROOT));
                if (sequences.put(table, Boolean.TRUE) != null) {
                    throw damaged("line " + lines.number() + " sets the " + table.name + " sequence a second time");
                }
                handler.sequence(table, Long.parseLong(setval.group(2)), Boolean.parseBoolean(setval.group(3)));
            } else if (startsWith(lines, "COPY ")) {
                throw damaged("line " + lines.number() + " copies rows into an unexpected table or columns");
            }
            // Any other line is the SQL that only psql runs (settings, transaction, guard); the checksum covers it.
        }
        throw cutShort();
    }

    private void copyBlock(ByteLines lines, MessageDigest sha256, Table table, long expectedRows, Handler handler)
            throws IOException, SQLException {
        handler.startCopy(table);
        long rows = 0;
        if (checks == null) {
            checks = new BackupRows();
        }
        while (true) {
            if (!lines.next() || !lines.terminated()) {
                throw cutShort();
            }
            digest(lines, sha256);
            byte[] buffer = lines.buffer();
            int offset = lines.offset();
            if (lines.length() == 2 && buffer[offset] == '\\' && buffer[offset + 1] == '.') {
                break;
            }
            BackupRows.Refusal refusal = checkedSha256 != null ? null : checks.check(table, buffer, offset, lines.length());
            if (refusal != null && firstRefused == null) {
                // Reported at the end unless the file proves to be this computer's own (its rows as the
                // database held them); a restore's transaction rolls back when it is reported.
                firstRefused = invalidRow(lines.number(), refusal);
            }
            handler.row(buffer, offset, lines.length() + 1);
            rows++;
        }
        long loaded = handler.endCopy();
        if ((expectedRows >= 0 && rows != expectedRows) || (loaded >= 0 && loaded != rows)) {
            throw damaged("it holds " + rows + " " + table.name + " rows where its header says " + expectedRows);
        }
    }

    private void checkTrailer(ByteLines lines, MessageDigest sha256, int tables, Map<Table, Boolean> sequences)
            throws IOException {
        String recorded = lines.text().substring(BackupFormat.TRAILER_PREFIX.length());
        if (lines.next()) {
            throw damaged("something was added after its last line");
        }
        this.sha256 = HexFormat.of().formatHex(sha256.digest());
        if (!this.sha256.equalsIgnoreCase(recorded)) {
            throw damaged("its contents do not match its checksum: it was edited or damaged after it was made");
        }
        if (checkedSha256 != null && !checkedSha256.equalsIgnoreCase(this.sha256)) {
            throw damaged("it changed while it was being restored");
        }
        // Format 1 holds the contacts only; format 2 adds the history, the trash and the event log.
        int expectedTables = tables <= Table.CHANGE_LOG.ordinal() ? Table.CHANGE_LOG.ordinal() : Table.values().length;
        long expectedSequences = java.util.Arrays.stream(Table.values()).limit(expectedTables).filter(Table::sequenced).count();
        if (tables != expectedTables || sequences.size() != expectedSequences
                || !sequences.keySet().stream().allMatch(table -> table.ordinal() < tables)) {
            throw damaged("a table or a sequence position is missing");
        }
        if (firstRefused != null && !signedHere) {
            throw firstRefused;
        }
    }

    private static boolean startsWith(ByteLines lines, String prefix) {
        return lines.length() >= prefix.length() && lines.text().startsWith(prefix);
    }

    private void digest(ByteLines lines, MessageDigest sha256) {
        if (sha256 != null) {
            sha256.update(lines.buffer(), lines.offset(), lines.length());
            sha256.update((byte) '\n');
        }
        if (mac != null && sha256 != null) {
            mac.update(lines.buffer(), lines.offset(), lines.length());
            mac.update((byte) '\n');
        }
    }

    private BackupFileException cutShort() {
        return damaged("it ends before its last line: it was cut short (an interrupted copy or a full disk?)");
    }

    private BackupFileException damaged(String why) {
        return BackupHeader.damaged(file, why);
    }

    private BackupFileException invalidRow(long line, BackupRows.Refusal refusal) {
        String why = switch (refusal.problem()) {
            case INVALID_NUMBER -> "holds \"" + refusal.value() + "\", which is not a valid phone number";
            case CATEGORY_NAME -> "holds the category name \"" + refusal.value() + "\", which WA Contacts does not allow";
            case CATEGORY_DESCRIPTION -> "holds a category description longer than WA Contacts allows";
            case UNKNOWN_CATEGORY -> "puts a number in category " + refusal.value() + ", which the file does not hold";
            case MALFORMED -> "is not a row WA Contacts writes";
        };
        return BackupFileException.invalidRow(file, line, refusal.problem(), refusal.value(),
                file + " was not restored: line " + line + " " + why + ". Nothing was changed.");
    }

    private BackupFileException unreadable(IOException e) {
        if (e instanceof ByteLines.LineTooLongException) {
            return new BackupFileException(Problem.NOT_A_BACKUP, file, file + " is not a WA Contacts backup ("
                    + e.getMessage() + ").", e);
        }
        if (e instanceof NoSuchFileException) {
            return new BackupFileException(Problem.FILE_ACCESS, file, file + " does not exist.", e);
        }
        return new BackupFileException(Problem.FILE_ACCESS, file, file + " cannot be read: " + e.getMessage(), e);
    }
}
