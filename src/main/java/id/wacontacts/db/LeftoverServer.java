package id.wacontacts.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crash recovery for a cluster: when WA Contacts was killed (task manager, power button on a
 * frozen window) its PostgreSQL server keeps running, and the next start would fail on the
 * {@code postmaster.pid} it holds. Such a server is stopped with a fast shutdown, as a normal close
 * would have done. The pid file is never deleted and no process is ever killed: a pid file whose
 * process is gone is PostgreSQL's own business (it replaces it), and one whose pid now belongs to
 * another program is reported, not removed.
 */
final class LeftoverServer {

    private static final Logger LOG = LoggerFactory.getLogger(LeftoverServer.class);
    static final String PID_FILE = "postmaster.pid";
    /** A fast shutdown ends with a checkpoint; after a large import that can take a while on a slow disk. */
    static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);
    private static final long POLL_INTERVAL_MS = 20;

    private LeftoverServer() {
    }

    /**
     * Stops the server a killed WA Contacts left running on this cluster, if there is one. Call only
     * while holding the data folder's lock, so the server cannot belong to a running WA Contacts.
     */
    static void stopIfRunning(Path cluster, Path binariesDirectory) {
        Path pidFile = cluster.resolve(PID_FILE);
        OptionalLong pid = pidFromFile(cluster);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.getAsLong()).filter(LeftoverServer::isRunning);
        if (process.isEmpty()) {
            LOG.info("{} names process {}, which is no longer running; PostgreSQL replaces such a file itself",
                    pidFile, pid.getAsLong());
            awaitReaped(pid.getAsLong());
            return;
        }
        if (!servesCluster(process.get(), cluster)) {
            // PostgreSQL would refuse to start ("Is another postmaster running?"); say why at once.
            throw new DatabaseStartException(DatabaseStartException.Problem.EMBEDDED_START_FAILED,
                    "The database in " + cluster + " cannot start: its file " + PID_FILE + " names process "
                            + pid.getAsLong() + " (" + process.get().info().command().orElse("unknown program")
                            + "), which is not its database server. If no other program uses this folder, the file is"
                            + " left over from a crash: delete " + pidFile + " and start WA Contacts again.");
        }
        stop(process.get(), cluster, binariesDirectory);
    }

    private static void stop(ProcessHandle postmaster, Path cluster, Path binariesDirectory) {
        LOG.warn("A database server (pid {}) is still running on {}, left by a WA Contacts that did not close properly;"
                + " stopping it with a fast shutdown", postmaster.pid(), cluster);
        long started = System.nanoTime();
        try {
            Path pgCtl = pgCtlFor(postmaster, binariesDirectory);
            int exit = PostgresTools.run(pgCtl, List.of("stop", "-D", cluster.toString(), "-m", "fast", "-w",
                    "-t", Long.toString(STOP_TIMEOUT.toSeconds())));
            waitForExit(postmaster, Duration.ofSeconds(10));
            if (isRunning(postmaster)) {
                throw new DatabaseStartException(DatabaseStartException.Problem.EMBEDDED_START_FAILED,
                        "A database server left running on " + cluster + " (process " + postmaster.pid()
                                + ") did not stop (pg_ctl exit code " + exit + ").");
            }
        } catch (IOException e) {
            throw new DatabaseStartException(DatabaseStartException.Problem.EMBEDDED_START_FAILED,
                    "A database server left running on " + cluster + " (process " + postmaster.pid()
                            + ") could not be stopped: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseStartException(DatabaseStartException.Problem.EMBEDDED_START_FAILED,
                    "Interrupted while stopping the database server left running on " + cluster + ".", e);
        }
        LOG.info("Stopped the leftover database server in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /**
     * PostgreSQL takes a pid that still exists, even as an exited process not yet reaped by init, for a
     * running server; wait a moment for init (some containers reap only every second or two).
     */
    private static void awaitReaped(long pid) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        try {
            while (ProcessHandle.of(pid).isPresent() && System.nanoTime() < deadline) {
                Thread.sleep(POLL_INTERVAL_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The running PostgreSQL server that {@code postmaster.pid} names for this cluster, if any. */
    static Optional<ProcessHandle> runningServer(Path cluster) {
        OptionalLong pid = pidFromFile(cluster);
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid.getAsLong())
                .filter(LeftoverServer::isRunning)
                .filter(process -> servesCluster(process, cluster));
    }

    /**
     * Waits until the process has exited or the time is up. Polls: {@link ProcessHandle#onExit()} polls
     * slowly for a process that is not our child, and the server never is (pg_ctl starts it).
     */
    static void waitForExit(ProcessHandle process, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isRunning(process) && System.nanoTime() < deadline) {
            Thread.sleep(POLL_INTERVAL_MS);
        }
    }

    /**
     * Alive and not a zombie. The server is never our child (pg_ctl starts it), so once it exits it
     * waits for init to reap it, which some containers do only every second or two; Java counts such
     * a zombie as alive.
     */
    static boolean isRunning(ProcessHandle process) {
        if (!ProcessHandle.of(process.pid()).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        try {
            String line = Files.readString(stat, StandardCharsets.US_ASCII);
            // "pid (name) S ...": the state is the first field after the name, which may contain spaces.
            int endOfName = line.lastIndexOf(')');
            char state = endOfName >= 0 && endOfName + 2 < line.length() ? line.charAt(endOfName + 2) : 'R';
            return state != 'Z' && state != 'X';
        } catch (IOException | SecurityException e) {
            return !Files.isDirectory(stat.getParent().getParent()) || Files.exists(stat.getParent());
        }
    }

    /**
     * Whether the process is a PostgreSQL server of this cluster: its program is {@code postgres}, and its
     * {@code -D} argument, where the system shows it, is this cluster. An unknown program is not one: pg_ctl
     * would signal whatever the pid file names.
     */
    private static boolean servesCluster(ProcessHandle process, Path cluster) {
        ProcessHandle.Info info = process.info();
        Optional<String> command = info.command();
        if (command.isEmpty() || !isPostgres(command.get())) {
            return false;
        }
        Optional<Path> served = info.arguments().flatMap(LeftoverServer::dataDirectoryArgument);
        return served.isEmpty() || served.get().equals(cluster.toAbsolutePath().normalize());
    }

    private static Optional<Path> dataDirectoryArgument(String[] arguments) {
        for (int i = 0; i < arguments.length - 1; i++) {
            if (arguments[i].equals("-D")) {
                return Optional.of(Path.of(arguments[i + 1]).toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    private static OptionalLong pidFromFile(Path cluster) {
        Path file = cluster.resolve(PID_FILE);
        if (!Files.exists(file)) {
            return OptionalLong.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return OptionalLong.empty();
            }
            long pid = Long.parseLong(lines.get(0).strip());
            // A negative pid marks a single-user backend; there is no server to stop then.
            return pid > 0 ? OptionalLong.of(pid) : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            LOG.warn("Cannot read {}: {}", file, e.toString());
            return OptionalLong.empty();
        }
    }

    private static boolean isPostgres(String command) {
        Path program = Path.of(command.replace(" (deleted)", "")).getFileName();
        return program != null && program.toString().equals(PostgresTools.executableName("postgres"));
    }

    /** The pg_ctl beside the running server's own binary, else the newest one in the cache. */
    private static Path pgCtlFor(ProcessHandle postmaster, Path binariesDirectory) throws IOException {
        Optional<Path> besideServer = postmaster.info().command()
                .map(Path::of)
                .map(server -> server.resolveSibling(PostgresTools.executableName("pg_ctl")))
                .filter(Files::isRegularFile);
        if (besideServer.isPresent()) {
            return besideServer.get();
        }
        return PostgresTools.findInCache(binariesDirectory, "pg_ctl")
                .orElseThrow(() -> new IOException("no pg_ctl found in " + binariesDirectory));
    }
}
