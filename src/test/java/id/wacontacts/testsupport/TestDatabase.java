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
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One embedded PostgreSQL shared by every integration test in the JVM: started on first use in a
 * fresh folder under {@code target/test-data} (never the user's data folder), stopped and deleted
 * when the JVM exits. Tests that start and stop servers themselves use {@link #newDataDirectory}
 * and {@link #binariesDirectory} instead.
 *
 * <p>A data folder an earlier run left behind (its JVM was killed, or a test failed before
 * deleting its own) is deleted when the next run first uses this class, so none piles up.
 */
public final class TestDatabase {

    private static final String CLUSTER = "pgdata";
    private static final String PID_FILE = "postmaster.pid";
    private static EmbeddedDatabase shared;

    static {
        deleteLeftoversOfEarlierRuns();
    }

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
            Runtime.getRuntime().addShutdownHook(new Thread(() -> discard(database, dataDirectory),
                    "test-database-shutdown"));
            shared = database;
        }
        return shared;
    }

    /**
     * Stops the shared server and deletes its data at the JVM's end. Nothing in it is kept, so the
     * server gets an immediate shutdown (SIGQUIT), without the checkpoint a fast one writes: on a
     * busy disk that checkpoint plus the deletion outlasted the 30 s surefire grants its fork.
     */
    private static void discard(EmbeddedDatabase database, Path dataDirectory) {
        Path pidFile = dataDirectory.resolve(CLUSTER).resolve(PID_FILE);
        runningPostmaster(pidFile).ifPresent(pid -> {
            try {
                new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            } catch (IOException e) {
                // No kill command: the fast shutdown below does it, more slowly.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        database.close();
        // Never pull the folder from under a server that did not stop; the next run deletes it.
        if (!Files.exists(pidFile)) {
            deleteRecursively(dataDirectory);
        }
    }

    /** Deletes the data folders under {@link #testRoot()} whose server is not running. */
    private static void deleteLeftoversOfEarlierRuns() {
        Path parent = testRoot().resolve("data");
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (Stream<Path> folders = Files.list(parent)) {
            folders.filter(Files::isDirectory)
                    .filter(folder -> runningPostmaster(folder.resolve(CLUSTER).resolve(PID_FILE)).isEmpty())
                    .forEach(TestDatabase::deleteRecursively);
        } catch (IOException | UncheckedIOException e) {
            // Only tidying: a folder that cannot be deleted now is tried again next run.
        }
    }

    /** The pid in a server's {@code postmaster.pid} when that process is alive. */
    private static Optional<Long> runningPostmaster(Path pidFile) {
        try {
            String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
            long pid = Long.parseLong(first);
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
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
