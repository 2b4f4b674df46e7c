package id.wacontacts.db;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The configured database, open: the embedded server started in the data folder, or a shared
 * server, with its migrated pool. The window's composition and the command line's open it the same
 * way; closing closes the pool, then stops the embedded server.
 */
public final class Storage implements AutoCloseable {

    private final Optional<EmbeddedDatabase> embedded;
    private final Database database;
    private final Duration serverStart;
    private final Duration databaseOpen;

    private Storage(Optional<EmbeddedDatabase> embedded, Database database, Duration serverStart,
            Duration databaseOpen) {
        this.embedded = embedded;
        this.database = database;
        this.serverStart = serverStart;
        this.databaseOpen = databaseOpen;
    }

    /**
     * Starts the embedded server in {@code dataDir} (binaries unpacked to {@code binaries}) when no
     * {@code server} is given, then connects and migrates. {@code connecting} runs between the two.
     */
    public static Storage open(Path dataDir, Optional<ConnectionSettings> server, Path binaries, Runnable connecting) {
        long start = System.nanoTime();
        Optional<EmbeddedDatabase> embedded = server.isPresent() ? Optional.empty()
                : Optional.of(EmbeddedDatabase.start(dataDir, binaries));
        ConnectionSettings settings = server.orElseGet(() -> embedded.orElseThrow().connectionSettings());
        long serverStarted = System.nanoTime();
        try {
            connecting.run();
            Database database = Database.open(settings);
            Storage storage = new Storage(embedded, database, Duration.ofNanos(serverStarted - start),
                    Duration.ofNanos(System.nanoTime() - serverStarted));
            LoggerFactory.getLogger(Storage.class).info("Opened {} in {} ms (server start {} ms, database {} ms)",
                    embedded.isPresent() ? "the embedded database in " + dataDir : settings.displayUrl(),
                    storage.serverStart.plus(storage.databaseOpen).toMillis(), storage.serverStart.toMillis(),
                    storage.databaseOpen.toMillis());
            return storage;
        } catch (RuntimeException | Error e) {
            embedded.ifPresent(EmbeddedDatabase::close);
            throw e;
        }
    }

    public Database database() {
        return database;
    }

    public boolean embedded() {
        return embedded.isPresent();
    }

    /**
     * Whether the built-in server is gone (stopped, killed or crashed): it never comes back by itself,
     * and on its next start it listens on another port, so only opening again reaches the data.
     */
    public boolean embeddedServerStopped() {
        return embedded.map(server -> !server.isRunning()).orElse(false);
    }

    public Duration serverStart() {
        return serverStart;
    }

    public Duration databaseOpen() {
        return databaseOpen;
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            embedded.ifPresent(EmbeddedDatabase::close);
        }
    }
}
