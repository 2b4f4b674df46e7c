package id.wacontacts.bench;

import id.wacontacts.config.AppPaths;
import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.db.Database;
import id.wacontacts.db.EmbeddedDatabase;
import id.wacontacts.domain.ChangeEvent.Table;
import id.wacontacts.domain.ChangeSet;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.domain.LiveState;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.ContactService;
import id.wacontacts.service.live.LiveChanges;
import id.wacontacts.service.transfer.FileInspection;
import id.wacontacts.service.transfer.ImportService;
import id.wacontacts.service.transfer.TransferProgress;
import id.wacontacts.testsupport.TcpRelay;
import java.io.BufferedWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * Two desktops on one embedded server, A writing through its services and B listening through
 * {@link LiveChanges} (its listening connection through a {@link TcpRelay}, so it can be cut):
 * <ol>
 *   <li>commit-to-visible latency over 200 single adds (A's add returned → B's delivery names the id);</li>
 *   <li>how many deliveries B gets for a 100,000-row import on A;</li>
 *   <li>a cut of {@code -Dbench.cut=60} seconds (listener killed, new connections refused) while A adds,
 *       edits, deletes and imports; then the time until B is live again (bounded by the backoff,
 *       at most 30 s) and from then until B's view equals the server's rows.</li>
 * </ol>
 * <pre>
 * mvn -Pbench test-compile exec:java -Dexec.mainClass=id.wacontacts.bench.LiveBenchmark
 * </pre>
 */
public final class LiveBenchmark {

    private static final String LISTENER = "WA Contacts/bench-b/listener";
    private static final long TIMEOUT_NANOS = 120_000_000_000L;

