package id.wacontacts.bench;

import id.wacontacts.config.AppPaths;
import id.wacontacts.db.Database;
import id.wacontacts.db.EmbeddedDatabase;
import id.wacontacts.domain.ChangeEvent;
import id.wacontacts.service.ChangeHistory;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Reads of the history written by the V7 triggers at size: fills change_log with
 * {@code -Dbench.events=N} events (default 5,000,000: inserts and updates of 2,500,000 numbers)
 * with generate_series, then times one number's history, the activity log's first page and a
 * page further on, through {@link ChangeHistory} as the app reads them.
 * <pre>
 * mvn -Pbench test-compile exec:java -Dexec.mainClass=id.wacontacts.bench.HistoryBenchmark
 * </pre>
 */
public final class HistoryBenchmark {

    private HistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("bench.events", 5_000_000);
        int numbers = events / 2;
        try (WorkFolder folder = WorkFolder.createInTemp("wa-history-bench");
             EmbeddedDatabase server = EmbeddedDatabase.start(folder.path().resolve("data"), AppPaths.defaultBinariesDirectory());
             Database database = Database.open(server.connectionSettings())) {
            long start = System.nanoTime();
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("SET statement_timeout = 0"); // setup, not measured
                statement.execute("""
                        INSERT INTO change_log (changed_at, txid, table_name, action, row_id, number_before, number_after,
                                                desktop, db_user)
                        SELECT timestamp '2026-01-01' + g * interval '1 second', 1000 + g / 1000, 'phone_numbers',
                               CASE WHEN g <= %1$d THEN 'insert' ELSE 'update' END, 1 + g %% %1$d,
                               CASE WHEN g > %1$d THEN ROW(1 + g %% %1$d, '0812' || g, '+62812' || g, 1, NULL, NULL)::phone_numbers END,
                               ROW(1 + g %% %1$d, '0812' || g, '+62812' || g, 1, NULL, NULL)::phone_numbers,
                               'WA Contacts/PC-' || (g %% 16) || '/kasir', 'wa_contacts'
                        FROM generate_series(1, %2$d) g""".formatted(numbers, events));
                statement.execute("VACUUM ANALYZE change_log");
            }
            System.out.printf(Locale.ROOT, "%,d history events written in %.1f s%n", events, (System.nanoTime() - start) / 1e9);
            ChangeHistory history = new ChangeHistory(database.sessionFactory());
            Random random = new Random(13);
            time("one number's history (2 events)", 200, () -> history.forNumber(1 + random.nextInt(numbers), 50));
            time("activity log, first page of 100", 200, () -> history.activity(OptionalLong.empty(), 100));
            long deep = history.activity(OptionalLong.empty(), 1).get(0).id() - events / 2;
            time("activity log, page of 100 half-way back", 200, () -> history.activity(OptionalLong.of(deep), 100));
            // The plans of the same two reads, to show they use an index (no Seq Scan on change_log).
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                explain(statement, "SELECT * FROM change_log l WHERE l.table_name = 'phone_numbers' AND l.row_id = "
                        + (1 + random.nextInt(numbers)) + " ORDER BY l.id DESC LIMIT 50");
                explain(statement, "SELECT * FROM change_log l ORDER BY l.id DESC LIMIT 100");
            }
        }
    }

    private static void explain(Statement statement, String sql) throws java.sql.SQLException {
        System.out.println("EXPLAIN (ANALYZE, BUFFERS) " + sql);
        try (var plan = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            while (plan.next()) {
                System.out.println("    " + plan.getString(1));
            }
        }
    }

    private static void time(String what, int runs, Supplier<List<ChangeEvent>> read) {
        for (int i = 0; i < 20; i++) {
            read.get();
        }
        List<Double> millis = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            rows = read.get().size();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Double::compare);
        System.out.printf(Locale.ROOT, "%-42s p50 %6.2f ms, p95 %6.2f ms (%d rows, %d runs)%n", what,
                millis.get(runs / 2), millis.get(runs * 95 / 100), rows, runs);
    }
}
