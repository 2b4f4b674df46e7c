package id.wacontacts.bench;

import id.wacontacts.config.AppPaths;
import id.wacontacts.db.Database;
import id.wacontacts.db.EmbeddedDatabase;
import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.LineKind;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.CategoryService;
import id.wacontacts.service.ContactService;
import id.wacontacts.service.NumberTypes;
import id.wacontacts.service.QualityCheck;
import id.wacontacts.service.transfer.ExportFormat;
import id.wacontacts.service.transfer.ExportOptions;
import id.wacontacts.service.transfer.ExportService;
import id.wacontacts.service.transfer.ExportSummary;
import id.wacontacts.service.transfer.TransferProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The number types, the quality check and the WhatsApp export over a million numbers (the million
 * benchmark's data, plus 50,000 Jakarta landlines and a category "Blast" of 100,000 numbers):
 * <ul>
 *   <li>opening the database (the migration adds an empty table: start-up does not grow with the data)
 *       and the background classification of every number;</li>
 *   <li>the type filter's first page, against a category's first page as the floor;</li>
 *   <li>the quality check over every number;</li>
 *   <li>exporting "Blast" with the WhatsApp preset, against the standard CSV export as the floor.</li>
 * </ul>
 * <pre>mvn -Pbench test-compile exec:java -Dexec.mainClass=id.wacontacts.bench.PresetsBenchmark \
 *     -Dexec.args="/tmp/wa-presets-1m 1000000"</pre>
 */
public final class PresetsBenchmark {

    private static final int RUNS = 7;

    private PresetsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "target/bench-presets");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        PhoneNormalizer normalizer = new PhoneNormalizer("ID");
        try (EmbeddedDatabase server = EmbeddedDatabase.start(dataDir, AppPaths.defaultBinariesDirectory())) {
            long opening = System.nanoTime();
            try (Database database = Database.open(server.connectionSettings())) {
                System.out.printf("database open (migrations included): %,d ms%n", (System.nanoTime() - opening) / 1_000_000);
                // In steps, each statement within the pool's interactive timeout on a busy machine.
                for (int step = Math.min(size, 50_000); ; step = Math.min(size, step + 50_000)) {
                    MillionContactsBenchmark.fill(database, step);
                    if (step == size) {
                        break;
                    }
                }
                prepare(database);
                NumberTypes types = new NumberTypes(database.dataSource(), normalizer);
                long start = System.nanoTime();
                long classified = types.catchUp(new Cancellation());
                System.out.printf("background classification: %,d numbers in %,d ms%n", classified,
                        (System.nanoTime() - start) / 1_000_000);
                sql(database, "ANALYZE number_types");

                CategoryService categories = new CategoryService(database.sessionFactory());
                ContactService contacts = new ContactService(database.sessionFactory(), normalizer);
                int prospek = categories.findByName("Prospek").orElseThrow().id();
                int blast = categories.findByName("Blast").orElseThrow().id();
                measure("floor: category Prospek, first page", () -> contacts.page(ContactQuery.inCategory(prospek),
                        Optional.empty(), 200));
                for (LineKind kind : new LineKind[] {LineKind.MOBILE, LineKind.FIXED_LINE, LineKind.OTHER}) {
                    measure("type " + kind + ", first page", () -> contacts.page(
                            ContactQuery.ALL.withLineKind(Optional.of(kind)), Optional.empty(), 200));
                    measure("type " + kind + " in Prospek, first page", () -> contacts.page(
                            ContactQuery.inCategory(prospek).withLineKind(Optional.of(kind)), Optional.empty(), 200));
                }
                measure("type MOBILE + search \"0812 345\", first page", () -> contacts.page(
                        ContactQuery.search("0812 345").withLineKind(Optional.of(LineKind.MOBILE)), Optional.empty(), 200));

                QualityCheck check = new QualityCheck(database.dataSource(), types);
                for (int run = 1; run <= 2; run++) {
                    start = System.nanoTime();
                    QualityCheck.Report report = check.run(QualityCheck.Progress.NONE, new Cancellation());
                    System.out.printf("quality check run %d: %,d numbers in %,d ms, found %s%n", run, report.checked(),
                            (System.nanoTime() - start) / 1_000_000, report.found());
                }

                ExportService exports = new ExportService(contacts).withNumberTypes(types);
                Path folder = Files.createTempDirectory("wa-presets-bench");
                ContactQuery inBlast = ContactQuery.inCategory(blast);
                for (int run = 1; run <= 3; run++) {
                    start = System.nanoTime();
                    long floor = exports.export(inBlast, ExportFormat.CSV, folder.resolve("standard.csv"), ZoneId.systemDefault(),
                            TransferProgress.NONE, new Cancellation());
                    long floorMs = (System.nanoTime() - start) / 1_000_000;
                    start = System.nanoTime();
                    ExportSummary summary = exports.export(inBlast, ExportFormat.CSV, ExportOptions.of(ExportOptions.Preset.WHATSAPP),
                            folder.resolve("blast.csv"), ZoneId.systemDefault(), TransferProgress.NONE, new Cancellation());
                    long presetMs = (System.nanoTime() - start) / 1_000_000;
                    System.out.printf("export run %d: standard CSV %,d rows %,d ms; WhatsApp preset %,d rows (%,d skipped)"
                            + " %,d ms (%.2f× the floor)%n", run, floor, floorMs, summary.written(), summary.skippedTotal(),
                            presetMs, (double) presetMs / floorMs);
                }
            }
        }
    }

    /** 50,000 Jakarta landlines and a category "Blast" holding the 100,000 oldest numbers (once). */
    private static void prepare(Database database) throws Exception {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            ResultSet rs = statement.executeQuery("SELECT count(*) FROM categories WHERE name = 'Blast'");
            rs.next();
            if (rs.getLong(1) > 0) {
                return;
            }
            statement.execute("""
                    INSERT INTO phone_numbers (original_number, normalized_number, category_id, created_at, updated_at)
                    SELECT '021 5' || lpad(n::text, 7, '0'), '+62215' || lpad(n::text, 7, '0'), 1 + n % 5,
                           timestamp '2025-01-01' + n * interval '500 seconds', timestamp '2025-01-01'
                    FROM generate_series(1, 50000) n
                    """);
            statement.execute("INSERT INTO categories (name) VALUES ('Blast')");
            statement.execute("UPDATE phone_numbers SET category_id = (SELECT id FROM categories WHERE name = 'Blast')"
                    + " WHERE id IN (SELECT id FROM phone_numbers ORDER BY id LIMIT 100000)");
            statement.execute("ANALYZE phone_numbers");
        }
    }

    private static void sql(Database database, String sql) throws Exception {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void measure(String what, Supplier<?> work) {
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("%-52s median %7.1f ms   best %7.1f ms   worst %7.1f ms%n", what,
                times[RUNS / 2] / 1e6, times[0] / 1e6, times[RUNS - 1] / 1e6);
    }
}