    private LiveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cutSeconds = Integer.getInteger("bench.cut", 60);
        int importRows = Integer.getInteger("bench.importRows", 100_000);
        PhoneNormalizer normalizer = new PhoneNormalizer(PhoneNormalizer.DEFAULT_REGION);
        try (WorkFolder folder = WorkFolder.createInTemp("wa-live-bench");
             EmbeddedDatabase server = EmbeddedDatabase.start(folder.path().resolve("data"), AppPaths.defaultBinariesDirectory());
             Database a = Database.open(server.connectionSettings());
             Database b = Database.open(server.connectionSettings())) {
            ConnectionSettings direct = server.connectionSettings();
            int serverPort = Integer.parseInt(direct.jdbcUrl().replaceAll("^.*://[^:/]+:(\\d+)/.*$", "$1"));
            try (TcpRelay relay = new TcpRelay(serverPort)) {
                ConnectionSettings viaRelay = new ConnectionSettings(
                        direct.jdbcUrl().replaceFirst(":" + serverPort + "/", ":" + relay.port() + "/"),
                        direct.user(), direct.password());
                ContactService contactsA = new ContactService(a.sessionFactory(), normalizer);
                List<ChangeSet> heard = new CopyOnWriteArrayList<>();
                Map<Integer, Long> seenAt = new ConcurrentHashMap<>();
                List<String> states = new CopyOnWriteArrayList<>();
                try (LiveChanges live = new LiveChanges(viaRelay, b.dataSource(), b.instance(), LISTENER,
                        LiveChanges.Timing.DEFAULT, Clock.systemUTC())) {
                    live.subscribe(set -> {
                        long now = System.nanoTime();
                        heard.add(set);
                        set.of(Table.PHONE_NUMBERS).inserted().forEach(id -> seenAt.putIfAbsent(id, now));
                    });
                    long started = System.nanoTime();
                    live.onStateChange(state -> states.add(String.format(Locale.ROOT, "%s at %.1f s",
                            state.kind().name().toLowerCase(Locale.ROOT), (System.nanoTime() - started) / 1e9)));
                    live.start();
                    await(() -> live.state().kind() == LiveState.Kind.LIVE);

                    latency(contactsA, seenAt);
                    imports(a, normalizer, folder.path(), importRows, heard);
                    cut(a, contactsA, live, relay, serverPort, cutSeconds, heard, folder.path(), normalizer, states);
                }
            }
        }
    }

    private static void latency(ContactService contacts, Map<Integer, Long> seenAt) throws InterruptedException {
        Random random = new Random(7);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ContactRow row = contacts.add(String.format(Locale.ROOT, "0812%08d", 10_000_000 + i), 1 + i % 5);
            long committed = System.nanoTime();
            await(() -> seenAt.containsKey(row.id()));
            millis.add((seenAt.get(row.id()) - committed) / 1e6);
            Thread.sleep(random.nextInt(500));
        }
        millis.sort(Double::compare);
        System.out.printf(Locale.ROOT, "commit to visible, 200 single adds: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                millis.get(100), millis.get(190), millis.get(199));
    }

    private static void imports(Database a, PhoneNormalizer normalizer, Path folder, int rows, List<ChangeSet> heard)
            throws Exception {
        Path file = folder.resolve("import.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < rows; i++) {
                out.write(String.format(Locale.ROOT, "0813%08d%n", 20_000_000 + i));
            }
        }
        Thread.sleep(1000);
        int before = heard.size();
        ImportService imports = new ImportService(a.dataSource(), normalizer);
        FileInspection inspection = imports.inspect(file);
        long start = System.nanoTime();
        imports.importFile(file, inspection.guessedOptions("Impor besar", true), null, Locale.ENGLISH,
                TransferProgress.NONE, new Cancellation());
        double seconds = (System.nanoTime() - start) / 1e9;
        Thread.sleep(3000);
        System.out.printf(Locale.ROOT, "%,d-row import (%.1f s): %d deliveries on the other desktop%n", rows, seconds,
                heard.size() - before);
    }

    private static void cut(Database a, ContactService contacts, LiveChanges live, TcpRelay relay, int serverPort,
                            int cutSeconds, List<ChangeSet> heard, Path folder, PhoneNormalizer normalizer,
                            List<String> states) throws Exception {
        Set<Integer> view = ids(a);
        heard.clear();
        int deadPort;
        try (ServerSocket closed = new ServerSocket(0)) {
            deadPort = closed.getLocalPort();
        }
        relay.target(deadPort);
        execute(a, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '" + LISTENER + "'");
        long cutStart = System.nanoTime();
        await(() -> live.state().kind() == LiveState.Kind.RECONNECTING);
        List<Integer> added = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            added.add(contacts.add(String.format(Locale.ROOT, "0814%08d", 30_000_000 + i), 2).id());
        }
        for (int i = 0; i < 20; i++) {
            ContactRow row = contacts.find(added.get(i)).orElseThrow();
            contacts.update(row.id(), row.updatedAt(), row.originalNumber(), 3);
        }
        contacts.delete(added.subList(30, 50));
        Path file = folder.resolve("cut-import.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < 1000; i++) {
                out.write(String.format(Locale.ROOT, "0815%08d%n", 40_000_000 + i));
            }
        }
        ImportService imports = new ImportService(a.dataSource(), normalizer);
        imports.importFile(file, imports.inspect(file).guessedOptions("Impor putus", true), null, Locale.ENGLISH,
                TransferProgress.NONE, new Cancellation());
        long left = cutSeconds * 1_000_000_000L - (System.nanoTime() - cutStart);
        if (left > 0) {
            Thread.sleep(left / 1_000_000);
        }
        relay.target(serverPort);
        long restored = System.nanoTime();
        await(() -> live.state().kind() == LiveState.Kind.LIVE);
        long liveAgain = System.nanoTime();
        Set<Integer> server = ids(a);
        await(() -> replay(view, heard, a).equals(server));
        long converged = System.nanoTime();
        System.out.printf(Locale.ROOT, "after a %d s cut: live again %.1f s after the server could be reached"
                        + " (backoff), converged %.0f ms after that; %d rows on the server; states %s%n",
                cutSeconds, (liveAgain - restored) / 1e9, (converged - liveAgain) / 1e6, server.size(), states);
    }

    private static Set<Integer> replay(Set<Integer> start, List<ChangeSet> heard, Database a) {
        Set<Integer> view = new HashSet<>(start);
        for (ChangeSet set : heard) {
            ChangeSet.TableChanges numbers = set.of(Table.PHONE_NUMBERS);
            if (numbers.reload()) {
                view = ids(a);
            } else {
                view.removeAll(numbers.deleted());
                view.addAll(numbers.inserted());
            }
        }
        return view;
    }

    private static Set<Integer> ids(Database database) {
        Set<Integer> ids = new HashSet<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id FROM phone_numbers")) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static void execute(Database database, String sql) throws java.sql.SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(2);
        }
    }
}
