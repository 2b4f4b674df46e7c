package id.wacontacts.bench;

import id.wacontacts.config.AppPaths;
import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.db.Database;
import id.wacontacts.db.EmbeddedDatabase;
import id.wacontacts.domain.BulkResult;
import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.MergeResult;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.BulkService;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.CategoryService;
import id.wacontacts.service.ContactService;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * The bulk actions at a million numbers, each against its floor measured in the same run on the same
 * rows: moving 100,000 numbers ("all matching" a category) against one psql UPDATE of those rows, merging
 * a 300,000-number category against psql's UPDATE and DELETE in one transaction, and "Select all
 * matching" (no row read) against a bare round trip. The floors run the same triggers (history, trash,
 * counts), as every client's writes do.
 *
 * <pre>mvn -Pbench test-compile exec:java -Dexec.mainClass=id.wacontacts.bench.BulkBenchmark \
 *     -Dexec.args="/tmp/wa-bulk-1m 1000000"</pre>
 */
public final class BulkBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final int MOVED = 100_000;
    private static final int MERGED = 300_000;

    private BulkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "target/bench-bulk");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        try (EmbeddedDatabase server = EmbeddedDatabase.start(dataDir, AppPaths.defaultBinariesDirectory());
             Database database = Database.open(server.connectionSettings())) {
            MillionContactsBenchmark.fill(database, size);
            ConnectionSettings settings = server.connectionSettings();
            CategoryService categories = new CategoryService(database.sessionFactory());
            ContactService contacts = new ContactService(database.sessionFactory(), new PhoneNormalizer("ID"));
            BulkService bulk = contacts.bulk();
            int prospek = categories.findByName("Prospek").orElseThrow().id();

            long[] move = new long[RUNS];
            long[] moveFloor = new long[RUNS];
            long[] merge = new long[RUNS];
            long[] mergeFloor = new long[RUNS];
            for (int run = 0; run < RUNS; run++) {
                int from = categories.findOrCreate("Pameran Mei").id();
                fillCategory(settings, from, 1, MOVED);
                moveFloor[run] = time(() -> psql(settings, "UPDATE phone_numbers SET category_id = " + prospek
                        + " WHERE category_id = " + from));
                fillCategory(settings, from, 1, MOVED);
                move[run] = time(() -> {
                    BulkResult moved = bulk.move(bulk.selectAll(ContactQuery.inCategory(from)), prospek, new Cancellation());
                    check(moved.done() == MOVED, "moved " + moved.done());
                    return moved;
                });

                int floorCategory = categories.findOrCreate("Gabung psql").id();
                fillCategory(settings, floorCategory, MOVED + 1, MOVED + MERGED);
                mergeFloor[run] = time(() -> psql(settings, "BEGIN; UPDATE phone_numbers SET category_id = " + prospek
                        + " WHERE category_id = " + floorCategory + "; DELETE FROM categories WHERE id = " + floorCategory
                        + "; COMMIT;"));
                int merged = categories.findOrCreate("Pelanggan VIP 3").id();
                fillCategory(settings, merged, MOVED + 1, MOVED + MERGED);
                merge[run] = time(() -> {
                    MergeResult result = categories.merge(merged, prospek);
                    check(result.moved() == MERGED, "merged " + result.moved());
                    return result;
                });
                System.out.printf("run %d: move %,d ms (floor %,d ms), merge %,d ms (floor %,d ms)%n", run + 1,
                        move[run], moveFloor[run], merge[run], mergeFloor[run]);
            }
            report("move 100,000 numbers (all matching a category)", move, moveFloor, "psql UPDATE of the same rows");
            report("merge a 300,000-number category", merge, mergeFloor, "psql UPDATE + DELETE, one transaction");

            long[] select = new long[7];
            long[] roundTrip = new long[7];
            long[] countCategory = new long[7];
            long[] countSearch = new long[7];
            for (int i = 0; i < select.length; i++) {
                roundTrip[i] = time(() -> categories.find(prospek));
                select[i] = time(() -> bulk.selectAll(ContactQuery.search("0812")));
                countCategory[i] = time(() -> bulk.count(ContactQuery.inCategory(prospek), new Cancellation()));
                countSearch[i] = time(() -> bulk.count(ContactQuery.search("0812"), new Cancellation()));
            }
            report("select all matching \"0812\" (no row read)", select, roundTrip, "one round trip (a category by id)");
            System.out.printf("exact count of the selection, category Prospek (kept counts): median %,d ms%n",
                    median(countCategory));
            System.out.printf("exact count of the selection, search \"0812\" (%,d numbers): median %,d ms%n",
                    bulk.count(ContactQuery.search("0812"), new Cancellation()), median(countSearch));
        }
    }

    /** Puts the numbers with ids {@code first} to {@code last} into the category (not timed). */
    private static void fillCategory(ConnectionSettings settings, int category, int first, int last) throws Exception {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute("SET statement_timeout = 0");
            statement.execute("UPDATE phone_numbers SET category_id = " + category + " WHERE id BETWEEN " + first
                    + " AND " + last + " AND category_id <> " + category);
            statement.execute("VACUUM ANALYZE phone_numbers");
        }
    }

    private static Object psql(ConnectionSettings settings, String sql) throws Exception {
        URI uri = URI.create(settings.jdbcUrl().substring("jdbc:".length()));
        ProcessBuilder builder = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", settings.user(),
                "-d", uri.getPath().substring(1), "-c", sql).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", settings.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        check(process.waitFor(5, TimeUnit.MINUTES) && process.exitValue() == 0, "psql failed: " + output);
        return output;
    }

    private static long time(Callable<?> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void report(String what, long[] times, long[] floor, String floorWhat) {
        System.out.printf("%-50s median %,6d ms   floor (%s) %,6d ms   ratio %.2f%n", what, median(times), floorWhat,
                median(floor), (double) median(times) / Math.max(1, median(floor)));
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
