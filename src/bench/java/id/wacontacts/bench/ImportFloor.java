package id.wacontacts.bench;

import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.db.EmbeddedDatabase;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.transfer.FileInspection;
import id.wacontacts.service.transfer.ImportService;
import id.wacontacts.service.transfer.ImportSummary;
import id.wacontacts.service.transfer.TransferProgress;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * What the history, counts and notification triggers (V7) cost, on the same server in the same
 * run: the app's import with them, the same import with them disabled, and the floor, a psql COPY
 * of the same normalised rows into a temporary table then one INSERT ... SELECT into phone_numbers
 * (same indexes, every trigger of ours disabled: V7's and V12's number_types one, so the floor writes
 * phone_numbers alone). Then single adds, edits and deletes on the filled table,
 * with and without the triggers. Rounds alternate the order so that drift hits all variants alike.
 */
final class ImportFloor {

    /** The triggers of V7 on phone_numbers (history, counts, notices); the "disabled" runs turn off only these. */
    private static final List<String> TRIGGERS = List.of("wa_phone_numbers_inserted", "wa_phone_numbers_updated",
            "wa_phone_numbers_deleted", "wa_phone_numbers_truncated");
    /** The floor has no trigger of ours at all: V7's and V12's (number_types) insert triggers. */
    private static final List<String> FLOOR_TRIGGERS = List.of("wa_phone_numbers_inserted", "wa_number_types_inserted");

    private final EmbeddedDatabase server;
    private final ConnectionSettings settings;
    private final ImportService imports;
    private final FileInspection inspection;
    private final Path rowsFile;

    ImportFloor(EmbeddedDatabase server, ImportService imports, FileInspection inspection, Path work) {
        this.server = server;
        this.settings = server.connectionSettings();
        this.imports = imports;
        this.inspection = inspection;
        this.rowsFile = work.resolve("normalised-rows.csv");
    }

