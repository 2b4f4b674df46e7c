package id.wacontacts.service;

import id.wacontacts.db.ConnectionSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test helpers for backup files: a database's whole contents as text, re-signed edits, running psql. */
final class BackupFiles {

    private BackupFiles() {
    }

    /** Every row of both tables, column by column, and both sequences' positions: equal text, equal contents. */
    static String contents(ConnectionSettings settings) {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            StringBuilder text = new StringBuilder();
            for (String sql : List.of(
                    "SELECT coalesce(string_agg(c::text, E'\\n' ORDER BY id), '') FROM categories c",
                    "SELECT coalesce(string_agg(p::text, E'\\n' ORDER BY id), '') FROM phone_numbers p",
                    "SELECT last_value || ' ' || is_called FROM categories_id_seq",
                    "SELECT last_value || ' ' || is_called FROM phone_numbers_id_seq")) {
                try (ResultSet rs = statement.executeQuery(sql)) {
                    rs.next();
                    text.append(rs.getString(1)).append("\n--\n");
                }
            }
            return text.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code text} as the backup's body and gives it a matching checksum, as a deliberate forger would. */
    static void resign(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int trailer = text.lastIndexOf(BackupFormat.TRAILER_PREFIX);
            String body = text.substring(0, trailer);
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            Files.writeString(file, body + BackupFormat.trailer(HexFormat.of().formatHex(hash)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new IllegalArgumentException("not in the file: " + from);
            }
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What psql printed and how it exited. */
    record PsqlRun(int exitCode, String output) {
    }

    /** Loads a file exactly as the README says: {@code psql -v ON_ERROR_STOP=1 -d DB -f FILE}. */
    static PsqlRun psql(ConnectionSettings settings, Path file) {
        return runPsql(settings, file, "-v", "ON_ERROR_STOP=1");
    }

    /** Loads a file with plain {@code psql -d DB -f FILE}: no ON_ERROR_STOP given. */
    static PsqlRun plainPsql(ConnectionSettings settings, Path file) {
        return runPsql(settings, file);
    }

    private static PsqlRun runPsql(ConnectionSettings settings, Path file, String... options) {
        URI uri = URI.create(settings.jdbcUrl().substring("jdbc:".length()));
        List<String> command = new java.util.ArrayList<>(List.of("psql", "-X"));
        command.addAll(List.of(options));
        command.addAll(List.of("-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", settings.user(),
                "-d", uri.getPath().substring(1), "-f", file.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", settings.password());
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroy();
                throw new IllegalStateException("psql did not finish: " + output);
            }
            return new PsqlRun(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("psql (package postgresql-client) must be installed for this test", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
