package id.wacontacts.bench;

import id.wacontacts.config.AppPaths;
import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.db.Database;
import id.wacontacts.db.EmbeddedDatabase;
import id.wacontacts.domain.BackupInfo;
import id.wacontacts.domain.RestoreResult;
import id.wacontacts.service.BackupService;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;

/**
 * Backup and restore of a million numbers on a fresh embedded database, and loading the backup with
 * psql. A plain harness, run with
 * {@code mvn -Pbench test-compile exec:java -Dexec.mainClass=id.wacontacts.bench.BackupBenchmark}.
 *
 * <p>By default psql loads into another database on the same embedded server. To load into a plain
 * PostgreSQL server instead, name a database the benchmark may drop and create there:
 * {@code -Dbench.server=postgresql://postgres:PASSWORD@127.0.0.1:5432/wa_bench_psql} (the role must be able
 * to create databases).
 */
public final class BackupBenchmark {

    private static final int NUMBERS = Integer.getInteger("bench.numbers", 1_000_000);

    private BackupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (WorkFolder work = WorkFolder.create(Path.of("target", "bench-data"), "backup-")) {
            run(work.path());
        }
    }

    private static void run(Path dataDir) throws Exception {
        try (EmbeddedDatabase server = EmbeddedDatabase.start(dataDir, AppPaths.defaultBinariesDirectory());
             Database database = Database.open(server.connectionSettings())) {
            BackupService backups = new BackupService(database.dataSource(), dataDir.resolve("backups"), Clock.systemDefaultZone());
            long fill = System.nanoTime();
            execute(server.connectionSettings(), "INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                    + " SELECT '0812-' || lpad(n::text, 8, '0'), '+62812' || lpad(n::text, 8, '0'), 1 + n % 5"
                    + " FROM generate_series(1, " + NUMBERS + ") n", "VACUUM ANALYZE phone_numbers");
            System.out.printf(Locale.ROOT, "%,d numbers inserted in %.1f s (every index present)%n", NUMBERS, seconds(fill));
            String original = contents(server.connectionSettings());

            Path file = dataDir.resolve("million.sql");
            long start = System.nanoTime();
            BackupInfo backup = backups.backup(file);
            System.out.printf(Locale.ROOT, "backup:                     %6.1f s, %.1f MB%n", seconds(start), backup.sizeBytes() / 1e6);

            start = System.nanoTime();
            backups.inspect(file);
            System.out.printf(Locale.ROOT, "check the file (restore preview): %.1f s%n", seconds(start));

            start = System.nanoTime();
            RestoreResult replaced = backups.restore(file, true);
            System.out.printf(Locale.ROOT, "restore --replace:          %6.1f s (includes saving the replaced contents first)%n",
                    seconds(start));
            check(original, contents(server.connectionSettings()), "restore --replace");
            Files.delete(replaced.earlierContents().orElseThrow());

            ConnectionSettings empty = newDatabase(server, "wa_restore");
            try (Database target = Database.open(empty)) {
                start = System.nanoTime();
                new BackupService(target.dataSource(), dataDir.resolve("backups"), Clock.systemDefaultZone()).restore(file, false);
                System.out.printf(Locale.ROOT, "restore into an empty db:   %6.1f s%n", seconds(start));
            }
            check(original, contents(empty), "restore into an empty database");

            ConnectionSettings psqlTarget = System.getProperty("bench.server") == null
                    ? newDatabase(server, "wa_psql") : serverDatabase(System.getProperty("bench.server"));
            try (Database migrated = Database.open(psqlTarget)) {
                // Opening it once is what migrates it, as the README's route says.
            }
            start = System.nanoTime();
            int exit = psql(psqlTarget, file);
            System.out.printf(Locale.ROOT, "psql -v ON_ERROR_STOP=1 -f: %6.1f s into %s (exit %d)%n", seconds(start),
                    psqlTarget.jdbcUrl(), exit);
            check(original, contents(psqlTarget), "psql load");
        }
    }

    private static ConnectionSettings newDatabase(EmbeddedDatabase server, String name) {
        ConnectionSettings app = server.connectionSettings();
        execute(server.superuserConnectionSettings(), "DROP DATABASE IF EXISTS " + name,
                "CREATE DATABASE " + name + " OWNER " + app.user());
        return new ConnectionSettings(app.jdbcUrl().replace("/" + EmbeddedDatabase.DATABASE_NAME, "/" + name),
                app.user(), app.password());
    }

    /** postgresql://user:password@host:port/database: dropped and created again. */
    private static ConnectionSettings serverDatabase(String url) {
        URI uri = URI.create(url);
        String[] credentials = uri.getUserInfo().split(":", 2);
        String name = uri.getPath().substring(1);
        String base = "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + "/";
        execute(new ConnectionSettings(base + "postgres", credentials[0], credentials[1]),
                "DROP DATABASE IF EXISTS " + name, "CREATE DATABASE " + name);
        return new ConnectionSettings(base + name, credentials[0], credentials[1]);
    }

    private static int psql(ConnectionSettings target, Path file) throws Exception {
        URI uri = URI.create(target.jdbcUrl().substring("jdbc:".length()));
        ProcessBuilder builder = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", uri.getHost(),
                "-p", String.valueOf(uri.getPort()), "-U", target.user(), "-d", uri.getPath().substring(1),
                "-f", file.toString()).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", target.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            System.out.println(output);
        }
        return exit;
    }

    /** A digest of every row of both tables and the sequences. */
    private static String contents(ConnectionSettings settings) {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT (SELECT md5(string_agg(c::text, '|' ORDER BY id)) FROM categories c)"
                     + " || (SELECT md5(string_agg(p::text, '|' ORDER BY id)) FROM phone_numbers p)"
                     + " || (SELECT last_value || '/' || is_called FROM categories_id_seq)"
                     + " || (SELECT last_value || '/' || is_called FROM phone_numbers_id_seq)"
                     + " || ' ' || (SELECT count(*) FROM phone_numbers)")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(String expected, String actual, String what) {
        System.out.println("  " + what + ": " + (expected.equals(actual) ? "identical to the source" : "DIFFERS: " + actual));
        if (!expected.equals(actual)) {
            throw new AssertionError(what + " differs from the source");
        }
    }

    private static void execute(ConnectionSettings settings, String... statements) {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute("SET TIME ZONE 'UTC'");
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
