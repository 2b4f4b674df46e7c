package id.wacontacts.service;

import id.wacontacts.domain.BackupInfo;
import id.wacontacts.service.BackupFileException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Parses a backup file's header: its first line, the {@code -- key: value} fields up to
 * {@link BackupFormat#HEADER_END}, and what they promise (format and schema version, creation time,
 * row counts). {@link BackupReader} reads the body that follows and checks it against these promises.
 */
final class BackupHeader {

    private static final int MAX_HEADER_LINES = 100;

    private final Path file;

    private BackupHeader(Path file) {
        this.file = file;
    }

    /**
     * Reads the header lines from {@code lines}, handing each to {@code digest} (for the checksum and
     * the signature) as it goes.
     */
    static BackupInfo read(Path file, ByteLines lines, Consumer<ByteLines> digest) throws IOException {
        return new BackupHeader(file).read(lines, digest);
    }

    private BackupInfo read(ByteLines lines, Consumer<ByteLines> digest) throws IOException {
        if (!lines.next()) {
            throw new BackupFileException(Problem.NOT_A_BACKUP, file, file + " is empty: it is not a WA Contacts backup.");
        }
        digest.accept(lines);
        if (!lines.terminated() || !lines.is(BackupFormat.FIRST_LINE)) {
            throw new BackupFileException(Problem.NOT_A_BACKUP, file, file + " is not a WA Contacts backup"
                    + (isPgDump() ? " (it is a pg_dump file; WA Contacts restores only its own backups)."
                            : " (it does not start with \"" + BackupFormat.FIRST_LINE + "\")."));
        }
        Map<String, String> fields = new HashMap<>();
        while (true) {
            if (!lines.next() || !lines.terminated()) {
                throw damaged(file, "it ends inside its header");
            }
            digest.accept(lines);
            if (lines.is(BackupFormat.HEADER_END)) {
                break;
            }
            String line = lines.text();
            int colon = line.indexOf(": ");
            if (!line.startsWith("-- ") || colon < 0 || lines.number() > MAX_HEADER_LINES) {
                throw damaged(file, "its header is broken at line " + lines.number());
            }
            fields.put(line.substring(3, colon), line.substring(colon + 2));
        }
        int format = (int) number(fields, BackupFormat.KEY_FORMAT);
        if (format > BackupFormat.FORMAT_VERSION) {
            throw new BackupFileException(Problem.NEWER_VERSION, file, file + " was made by a newer version of WA Contacts"
                    + " (backup format " + format + "); install that version to restore it.");
        }
        String schemaVersion = field(fields, BackupFormat.KEY_SCHEMA_VERSION);
        if (!BackupFormat.SCHEMA_VERSION.matcher(schemaVersion).matches()) {
            throw damaged(file, "its schema version \"" + schemaVersion + "\" is not a version");
        }
        Instant createdAt;
        try {
            createdAt = Instant.parse(field(fields, BackupFormat.KEY_CREATED_AT));
        } catch (DateTimeParseException e) {
            throw damaged(file, "its creation time is not a time");
        }
        return new BackupInfo(file, field(fields, BackupFormat.KEY_APP_VERSION), schemaVersion, createdAt,
                number(fields, BackupFormat.KEY_CATEGORIES), number(fields, BackupFormat.KEY_PHONE_NUMBERS),
                Files.size(file));
    }

    private boolean isPgDump() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(1024), StandardCharsets.UTF_8);
            return start.contains("PostgreSQL database dump") || start.startsWith("PGDMP");
        }
    }

    private String field(Map<String, String> fields, String key) {
        String value = fields.get(key);
        if (value == null || value.isBlank()) {
            throw damaged(file, "its header has no \"" + key + "\"");
        }
        return value.strip();
    }

    private long number(Map<String, String> fields, String key) {
        try {
            long value = Long.parseLong(field(fields, key));
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw damaged(file, "its header's \"" + key + "\" is not a number");
        }
    }

    /** The one wording for a file that is a backup but not intact. */
    static BackupFileException damaged(Path file, String why) {
        return new BackupFileException(Problem.DAMAGED, file, file + " is damaged: " + why + ". Nothing was changed.");
    }
}
