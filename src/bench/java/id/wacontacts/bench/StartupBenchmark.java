package id.wacontacts.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Start-up against its floor, measured alternately in one run: a bare JavaFX window with a table
 * ({@link BareWindow}) and WA Contacts on an existing data folder until its categories are listed,
 * both started from the app's jar in new JVMs. Each is timed from starting the process to the line
 * it prints ({@code Window shown …} / {@code Window usable (categories listed) …}); the first launch
 * (initdb on a new data folder) is timed once, first. Needs a display; on a server, from the
 * project's root after {@code mvn package -DskipTests}:
 * <pre>
 * xvfb-run -a -s '-screen 0 1440x900x24' mvn -Pbench test-compile exec:java \
 *     -Dexec.mainClass=id.wacontacts.bench.StartupBenchmark
 * </pre>
 * The app runs with the Java options its installed launcher passes ({@code --java-options} in
 * {@code installer/app-image.args}; {@code -Dbench.appJvmArgs=…} replaces them, {@code -Dbench.appJvmArgs=none} runs
 * it as a plain {@code java -jar}); the bare window with plain {@code java}. {@code -Dbench.runs=N} (default 3)
 * pairs; {@code -Dbench.jvmArgs=…} adds JVM options to both sides. {@code -Dbench.cds=true} also makes the
 * class-data-sharing archive the Linux package makes when it is installed (from
 * {@code installer/cds/wa-contacts.classlist}) and times the app with it.
 */
public final class StartupBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final Path JAR = Path.of(System.getProperty("bench.jar", "target/wa-contacts.jar"));
    private static final String TEST_CLASSES = System.getProperty("bench.classes", "target/test-classes");
    private static final List<String> JVM_ARGS = words(System.getProperty("bench.jvmArgs", ""));
    private static final List<String> APP_JVM_ARGS = new ArrayList<>(appJvmArgs());
    private static final boolean CDS = Boolean.getBoolean("bench.cds");
    private static final Path CLASS_LIST = Path.of("installer", "cds", "wa-contacts.classlist");
    private static final long TIMEOUT_SECONDS = 120;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("Build the jar first: mvn package -DskipTests (" + JAR + ")");
        }
        try (WorkFolder work = WorkFolder.create(Path.of("target", "bench-data"), "startup-")) {
            Path data = work.path().resolve("data");
            double first = time(app(data), "Window usable (categories listed)");
            System.out.printf(Locale.ROOT, "first launch (initdb)   %6.0f ms%n", first);
            System.out.println("the app's Java options: " + APP_JVM_ARGS);
            if (CDS) {
                // As the package's postinst does: a static archive of the listed classes, for this jar where it is.
                Path archive = work.path().resolve("wa-contacts.jsa");
                List<String> dump = java();
                dump.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + CLASS_LIST,
                        "-XX:SharedArchiveFile=" + archive, "-cp", JAR.toString()));
                Process dumping = new ProcessBuilder(dump).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (dumping.waitFor() != 0 || !Files.isRegularFile(archive)) {
                    throw new IllegalStateException("Could not make the archive: " + dump);
                }
                APP_JVM_ARGS.removeIf(option -> option.startsWith("-XX:SharedArchiveFile="));
                APP_JVM_ARGS.add("-XX:SharedArchiveFile=" + archive);
                System.out.printf(Locale.ROOT, "class-data-sharing archive %s (%d kB)%n", archive,
                        Files.size(archive) / 1024);
            }
            time(bare(), "Window shown"); // warm-up for both
            time(app(data), "Window usable (categories listed)");
            List<Double> bare = new ArrayList<>();
            List<Double> app = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                bare.add(time(bare(), "Window shown"));
                app.add(time(app(data), "Window usable (categories listed)"));
                System.out.printf(Locale.ROOT, "run %d: bare window %6.0f ms, app usable %6.0f ms%n", i + 1,
                        bare.get(i), app.get(i));
            }
            double bareMedian = median(bare);
            double appMedian = median(app);
            System.out.printf(Locale.ROOT, "bare window (median of %d)  %6.0f ms%n", RUNS, bareMedian);
            System.out.printf(Locale.ROOT, "app usable  (median of %d)  %6.0f ms%n", RUNS, appMedian);
            System.out.printf(Locale.ROOT, "ratio app / bare            %6.2f   (target <= 1.50)%n",
                    appMedian / bareMedian);
        }
    }

    private static List<String> bare() {
        List<String> command = java();
        command.addAll(List.of("-cp", JAR + java.io.File.pathSeparator + TEST_CLASSES,
                BareWindow.class.getName()));
        return command;
    }

    private static List<String> app(Path data) {
        List<String> command = java();
        command.addAll(APP_JVM_ARGS);
        // The window's console log says INFO here so the line can be read from the process's output.
        command.addAll(List.of("-Dwacontacts.console.level=INFO", "-jar", JAR.toString(),
                "--data-dir", data.toString()));
        return command;
    }

    private static List<String> java() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_ARGS);
        return command;
    }

    /** Milliseconds from starting {@code command} to the first output line containing {@code marker}. */
    private static double time(List<String> command, String marker) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        double elapsed = -1;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains(marker)) {
                    elapsed = (System.nanoTime() - start) / 1e6;
                    break;
                }
            }
            // Ends the app as a user's logout would; its shutdown hook stops the embedded server.
            process.destroy();
            try {
                while (out.readLine() != null) {
                    // drain, so the process never blocks on a full pipe while stopping
                }
            } catch (IOException e) {
                // the process ended and its pipe with it
            }
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Did not stop: " + command);
        }
        if (elapsed < 0) {
            throw new IllegalStateException("Never printed '" + marker + "': " + command);
        }
        return elapsed;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The launcher's {@code --java-options} of {@code installer/app-image.args}, unless told otherwise. */
    private static List<String> appJvmArgs() {
        String given = System.getProperty("bench.appJvmArgs");
        if ("none".equals(given)) {
            return List.of();
        }
        if (given != null) {
            return words(given);
        }
        try {
            List<String> options = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("installer", "app-image.args"))) {
                if (line.startsWith("--java-options ")) {
                    options.add(line.substring("--java-options ".length()).trim());
                }
            }
            return options;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
    }
}
