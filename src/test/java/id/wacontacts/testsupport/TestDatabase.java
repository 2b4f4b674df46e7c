package id.wacontacts.testsupport;

import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.db.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One embedded PostgreSQL shared by every integration test in the JVM: started on first use in a
 * fresh folder under {@code target/test-data} (never the user's data folder), stopped and deleted
 * when the JVM exits. Tests that start and stop servers themselves use {@link #newDataDirectory}
 * and {@link #binariesDirectory} instead.
 */
public final class TestDatabase {

    private static EmbeddedDatabase shared;

    private TestDatabase() {
    }

    /** Connection settings of the shared server's application database ({@code wa_db}, non-superuser owner). */
    public static ConnectionSettings connectionSettings() {
        return embedded().connectionSettings();
    }

    /** Opens a connection to the shared server's application database. */
    public static Connection connect() throws SQLException {
        ConnectionSettings settings = connectionSettings();
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }

    /** The shared server, started on first call. */
    public static synchronized EmbeddedDatabase embedded() {
        if (shared == null) {
            Path dataDirectory = newDataDirectory("shared");
            EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, binariesDirectory());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                database.close();
                // Never pull the folder from under a server that did not stop; mvn clean removes it later.
                if (!Files.exists(dataDirectory.resolve("pgdata/postmaster.pid"))) {
                    deleteRecursively(dataDirectory);
                }
            }, "test-database-shutdown"));
            shared = database;
        }
        return shared;
    }

    /** The root of all test files: {@code target/test-data} (surefire sets {@code wacontacts.test.dir}). */
    public static Path testRoot() {
        return Path.of(System.getProperty("wacontacts.test.dir", "target/test-data")).toAbsolutePath().normalize();
    }

    /** The binaries cache all tests share, so the binaries are unpacked once per build. */
    public static Path binariesDirectory() {
        return testRoot().resolve("pg-bin");
    }

    /** A new, empty data folder under the test root. */
    public static Path newDataDirectory(String purpose) {
        try {
            Path parent = testRoot().resolve("data");
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, purpose + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a test data folder; for folders made by {@link #newDataDirectory} whose server is stopped. */
    public static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