    void compare(int rounds) throws Exception {
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            boolean withFirst = round % 2 == 1;
            if (round == 1) {
                with.add(importOnce(true, round));
                saveNormalisedRows();
                without.add(importOnce(false, round));
            } else if (withFirst) {
                with.add(importOnce(true, round));
                without.add(importOnce(false, round));
            } else {
                without.add(importOnce(false, round));
                with.add(importOnce(true, round));
            }
            floor.add(floorOnce(round));
        }
        double w = median(with);
        double wo = median(without);
        double f = median(floor);
        System.out.printf(Locale.ROOT, "MEDIAN import with triggers %.2f s, with the new triggers disabled %.2f s,"
                + " psql floor %.2f s; with/without %.3f, with/floor %.3f, without/floor %.3f%n", w, wo, f, w / wo, w / f, wo / f);
    }

    private double importOnce(boolean triggers, int round) throws Exception {
        empty();
        setTriggers(triggers);
        try {
            ImportSummary summary = imports.importFile(inspection.file(), inspection.guessedOptions("Bench", true), null,
                    Locale.ENGLISH, TransferProgress.NONE, new Cancellation());
            double total = summary.total().toNanos() / 1e9;
            System.out.printf(Locale.ROOT, "round %d import, triggers %-8s read+store %5.2f s, last batch+commit %5.2f s,"
                            + " total %5.2f s; imported %,d; history rows %,d%n", round, triggers ? "on" : "disabled",
                    summary.reading().toNanos() / 1e9, summary.storing().toNanos() / 1e9, total, summary.imported(),
                    count("SELECT count(*) FROM change_log"));
            return total;
        } finally {
            setTriggers(true);
        }
    }

    private double floorOnce(int round) throws Exception {
        empty();
        setTriggers(FLOOR_TRIGGERS, false);
        try {
            Path script = rowsFile.resolveSibling("floor.sql");
            Files.writeString(script, """
                    BEGIN;
                    CREATE TEMP TABLE floor_rows (original_number varchar(50) NOT NULL,
                        normalized_number varchar(20) NOT NULL, category_id integer NOT NULL) ON COMMIT DROP;
                    \\copy floor_rows FROM '%s' (FORMAT csv)
                    INSERT INTO phone_numbers (original_number, normalized_number, category_id)
                        SELECT original_number, normalized_number, category_id FROM floor_rows;
                    COMMIT;
                    """.formatted(rowsFile.toAbsolutePath()), StandardCharsets.UTF_8);
            URI uri = URI.create(settings.jdbcUrl().substring("jdbc:".length()));
            ProcessBuilder psql = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", uri.getHost(),
                    "-p", String.valueOf(uri.getPort()), "-U", settings.user(), "-d", uri.getPath().substring(1),
                    "-f", script.toString()).redirectErrorStream(true);
            psql.environment().put("PGPASSWORD", settings.password());
            long start = System.nanoTime();
            Process process = psql.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("psql failed: " + output);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "round %d psql floor (COPY into a temp table + INSERT ... SELECT): %5.2f s;"
                    + " rows %,d%n", round, seconds, count("SELECT count(*) FROM phone_numbers"));
            return seconds;
        } finally {
            setTriggers(FLOOR_TRIGGERS, true);
        }
    }

    /** The rows the import stored, as the floor loads them (the same normalised rows, in the same order). */
    private void saveNormalisedRows() throws SQLException, IOException {
        try (Connection connection = connect(settings);
             OutputStream out = Files.newOutputStream(rowsFile)) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT original_number, normalized_number,"
                    + " category_id FROM phone_numbers ORDER BY id) TO STDOUT (FORMAT csv)", out);
        }
    }

    /**
     * Single adds, edits and deletes on the filled table, each its own transaction through the
     * app's pool, in alternating blocks with the triggers on and disabled.
     */
    void singleRowChanges(DataSource pool, int perBlock, int blocks) throws SQLException {
        if (count("SELECT count(*) FROM phone_numbers") == 0) {
            throw new IllegalStateException("fill the table first");
        }
        execute(settings, "VACUUM ANALYZE phone_numbers");
        execute(server.superuserConnectionSettings(), "CHECKPOINT");
        int[] ids = ids();
        Random random = new Random(13);
        long serial = 900_000_000L;
        List<List<Double>> on = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<List<Double>> off = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int block = 0; block < blocks * 2; block++) {
            boolean triggers = block % 2 == 0;
            setTriggers(triggers);
            List<List<Double>> into = triggers ? on : off;
            try (Connection connection = pool.getConnection();
                 PreparedStatement add = connection.prepareStatement("INSERT INTO phone_numbers"
                         + " (original_number, normalized_number, category_id) VALUES (?, ?, 1)");
                 PreparedStatement edit = connection.prepareStatement(
                         "UPDATE phone_numbers SET original_number = original_number WHERE id = ?");
                 PreparedStatement delete = connection.prepareStatement("DELETE FROM phone_numbers WHERE id = ?")) {
                connection.setAutoCommit(true);
                for (int i = 0; i < perBlock; i++) {
                    serial++;
                    add.setString(1, "0812" + serial);
                    add.setString(2, "+62812" + serial);
                    into.get(0).add(timed(add));
                    edit.setInt(1, ids[random.nextInt(ids.length)]);
                    into.get(1).add(timed(edit));
                    int victim = random.nextInt(ids.length);
                    delete.setInt(1, ids[victim]);
                    into.get(2).add(timed(delete));
                    ids[victim] = ids[random.nextInt(ids.length)];
                }
            }
        }
        setTriggers(true);
        String[] names = {"add", "edit", "delete"};
        for (int i = 0; i < 3; i++) {
            System.out.printf(Locale.ROOT, "single %-6s on %,d rows: median %.2f ms with the triggers, %.2f ms without"
                            + " (+%.2f ms); p95 %.2f / %.2f ms; %d each%n", names[i], count("SELECT count(*) FROM phone_numbers"),
                    median(on.get(i)), median(off.get(i)), median(on.get(i)) - median(off.get(i)),
                    percentile(on.get(i), 0.95), percentile(off.get(i), 0.95), on.get(i).size());
        }
    }

    private static double timed(PreparedStatement statement) throws SQLException {
        long start = System.nanoTime();
        statement.executeUpdate();
        return (System.nanoTime() - start) / 1e6;
    }

    private int[] ids() throws SQLException {
        try (Connection connection = connect(settings); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT array_agg(id) FROM phone_numbers")) {
            rs.next();
            Integer[] boxed = (Integer[]) rs.getArray(1).getArray();
            return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        }
    }

    private void empty() throws SQLException {
        execute(settings, "TRUNCATE phone_numbers", "TRUNCATE trash, change_log");
        execute(server.superuserConnectionSettings(), "CHECKPOINT");
    }

    private void setTriggers(boolean enabled) throws SQLException {
        setTriggers(TRIGGERS, enabled);
    }

    private void setTriggers(List<String> triggers, boolean enabled) throws SQLException {
        String[] statements = triggers.stream()
                .map(t -> "ALTER TABLE phone_numbers " + (enabled ? "ENABLE" : "DISABLE") + " TRIGGER " + t)
                .toArray(String[]::new);
        execute(settings, statements);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = connect(settings); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(ConnectionSettings target, String... statements) throws SQLException {
        try (Connection connection = connect(target); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static Connection connect(ConnectionSettings target) throws SQLException {
        return DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double percentile(List<Double> values, double fraction) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
    }
}
