package id.wacontacts.bench;

import id.wacontacts.config.AppPaths;
import id.wacontacts.db.Database;
import id.wacontacts.db.EmbeddedDatabase;
import id.wacontacts.domain.UndoStep;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.ChangeHistory;
import id.wacontacts.service.ContactService;
import id.wacontacts.service.TrashService;
import id.wacontacts.service.UndoService;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Undoing a delete and restoring it from the trash against the delete itself: stores
 * {@code -Dbench.numbers=N} numbers (default 100,000) in a table that holds
 * {@code -Dbench.others=M} more (default 400,000), then per round deletes all N through
 * {@link ContactService#delete} (as selecting them all and pressing Delete), undoes it, deletes
 * them again and restores that deletion from the trash. Target: undo and restore each at most 2×
 * the delete.
 * <pre>
 * mvn -Pbench test-compile exec:java -Dexec.mainClass=id.wacontacts.bench.UndoBenchmark
 * </pre>
 */
public final class UndoBenchmark {

    private UndoBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int numbers = Integer.getInteger("bench.numbers", 100_000);
        int others = Integer.getInteger("bench.others", 400_000);
        int rounds = Integer.getInteger("bench.rounds", 3);
        try (WorkFolder folder = WorkFolder.createInTemp("wa-undo-bench");
             EmbeddedDatabase server = EmbeddedDatabase.start(folder.path().resolve("data"), AppPaths.defaultBinariesDirectory());
             Database database = Database.open(server.connectionSettings())) {
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("SET statement_timeout = 0"); // setup, not measured
                statement.execute("""
                        INSERT INTO phone_numbers (original_number, normalized_number, category_id)
                        SELECT '0812' || g, '+62812' || lpad(g::text, 8, '0'), CASE WHEN g <= %d THEN 4 ELSE 3 END
                        FROM generate_series(1, %d) g""".formatted(numbers, numbers + others));
                statement.execute("VACUUM ANALYZE");
            }
            ContactService contacts = new ContactService(database.sessionFactory(), new PhoneNormalizer("ID"));
            UndoService undo = new UndoService(database.sessionFactory());
            TrashService trash = new TrashService(database.sessionFactory());
            ChangeHistory history = new ChangeHistory(database.sessionFactory());
            List<Integer> ids = new ArrayList<>();
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT id FROM phone_numbers WHERE category_id = 4 ORDER BY id")) {
                while (rows.next()) {
                    ids.add(rows.getInt(1));
                }
            }
            List<Double> deletes = new ArrayList<>();
            List<Double> undos = new ArrayList<>();
            List<Double> restores = new ArrayList<>();
            List<Double> floors = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                UndoStep[] step = new UndoStep[1];
                deletes.add(seconds(() -> {
                    step[0] = undo.recordStep(() -> contacts.delete(ids));
                    return ids.size();
                }));
                undos.add(seconds(() -> undo.undo(step[0]).transactions().size()));
                deletes.add(seconds(() -> contacts.delete(ids)));
                long deletion = history.trash(OptionalLong.empty(), 1).get(0).transactionId();
                restores.add(seconds(() -> trash.restoreDeletion(deletion).numbers()));
                // The floor: the same rows inserted again by one plain INSERT … SELECT from their
                // before-images, with the same indexes and triggers, and no checks.
                contacts.delete(ids);
                long again = history.trash(OptionalLong.empty(), 1).get(0).transactionId();
                floors.add(seconds(() -> sql(database, "INSERT INTO phone_numbers"
                        + " SELECT (number_before).* FROM change_log WHERE txid = " + again
                        + " AND action = 'delete'; DELETE FROM trash")));
                System.out.printf(Locale.ROOT, "round %d: delete %.2f s / %.2f s, undo %.2f s, restore from trash %.2f s,"
                                + " plain re-insert %.2f s%n", round, deletes.get(2 * round - 2), deletes.get(2 * round - 1),
                        undos.get(round - 1), restores.get(round - 1), floors.get(round - 1));
            }
            double delete = median(deletes);
            System.out.printf(Locale.ROOT, "%,d numbers (of %,d): median delete %.2f s, undo %.2f s (%.2f×),"
                            + " restore %.2f s (%.2f×), plain re-insert %.2f s (%.2f×); load average %s%n", numbers,
                    numbers + others, delete, median(undos), median(undos) / delete, median(restores),
                    median(restores) / delete, median(floors), median(floors) / delete,
                    java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
        }
    }

    private static long sql(Database database, String statements) {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(statements);
            return 0;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(LongSupplier work) {
        long start = System.nanoTime();
        work.getAsLong();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
