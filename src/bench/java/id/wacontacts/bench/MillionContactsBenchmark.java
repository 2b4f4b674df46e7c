package id.wacontacts.bench;

import id.wacontacts.config.AppPaths;
import id.wacontacts.db.Database;
import id.wacontacts.db.EmbeddedDatabase;
import id.wacontacts.domain.CategoryCount;
import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.Page;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.CategoryService;
import id.wacontacts.service.ContactService;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Fills a data folder's embedded database with a million numbers (once) and measures what the
 * window asks of it: the first page, the capped count, substring searches in local and
 * international form, a category's list and the statistics the chart shows.
 *
 * <pre>mvn -Pbench test-compile exec:java -Dexec.mainClass=id.wacontacts.bench.MillionContactsBenchmark \
 *     -Dexec.args="/tmp/wa-1m 1000000"</pre>
 * Afterwards {@code java -jar target/wa-contacts.jar --data-dir /tmp/wa-1m} opens the same data.
 */
public final class MillionContactsBenchmark {

    private static final int RUNS = 7;

    private MillionContactsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "target/bench-1m");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        try (EmbeddedDatabase server = EmbeddedDatabase.start(dataDir, AppPaths.defaultBinariesDirectory());
             Database database = Database.open(server.connectionSettings())) {
            System.out.println("trigram indexes: " + database.trigramSearch());
            fill(database, size);
            CategoryService categories = new CategoryService(database.sessionFactory());
            ContactService contacts = new ContactService(database.sessionFactory(), new PhoneNormalizer("ID"));
            int prospek = categories.findByName("Prospek").orElseThrow().id();

            measure("first page (200 rows, newest first)", () -> contacts.page(ContactQuery.ALL, Optional.empty(), 200));
            Page<ContactRow> first = contacts.page(ContactQuery.ALL, Optional.empty(), 200);
            measure("next page after the first", () -> contacts.page(ContactQuery.ALL, first.next(), 200));
            measure("count, capped at 10,000", () -> contacts.count(ContactQuery.ALL, 10_000));
            measure("category Prospek, first page", () -> contacts.page(ContactQuery.inCategory(prospek), Optional.empty(), 200));
            measure("statistics (chart, category counts)", categories::statistics);
            for (String query : List.of("0812 345", "+62812345", "6281234567", "4567 89", "0878-99", "Prospek",
                    "pelanggan vip", "zzz", "budi", "12", "0", "b", "vi", "+")) {
                measure("search \"" + query + "\": page", () -> contacts.page(ContactQuery.search(query), Optional.empty(), 200));
                measure("search \"" + query + "\": count", () -> contacts.count(ContactQuery.search(query), 10_000));
            }
            for (String query : List.of("0812 345", "zzz", "0")) {
                ContactQuery inProspek = new ContactQuery(Optional.of(prospek), query);
                measure("search \"" + query + "\" in Prospek: page", () -> contacts.page(inProspek, Optional.empty(), 200));
                measure("search \"" + query + "\" in Prospek: count", () -> contacts.count(inProspek, 10_000));
            }
            List<CategoryCount> stats = categories.statistics();
            stats.forEach(c -> System.out.printf("  %-20s %,d%n", c.name(), c.phoneCount()));
        }
    }

    static void fill(Database database, int size) throws Exception {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            ResultSet rs = statement.executeQuery("SELECT count(*) FROM phone_numbers");
            rs.next();
            long existing = rs.getLong(1);
            if (existing >= size) {
                System.out.printf("%,d numbers already there%n", existing);
                return;
            }
            long start = System.nanoTime();
            // Mobile prefixes of the Indonesian operators; the suffix is n * 7919 mod 10^8, unique for n < 10^8.
            statement.execute("""
                    INSERT INTO phone_numbers (original_number, normalized_number, category_id, created_at, updated_at)
                    SELECT CASE WHEN n % 3 = 0 THEN '0' || substr(e164, 4, 3) || '-' || substr(e164, 7, 4) || '-' || substr(e164, 11)
                                WHEN n % 3 = 1 THEN '0' || substr(e164, 4)
                                ELSE '+62 ' || substr(e164, 4, 3) || ' ' || substr(e164, 7) END,
                           e164, cats[1 + floor(power(random(), 1.6) * array_length(cats, 1))::int], ts, ts
                    FROM (SELECT n,
                                 '+62' || (ARRAY['811','812','813','821','822','823','852','853','857','858',
                                                 '877','878','881','895','896','897','898','899','831','838'])[1 + n % 20]
                                       || lpad(((n::bigint * 7919) % 100000000)::text, 8, '0') AS e164,
                                 timestamp '2025-01-01' + n * interval '25 seconds' AS ts
                          FROM generate_series(FIRST_N, LAST_N) n) g,
                         (SELECT array_agg(id ORDER BY id) AS cats FROM categories) c
                    """.replace("FIRST_N", String.valueOf(existing + 1)).replace("LAST_N", String.valueOf(size)));
            statement.execute("ANALYZE phone_numbers");
            System.out.printf("filled %,d numbers in %,d ms%n", size - existing, (System.nanoTime() - start) / 1_000_000);
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
        System.out.printf("%-48s median %7.1f ms   best %7.1f ms   worst %7.1f ms%n", what,
                times[RUNS / 2] / 1e6, times[0] / 1e6, times[RUNS - 1] / 1e6);
    }
}
