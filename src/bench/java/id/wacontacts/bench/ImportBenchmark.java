package id.wacontacts.bench;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import id.wacontacts.config.AppPaths;
import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.db.Database;
import id.wacontacts.db.EmbeddedDatabase;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.transfer.FileInspection;
import id.wacontacts.service.transfer.ImportPreview;
import id.wacontacts.service.transfer.ImportService;
import id.wacontacts.service.transfer.ImportSummary;
import id.wacontacts.service.transfer.TransferProgress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Imports a generated 1,000,000-row CSV of mixed-format numbers (about 10% refused, 5% repeated)
 * into a fresh embedded database with every index of the schema (the trigram GIN index of V4
 * included), then the same file again (everything already stored).
 * A plain harness, never part of {@code mvn verify}:
 * <pre>
 * MAVEN_OPTS=-Xmx256m mvn -Pbench test-compile exec:java -Dexec.mainClass=id.wacontacts.bench.ImportBenchmark
 * </pre>
 * {@code -Dbench.rows=N} changes the size, {@code -Dbench.file=PATH} keeps the file (for timing the jar).
 * <p>
 * {@code -Dbench.only=floor} instead compares, in {@code -Dbench.rounds=N} rounds (default 2), the
 * import with the history/counts/notification triggers, the same import with them disabled, and the
 * psql floor (COPY into a temporary table, one INSERT ... SELECT), then times single adds, edits
 * and deletes on the filled table with and without those triggers ({@link ImportFloor}).
 * <p>
 * {@code -Dbench.previews=N} times only the wizard's preview, N times in a row: the file is imported
 * once first (untimed) when {@code -Dbench.stored=true}, so that every number is already stored;
 * {@code -Dbench.data=DIR} keeps that database in DIR and reuses it on the next run (for back-to-back
 * comparisons, and for {@link SqlProbe}).
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        int previews = Integer.getInteger("bench.previews", 0);
        if (previews > 0 && System.getProperty("bench.data") != null) {
            previews(Path.of(System.getProperty("bench.data")), rows, previews);
            return;
        }
        try (WorkFolder folder = WorkFolder.createInTemp("wa-import-bench")) {
            run(folder.path(), rows);
        }
    }

    private static void run(Path work, int rows) throws Exception {
        int previews = Integer.getInteger("bench.previews", 0);
        if (previews > 0) {
            previews(work, rows, previews);
            return;
        }
        Path file = System.getProperty("bench.file") != null ? Path.of(System.getProperty("bench.file"))
                : work.resolve("numbers.csv");
        long generated = System.nanoTime();
        generate(file, rows);
        System.out.printf(Locale.ROOT, "Java %s, %d cores, max heap %d MB; %,d rows, %,d bytes (generated in %.1f s);"
                        + " load average %.2f%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, rows, Files.size(file), seconds(System.nanoTime() - generated),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        try (EmbeddedDatabase server = EmbeddedDatabase.start(work.resolve("data"), AppPaths.defaultBinariesDirectory());
             Database database = Database.open(server.connectionSettings())) {
            ImportService imports = new ImportService(database.dataSource(), new PhoneNormalizer("ID"));
            FileInspection inspection = imports.inspect(file);

            System.out.println("indexes on phone_numbers: " + String.join(", ", indexNames(server.connectionSettings())));
            if ("floor".equals(System.getProperty("bench.only"))) {
                ImportFloor floor = new ImportFloor(server, imports, inspection, work);
                floor.compare(Integer.getInteger("bench.rounds", 2));
                floor.singleRowChanges(database.dataSource(), Integer.getInteger("bench.singles", 100), 3);
                return;
            }
            preview(imports, inspection, "preview before the import (nothing stored)");
            resetPeakHeap();
            report("every index of the schema, empty table", run(imports, inspection, "Bench"));
            preview(imports, inspection, "preview after it (every number already stored)");
            resetPeakHeap();
            report("every index, the same file again", run(imports, inspection, "Bench"));
        } finally {
            if (System.getProperty("bench.file") == null) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Only the preview, several times, against the database in {@code data} (created when missing). */
    private static void previews(Path data, int rows, int previews) throws Exception {
        Path file = Path.of(System.getProperty("bench.file", data.resolve("numbers.csv").toString()));
        if (!Files.exists(file)) {
            generate(file, rows);
        }
        try (EmbeddedDatabase server = EmbeddedDatabase.start(data.resolve("data"), AppPaths.defaultBinariesDirectory());
             Database database = Database.open(server.connectionSettings())) {
            ImportService imports = new ImportService(database.dataSource(), new PhoneNormalizer("ID"));
            FileInspection inspection = imports.inspect(file);
            if (Boolean.getBoolean("bench.stored") && storedNumbers(server.connectionSettings()) == 0) {
                report("import to fill the database (untimed for the preview)", run(imports, inspection, "Bench"));
                execute(server.connectionSettings(), "VACUUM ANALYZE phone_numbers");
            }
            long stored = storedNumbers(server.connectionSettings());
            System.out.printf(Locale.ROOT, "Java %s, %d cores; %,d numbers stored; load average %.2f%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), stored,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            for (int i = 1; i <= previews; i++) {
                preview(imports, inspection, "preview " + i + " (" + (stored == 0 ? "nothing stored" : "numbers stored") + ")");
            }
        }
    }

    private static long storedNumbers(ConnectionSettings settings) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             ResultSet rs = connection.createStatement().executeQuery("SELECT count(*) FROM phone_numbers")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> indexNames(ConnectionSettings settings) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             ResultSet rs = connection.createStatement().executeQuery(
                     "SELECT indexname FROM pg_indexes WHERE tablename = 'phone_numbers' ORDER BY 1")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static ImportSummary run(ImportService imports, FileInspection inspection, String category) {
        return imports.importFile(inspection.file(), inspection.guessedOptions(category, true), null, Locale.ENGLISH,
                TransferProgress.NONE, new Cancellation());
    }

    /** What the wizard shows before importing: every row classified, nothing stored. */
    private static void preview(ImportService imports, FileInspection inspection, String what) {
        resetPeakHeap();
        long start = System.nanoTime();
        ImportPreview preview = imports.preview(inspection.file(), inspection.guessedOptions("Bench", true),
                TransferProgress.NONE, new Cancellation());
        System.out.printf(Locale.ROOT, "%-52s %5.2f s; valid %,d, invalid %,d, duplicate %,d, already stored %,d;"
                        + " peak heap %d MB%n", what, seconds(System.nanoTime() - start), preview.valid(), preview.invalid(),
                preview.duplicates(), preview.alreadyStored(), peakHeapMb());
    }

    private static void report(String what, ImportSummary summary) {
        System.out.printf(Locale.ROOT, "%-52s read+store %5.2f s, last batch+commit %5.2f s, total %5.2f s"
                        + " (%,.0f rows/s); imported %,d, invalid %,d, duplicate %,d, already stored %,d; peak heap %d MB%n",
                what + " (load " + String.format(Locale.ROOT, "%.1f",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + ")",
                seconds(summary.reading().toNanos()), seconds(summary.storing().toNanos()),
                seconds(summary.total().toNanos()), summary.rows() / seconds(summary.total().toNanos()),
                summary.imported(), summary.invalid(), summary.duplicates(), summary.alreadyStored(), peakHeapMb());
    }

    /** A customer list as an office keeps it: name, number in any format, city; some numbers repeated. */
    static void generate(Path file, int rows) throws IOException {
        SampleNumbers numbers = new SampleNumbers(20_240_601L);
        Random random = new Random(7);
        String[] recent = new String[1024];
        String[] cities = {"Jakarta", "Bandung", "Surabaya", "Medan, Sumut", "Makassar", "Denpasar"};
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer)) {
            csv.writeRecord("nama", "nomor_hp", "kota");
            for (int i = 0; i < rows; i++) {
                String number;
                if (i > recent.length && random.nextInt(20) == 0) {
                    number = recent[random.nextInt(recent.length)];
                } else {
                    number = numbers.next();
                    recent[i % recent.length] = number;
                }
                csv.writeRecord("Pelanggan " + i, number, cities[random.nextInt(cities.length)]);
            }
        }
    }

    private static void execute(ConnectionSettings settings, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
