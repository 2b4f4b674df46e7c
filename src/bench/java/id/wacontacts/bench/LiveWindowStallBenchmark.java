package id.wacontacts.bench;

import id.wacontacts.app.WaContactsApp;
import id.wacontacts.config.AppPaths;
import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.db.Database;
import id.wacontacts.db.EmbeddedDatabase;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.transfer.ImportService;
import id.wacontacts.service.transfer.TransferProgress;
import id.wacontacts.ui.contact.ContactListViewModel;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/**
 * Whether the window stays responsive while another desktop imports: the real window (desktop B) on
 * a server, a pulse timer on its FX thread recording the gap between consecutive pulses, and a
 * 100,000-row import by a second desktop (desktop A: the app's {@code import} command in its own JVM;
 * {@code -Dbench.sameProcess=true} runs it in this JVM, whose collections then pause the window too). The floor is the same timer over
 * the same length of time with nothing happening, measured first in the same run. The target: no gap
 * over 100 ms while the import's changes arrive. {@code -Dbench.existingRows=N} (default 1,000) numbers are
 * stored before the window opens, so it shows a full page of rows while the import arrives, as an office
 * window does; with 0 the import's rows are the first the empty window ever shows. Needs a display; from
 * the project's root:
 * <pre>
 * xvfb-run -a -s '-screen 0 1440x900x24' mvn -Pbench test-compile exec:java \
 *     -Dexec.mainClass=id.wacontacts.bench.LiveWindowStallBenchmark [-Dbench.importRows=100000]
 * </pre>
 */
public final class LiveWindowStallBenchmark {

    private static final long TIMEOUT_NANOS = TimeUnit.MINUTES.toNanos(5);

