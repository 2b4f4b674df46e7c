package id.wacontacts.db;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the unpacked PostgreSQL programs the way the embedded server library does: PostgreSQL
 * refuses to run as root, so as root on Linux each program goes through {@code unshare -U} (a user
 * namespace where the process is not root); as any other user it runs directly.
 */
final class PostgresTools {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresTools.class);
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    private PostgresTools() {
    }

    /** Whether this process runs as root on Linux, where PostgreSQL needs a user namespace. */
    static boolean runsAsRoot() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            return false;
        }
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the library will wrap PostgreSQL's programs in {@code unshare -U} (its own, cached decision). */
    static boolean usesUserNamespace() {
        return LinuxUtils.isUnshareAvailable();
    }

    static String executableName(String program) {
        return WINDOWS ? program + ".exe" : program;
    }

    /** Runs a program and logs its output; returns its exit code. */
    static int run(Path program, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (usesUserNamespace()) {
            command.add("unshare");
            command.add("-U");
        }
        command.add(program.toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            output.lines().forEach(line -> LOG.info("{}: {}", program.getFileName(), line));
        }
        return process.waitFor();
    }

    /**
     * The most recently unpacked copy of a program in the binaries cache. The library unpacks each
     * binaries archive into its own {@code PG-<digest>} folder and marks it complete with {@code .exists}.
     */
    static Optional<Path> findInCache(Path binariesDirectory, String program) throws IOException {
        if (!Files.isDirectory(binariesDirectory)) {
            return Optional.empty();
        }
        try (Stream<Path> unpacked = Files.list(binariesDirectory)) {
            return unpacked
                    .filter(dir -> dir.getFileName().toString().startsWith("PG-"))
                    .filter(dir -> Files.exists(dir.resolve(".exists")))
                    .map(dir -> dir.resolve("bin").resolve(executableName(program)))
                    .filter(Files::isRegularFile)
                    .max(Comparator.comparingLong(PostgresTools::lastModified));
        }
    }

    /** Whether the cache holds no completely unpacked binaries yet, so this start will unpack them. */
    static boolean needsUnpacking(Path binariesDirectory) {
        try {
            return findInCache(binariesDirectory, "postgres").isEmpty();
        } catch (IOException e) {
            return true;
        }
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file.getParent().getParent().resolve(".exists")).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
