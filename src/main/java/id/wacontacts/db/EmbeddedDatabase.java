package id.wacontacts.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL 15 server WA Contacts runs for itself when no server is configured: started on a
 * cluster in the user's data folder, password-protected, reachable only from this computer, stopped
 * (and its data kept) by {@link #close()}.
 *
 * <p>Layout of the data folder: {@code pgdata/} (the cluster), {@code db-secret} (its password,
 * owner-only) and {@code wa-contacts.lock} (held while open). The binaries folder is only a cache.
 * The folders are checked and prepared by {@link EmbeddedFolders}, the cluster by {@link ClusterCheck},
 * {@link DiskSpace} and {@link DatabaseSecret}, a server left running by a crash by {@link LeftoverServer}.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    static final String CLUSTER_FOLDER = "pgdata";
    static final String SECRET_FILE = "db-secret";
    static final String SUPPORTED_MAJOR_VERSION = "15";
    /** The database the application uses. */
    public static final String DATABASE_NAME = "wa_db";
    /** The role the application connects as: owns {@link #DATABASE_NAME}, is not a superuser. */
    public static final String APPLICATION_USER = "wa_contacts";
    /** The cluster's superuser, made by initdb; for maintenance, never for the application. */
    public static final String SUPERUSER = "postgres";
    private static final String ADMIN_DATABASE = "postgres";
    private static final String HOST = "127.0.0.1";
    /** Generous: crash recovery replays the WAL before the server accepts connections. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration CLOSE_WAIT = LeftoverServer.STOP_TIMEOUT;

    /** How long each part of a start took; the first launch unpacks binaries and runs initdb. */
    public record StartupTimings(boolean unpackedBinaries, boolean createdCluster, Duration preparation,
            Duration serverStart, Duration databaseSetup, Duration total) {
    }

    private final EmbeddedPostgres server;
    private final DataFolderLock lock;
    private final Path dataDirectory;
    private final String secret;
    private final StartupTimings startupTimings;
    private final Thread shutdownHook;
    private boolean closed;

    private EmbeddedDatabase(EmbeddedPostgres server, DataFolderLock lock, Path dataDirectory, String secret,
            StartupTimings startupTimings) {
        this.server = server;
        this.lock = lock;
        this.dataDirectory = dataDirectory;
        this.secret = secret;
        this.startupTimings = startupTimings;
        // If the application exits without closing, still stop the server cleanly.
        this.shutdownHook = new Thread(this::close, "embedded-database-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts the server on the cluster in {@code dataDirectory/pgdata}, creating the cluster, its
     * password and the {@value #DATABASE_NAME} database on first use. Blocks for seconds: never call it on
     * the UI thread.
     *
     * @param dataDirectory the user's data folder; created if missing
     * @param binariesDirectory a per-user cache for the unpacked PostgreSQL binaries; its parent is made
     *     owner-only because the library makes this folder writable for everyone
     * @throws DatabaseStartException when the folder is in use, unusable or holds another PostgreSQL
     *     version, or the server does not start
     */
    public static EmbeddedDatabase start(Path dataDirectory, Path binariesDirectory) {
        long begin = System.nanoTime();
        Path data = dataDirectory.toAbsolutePath().normalize();
        Path binaries = binariesDirectory.toAbsolutePath().normalize();
        EmbeddedFolders.checkLayout(data, binaries);
        EmbeddedFolders.prepareDataDirectory(data);
        DataFolderLock lock = DataFolderLock.acquire(data);
        try {
            Path cluster = data.resolve(CLUSTER_FOLDER);
            boolean clusterExists = ClusterCheck.check(cluster, SUPPORTED_MAJOR_VERSION);
            DiskSpace.require(data, clusterExists);
            Path secretFile = data.resolve(SECRET_FILE);
            String secret = DatabaseSecret.loadOrCreate(secretFile, clusterExists);
            EmbeddedFolders.prepareBinariesDirectory(binaries);
            EmbeddedFolders.checkRootSupport();

            boolean unpack = PostgresTools.needsUnpacking(binaries);
            LOG.info("Starting the embedded database in {} ({}{})", data,
                    unpack ? "unpacking PostgreSQL binaries into " + binaries : "binaries cached in " + binaries,
                    clusterExists ? "" : ", creating a new cluster");
            AtomicLong prepared = new AtomicLong();
            EmbeddedPostgres server;
            try {
                server = startServer(cluster, binaries, secretFile, secret, prepared);
            } catch (DatabaseStartException e) {
                if (e.problem() == DatabaseStartException.Problem.EMBEDDED_START_FAILED && DiskSpace.full(data, e)) {
                    throw DiskSpace.full(data, DiskSpace.usable(data), e);
                }
                throw e;
            }
            EmbeddedFolders.restrictToOwner(binaries);
            long started = System.nanoTime();
            try {
                ApplicationDatabase.ensure(HOST, server.getPort(), secret);
            } catch (RuntimeException e) {
                stopQuietly(server);
                throw e;
            }
            long ready = System.nanoTime();
            StartupTimings timings = new StartupTimings(unpack, !clusterExists,
                    Duration.ofNanos(prepared.get() - begin), Duration.ofNanos(started - prepared.get()),
                    Duration.ofNanos(ready - started), Duration.ofNanos(ready - begin));
            LOG.info("Embedded database ready on {}:{} in {} ms ({} launch: binaries {}{} {} ms, server start {} ms,"
                            + " database check {} ms)",
                    HOST, server.getPort(), timings.total().toMillis(), clusterExists ? "warm" : "first",
                    unpack ? "unpacked" : "cached", clusterExists ? "" : " + initdb",
                    timings.preparation().toMillis(), timings.serverStart().toMillis(), timings.databaseSetup().toMillis());
            return new EmbeddedDatabase(server, lock, data, secret, timings);
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    private static EmbeddedPostgres startServer(Path cluster, Path binaries, Path secretFile, String secret,
            AtomicLong prepared) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                // The library's default deletes the whole cluster on close.
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT)
                // The server's and initdb's output go to our log (the library logs piped lines at INFO).
                .setOutputRedirector(ProcessBuilder.Redirect.PIPE)
                .setErrorRedirector(ProcessBuilder.Redirect.PIPE)
                // initdb: no "trust" line; the superuser gets the secret as password.
                .setLocaleConfig("auth-host", "scram-sha-256")
                .setLocaleConfig("auth-local", "scram-sha-256")
                .setLocaleConfig("pwfile", secretFile.toString())
                // Byte-order collation: the same on every OS, and immune to C-library collation
                // changes that would silently corrupt text indexes after an OS upgrade.
                .setLocaleConfig("locale", "C")
                .setConnectConfig("password", secret)
                .setDataDirectoryCustomizer(dir -> {
                    // Runs with the library's lock held, after initdb, before the server starts.
                    prepared.set(System.nanoTime());
                    LeftoverServer.stopIfRunning(cluster, binaries);
                });
        serverSettings().forEach(builder::setServerConfig);
        try {
            return builder.start();
        } catch (OverlappingFileLockException e) {
            // This process holds the folder's own lock, so the library's lock can only be left over from an
            // earlier failed start in this process (the library does not release it when its start fails).
            throw new DatabaseStartException(DatabaseStartException.Problem.EMBEDDED_START_FAILED,
                    "An earlier failed start left the database in " + cluster + " locked. Restart WA Contacts.", e);
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).startsWith("could not lock")) {
                throw DataFolderLock.alreadyRunning(cluster.getParent());
            }
            throw startFailed(e);
        } catch (DatabaseStartException e) {
            throw e;
        } catch (IOException | RuntimeException | ExceptionInInitializerError e) {
            throw startFailed(e);
        }
    }

    /** Settings passed on the server's command line at every start (they override postgresql.conf). */
    static Map<String, String> serverSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("listen_addresses", HOST);
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            // The value reaches the server through pg_ctl's shell, which turns '' into an empty value.
            // Windows already defaults to no Unix socket.
            settings.put("unix_socket_directories", "''");
        }
        // The library passes -F (fsync off) and synchronous_commit=off for speed: both lose data on a
        // power cut. These settings come later on the command line and win.
        settings.put("fsync", "on");
        settings.put("synchronous_commit", "on");
        // A backend notices a vanished client (killed app) within a second and releases its locks.
        settings.put("client_connection_check_interval", "1s");
        // The library asks for 300; PostgreSQL's default leaves room for the pool of 5, the CLI, tools and tests.
        settings.put("max_connections", "100");
        settings.put("timezone", "UTC");
        // Says to the app's own sessions that this is its embedded server, whose pg_hba.conf it wrote
        // (passwords checked): the check for a server that lets anyone in is skipped here.
        settings.put(OpenServerCheck.EMBEDDED_SETTING, "on");
        // A large import writes about a gigabyte of WAL and more dirty pages than shared_buffers
        // holds. Room for 32 MB of WAL and a background writer that cleans buffers ahead of the
        // importing session move those writes onto the desktop's other core (1,000,000-row INSERT:
        // 12.7 s -> 12.1-12.4 s). The WAL buffers stay resident (PostgreSQL's default is 4 MB); the
        // background writer wakes 20 times a second while the database writes and every 2.5 s
        // when it is idle (the default: 5 times and every 10 s).
        settings.put("wal_buffers", "32MB");
        settings.put("bgwriter_delay", "50ms");
        settings.put("bgwriter_lru_maxpages", "1000");
        settings.put("bgwriter_lru_multiplier", "10");
        return settings;
    }

    private static DatabaseStartException startFailed(Throwable e) {
        Throwable cause = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
        return new DatabaseStartException(DatabaseStartException.Problem.EMBEDDED_START_FAILED,
                "The embedded database did not start: " + cause.getMessage(), e);
    }

    private static void stopQuietly(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("Could not stop the embedded database", e);
        }
    }

    /** Where and as whom the application connects: {@value #APPLICATION_USER} on {@value #DATABASE_NAME}. */
    public ConnectionSettings connectionSettings() {
        return new ConnectionSettings(jdbcUrl(DATABASE_NAME), APPLICATION_USER, secret);
    }

    /** The cluster's superuser on the {@code postgres} database: for maintenance and tests only. */
    public ConnectionSettings superuserConnectionSettings() {
        return new ConnectionSettings(jdbcUrl(ADMIN_DATABASE), SUPERUSER, secret);
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + server.getPort() + "/" + database;
    }

    /** The data folder this server was started on (absolute). */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The TCP port on 127.0.0.1; a free one is chosen at every start. */
    public int port() {
        return server.getPort();
    }

    /** Whether the server's process is still there: false once closed, or when it was killed or crashed. */
    public synchronized boolean isRunning() {
        return !closed && LeftoverServer.runningServer(dataDirectory.resolve(CLUSTER_FOLDER)).isPresent();
    }

    public StartupTimings startupTimings() {
        return startupTimings;
    }

    /**
     * Stops the server with a fast shutdown (open transactions roll back, committed data is on disk)
     * and waits until it has exited. The data stays. Calling it again does nothing.
     */
    @Override
    public synchronized void close() {
        // Synchronized as a whole: a second caller (the shutdown hook) returns only once the server is down.
        if (closed) {
            return;
        }
        closed = true;
        long begin = System.nanoTime();
        Path cluster = dataDirectory.resolve(CLUSTER_FOLDER);
        Optional<ProcessHandle> postmaster = LeftoverServer.runningServer(cluster);
        try {
            // pg_ctl stop -m fast -w, but the library gives it only 5 seconds; wait for the rest below.
            stopQuietly(server);
            if (postmaster.isPresent()) {
                LeftoverServer.waitForExit(postmaster.get(), CLOSE_WAIT);
                if (LeftoverServer.isRunning(postmaster.get())) {
                    LOG.error("The database server (pid {}) did not stop within {} s; it will finish on its own",
                            postmaster.get().pid(), CLOSE_WAIT.toSeconds());
                }
            }
            LOG.info("Embedded database stopped in {} ms", Duration.ofNanos(System.nanoTime() - begin).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.close();
            removeShutdownHook();
        }
    }

    private void removeShutdownHook() {
        if (Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down.
        }
    }
}