    private LiveWindowStallBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.importRows", 100_000);
        int existing = Integer.getInteger("bench.existingRows", 1_000);
        // The window's settings (size, language) in a folder of the run's own, never the user's.
        System.setProperty("java.util.prefs.userRoot", Files.createTempDirectory("wa-stall-prefs").toString());
        PhoneNormalizer normalizer = new PhoneNormalizer(PhoneNormalizer.DEFAULT_REGION);
        try (WorkFolder folder = WorkFolder.createInTemp("wa-stall-bench");
             EmbeddedDatabase server = EmbeddedDatabase.start(folder.path().resolve("server"),
                     AppPaths.defaultBinariesDirectory());
             Database a = Database.open(server.connectionSettings())) {
            Path file = folder.path().resolve("import.csv");
            try (BufferedWriter out = Files.newBufferedWriter(file)) {
                for (int i = 0; i < rows; i++) {
                    out.write(String.format(Locale.ROOT, "0813%08d%n", 20_000_000 + i));
                }
            }
            ConnectionSettings settings = server.connectionSettings();
            if (existing > 0) {
                try (java.sql.Connection connection = a.dataSource().getConnection();
                     java.sql.Statement statement = connection.createStatement()) {
                    statement.execute("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                            + " SELECT '0812' || (10000000 + g), '+62812' || (10000000 + g), 1 + g % 5"
                            + " FROM generate_series(1, " + existing + ") g");
                }
            }
            Thread window = new Thread(() -> Application.launch(WaContactsApp.class, "--data-dir",
                    folder.path().resolve("window").toString(), "--db-url", settings.jdbcUrl(), "--db-user",
                    settings.user(), "--db-password", settings.password()), "window");
            window.setDaemon(true);
            window.start();
            // The lists load once the listener is in force, so a shown count means the window listens. The
            // count can show before the table's first page: the list waits for the database layer's first use,
            // and drawing its first rows is start-up work of this window, not a cost of the import.
            await(() -> shownCount() == existing && shownRows() == Math.min(existing, ContactListViewModel.PAGE_SIZE));
            awaitQuietPulses();

            PulseGaps during = new PulseGaps();
            during.start();
            long importStart = System.nanoTime();
            if (Boolean.getBoolean("bench.sameProcess")) {
                ImportService imports = new ImportService(a.dataSource(), normalizer);
                imports.importFile(file, imports.inspect(file).guessedOptions("Impor besar", true), null, Locale.ENGLISH,
                        TransferProgress.NONE, new Cancellation());
            } else {
                importInAnotherProcess(file, folder.path().resolve("importer"), settings);
            }
            double importSeconds = (System.nanoTime() - importStart) / 1e9;
            await(() -> shownCount() == existing + rows);
            double shownSeconds = (System.nanoTime() - importStart) / 1e9;
            Thread.sleep(2000); // any refresh still on its way
            during.stop();
            // The floor: the same timer, as long, with nothing arriving.
            PulseGaps floor = new PulseGaps();
            floor.start();
            Thread.sleep((long) (shownSeconds * 1000) + 2000);
            floor.stop();

            System.out.printf(Locale.ROOT, "%,d-row import on another desktop, %,d numbers shown before: %.1f s,"
                    + " shown in the window after %.1f s%n", rows, existing, importSeconds, shownSeconds);
            System.out.println("during the import: " + during.summary());
            System.out.println("floor, nothing arriving: " + floor.summary());
            Platform.exit();
        }
    }

    /**
     * The other desktop's import, as its own process (the app's {@code import} command): another desktop
     * is another JVM, whose collections and compilations do not pause this window's FX thread. It still
     * shares this machine's two cores, which a desktop across the office would not.
     */
    private static void importInAnotherProcess(Path file, Path dataDir, ConnectionSettings settings) throws Exception {
        ClassLoader loader = LiveWindowStallBenchmark.class.getClassLoader();
        String classPath = System.getProperty("java.class.path");
        if (loader instanceof java.net.URLClassLoader urls) {
            List<String> entries = new ArrayList<>();
            for (java.net.URL url : urls.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            classPath = String.join(java.io.File.pathSeparator, entries);
        }
        List<String> command = new ArrayList<>();
        if (Boolean.parseBoolean(System.getProperty("bench.niceImporter", "true")) && Files.isExecutable(Path.of("/usr/bin/nice"))) {
            // Another desktop is another computer: here its JVM runs at the lowest priority, so that it does
            // not take this desktop's processor; the database server's work is still shared.
            command.addAll(List.of("/usr/bin/nice", "-n", "19"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder importer = new ProcessBuilder(command);
        importer.command().addAll(List.of(
                "-cp", classPath, "id.wacontacts.app.Launcher", "import", file.toString(), "--data-dir",
                dataDir.toString(), "--db-url", settings.jdbcUrl(), "--db-user", settings.user()));
        if (Boolean.parseBoolean(System.getProperty("bench.newCategory", "true"))) {
            importer.command().addAll(List.of("--category", "Impor besar", "--create-category"));
        } else {
            importer.command().addAll(List.of("--category", "Prospek"));
        }
        importer.redirectErrorStream(true);
        importer.environment().put("WA_DB_PASSWORD", settings.password());
        Process process = importer.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("the other desktop's import failed: " + output);
        }
    }

    /**
     * The count the status bar shows ("100,000 numbers in 5 categories", "100.000 nomor ..."; 0 for "No
     * numbers in …"/"Belum ada nomor …"), or -1 before it shows one.
     */
    private static long shownCount() {
        Optional<String> shown = lookUp("#statusText", Label.class, Label::getText);
        if (shown.isEmpty()) {
            return -1;
        }
        String digits = shown.get().split(" ")[0].replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            return shown.get().matches("(No numbers|Belum ada nomor|Tidak ada nomor).*") ? 0 : -1;
        }
        return Long.parseLong(digits);
    }

    /** The rows the number table holds now, or -1 before it exists. */
    private static int shownRows() {
        return lookUp("#contactTable", TableView.class, table -> table.getItems().size()).orElse(-1);
    }

    /**
     * {@code read} of the window's node with that id, asked on the FX thread; empty before the toolkit,
     * the window or the node is there.
     */
    private static <N, T> Optional<T> lookUp(String id, Class<N> type, Function<N, T> read) {
        CompletableFuture<Optional<T>> result = new CompletableFuture<>();
        try {
            Platform.runLater(() -> result.complete(Window.getWindows().stream()
                    .map(w -> w.getScene() == null ? null : w.getScene().getRoot().lookup(id))
                    .filter(type::isInstance).map(type::cast).map(read).findFirst()));
            return result.get(10, TimeUnit.SECONDS);
        } catch (IllegalStateException e) {
            return Optional.empty(); // the toolkit is not up yet
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the window has drawn what it just loaded: ten pulses in a row, each within 50 ms of
     * the one before.
     */
    private static void awaitQuietPulses() throws InterruptedException {
        PulseGaps settling = new PulseGaps();
        settling.start();
        await(() -> settling.quietRun() >= 10);
        settling.stop();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(50);
        }
    }

    /** The gaps between consecutive pulses of the FX thread while it runs. */
    private static final class PulseGaps extends AnimationTimer {
        private final List<Long> gaps = new ArrayList<>();
        /** When each gap over 100 ms ended, in ms since the timer's first pulse, and how long it was. */
        private final List<String> longGaps = new ArrayList<>();
        private long first;
        private long last;
        /** Consecutive gaps under 50 ms up to the latest pulse; read off the FX thread. */
        private volatile int quiet;

        @Override
        public void start() {
            Platform.runLater(super::start);
        }

        @Override
        public void stop() {
            CompletableFuture<Void> stopped = new CompletableFuture<>();
            Platform.runLater(() -> {
                super.stop();
                stopped.complete(null);
            });
            stopped.join();
        }

        @Override
        public void handle(long now) {
            if (last != 0) {
                gaps.add(now - last);
                quiet = now - last < TimeUnit.MILLISECONDS.toNanos(50) ? quiet + 1 : 0;
                if (now - last > TimeUnit.MILLISECONDS.toNanos(100)) {
                    longGaps.add(String.format(Locale.ROOT, "%.1f ms at %.0f ms", (now - last) / 1e6, (now - first) / 1e6));
                }
            } else {
                first = now;
            }
            last = now;
        }

        int quietRun() {
            return quiet;
        }

        String summary() {
            List<Long> sorted = new ArrayList<>(gaps);
            sorted.sort(Long::compare);
            if (sorted.isEmpty()) {
                return "no pulses";
            }
            long over = sorted.stream().filter(gap -> gap > TimeUnit.MILLISECONDS.toNanos(100)).count();
            return String.format(Locale.ROOT, "%d pulses, gap p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d over 100 ms",
                    sorted.size(), sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 99 / 100) / 1e6,
                    sorted.get(sorted.size() - 1) / 1e6, over) + (longGaps.isEmpty() ? "" : " (" + String.join(", ", longGaps) + ")");
        }
    }
}
