package id.wacontacts.service.live;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.db.Database;
import id.wacontacts.domain.ChangeEvent.Table;
import id.wacontacts.domain.ChangeSet;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.domain.LiveState;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.ContactService;
import id.wacontacts.service.transfer.FileInspection;
import id.wacontacts.service.transfer.TransferProgress;
import id.wacontacts.testsupport.FreshDatabases;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.testsupport.TcpRelay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desktops on one server, each with its own pool: desktop A (the fixture's services) writes,
 * desktop B listens. B hears each of A's changes, ignores its own, and after its listening
 * connection is killed reconnects and catches up exactly.
 */
class LiveChangesTest {

    @RegisterExtension
    static final ServiceFixture desktopA = ServiceFixture.resetBeforeEach("live");

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String LISTENER_NAME = "WA Contacts/test-b/listener";

    @TempDir
    Path folder;

    private Database databaseB;
    private ContactService contactsB;
    private LiveChanges live;
    private final List<ChangeSet> heard = new CopyOnWriteArrayList<>();
    private final List<LiveState> states = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openDesktopB() {
        databaseB = Database.open(desktopA.settings());
        contactsB = new ContactService(databaseB.sessionFactory(), new PhoneNormalizer(PhoneNormalizer.DEFAULT_REGION));
        live = new LiveChanges(databaseB.settings(), databaseB.dataSource(), databaseB.instance(), LISTENER_NAME,
                new LiveChanges.Timing(Duration.ofMillis(300), Duration.ofMillis(500), Duration.ofSeconds(1),
                        Duration.ofSeconds(30)), Clock.systemUTC());
        live.subscribe(heard::add);
        live.onStateChange(states::add);
        live.start();
        await("the listener is live", () -> live.state().kind() == LiveState.Kind.LIVE);
    }

    @AfterEach
    void closeDesktopB() {
        live.close();
        databaseB.close();
    }

    @Test
    void addsEditsDeletesAndImportsOfAnotherDesktopArriveWithTheirIds() throws IOException {
        ContactRow added = desktopA.contacts().add("0812-3456-7001", 1);
        awaitHeard(Table.PHONE_NUMBERS, s -> s.inserted().contains(added.id()));

        ContactRow edited = desktopA.contacts().update(added.id(), added.updatedAt(), "0812-3456-7002", 2);
        awaitHeard(Table.PHONE_NUMBERS, s -> s.updated().contains(edited.id()));

        desktopA.contacts().delete(List.of(added.id()));
        awaitHeard(Table.PHONE_NUMBERS, s -> s.deleted().contains(added.id()));

        Path file = Files.writeString(folder.resolve("impor.csv"), "0812-3456-7101\n0812-3456-7102\n0812-3456-7103\n");
        FileInspection inspection = desktopA.imports().inspect(file);
        desktopA.imports().importFile(file, inspection.guessedOptions("Impor", true), null, Locale.ENGLISH,
                TransferProgress.NONE, new Cancellation());
        Set<Integer> imported = idsOf("+6281234567101", "+6281234567102", "+6281234567103");
        awaitHeard(Table.PHONE_NUMBERS, s -> s.inserted().containsAll(imported));
        awaitHeard(Table.CATEGORIES, s -> s.inserted().contains(desktopA.categoryId("Impor")));
    }

    @Test
    void aLargeStatementArrivesAsOneReloadAndTheListenerStaysLive() {
        desktopA.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " SELECT '0812' || g, '+62812' || g, 1 FROM generate_series(3000000, 3004999) g");

        awaitHeard(Table.PHONE_NUMBERS, ChangeSet.TableChanges::reload);
        assertThat(heard).flatMap(ChangeSet::changes).singleElement()
                .satisfies(change -> assertThat(change.count()).isEqualTo(5000));
        assertThat(states).extracting(LiveState::kind).containsExactly(LiveState.Kind.LIVE);
    }

    @Test
    void ownChangesAreIgnored() {
        ContactRow own = contactsB.add("0812-3456-7201", 1);
        ContactRow theirs = desktopA.contacts().add("0812-3456-7202", 1);

        awaitHeard(Table.PHONE_NUMBERS, s -> s.inserted().contains(theirs.id()));
        assertThat(heard).noneSatisfy(set -> assertThat(set.of(Table.PHONE_NUMBERS).inserted()).contains(own.id()));
        assertThat(heard).flatMap(ChangeSet::changes).allSatisfy(c -> assertThat(c.ids()).doesNotContain(own.id()));
    }

    @Test
    void aKilledListenerReconnectsAndCatchesUpEveryChangeMadeMeanwhile() {
        ContactRow before = desktopA.contacts().add("0812-3456-7300", 1);
        awaitHeard(Table.PHONE_NUMBERS, s -> s.inserted().contains(before.id()));

        FreshDatabases.execute(FreshDatabases.admin(), "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                + " WHERE application_name = '" + LISTENER_NAME + "'");
        await("the listener notices the cut", () -> live.state().kind() == LiveState.Kind.RECONNECTING);
        heard.clear();
        ContactRow first = desktopA.contacts().add("0812-3456-7301", 1);
        ContactRow second = desktopA.contacts().add("0812-3456-7302", 2);
        desktopA.contacts().delete(List.of(before.id()));
        ContactRow moved = desktopA.contacts().update(first.id(), first.updatedAt(), "0812-3456-7301", 3);

        await("the listener is live again", () -> live.state().kind() == LiveState.Kind.LIVE);
        awaitHeard(Table.PHONE_NUMBERS, s -> s.deleted().contains(before.id()));
        // Replayed in order over what B showed before the cut, the deliveries give exactly the server's rows.
        Set<Integer> shown = new HashSet<>(Set.of(before.id()));
        heard.forEach(set -> {
            shown.removeAll(set.of(Table.PHONE_NUMBERS).deleted());
            shown.addAll(set.of(Table.PHONE_NUMBERS).inserted());
        });
        assertThat(moved.id()).isEqualTo(first.id());
        assertThat(shown).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(states).extracting(LiveState::kind).containsSubsequence(
                LiveState.Kind.LIVE, LiveState.Kind.RECONNECTING, LiveState.Kind.LIVE);
    }

    @Test
    void reconnectNowCutsALongBackoffShort() {
        try (LiveChanges patient = new LiveChanges(databaseB.settings(), databaseB.dataSource(), databaseB.instance(),
                "WA Contacts/test-b/patient", new LiveChanges.Timing(Duration.ofMillis(300), Duration.ofMillis(500),
                        Duration.ofMinutes(10), Duration.ofMinutes(10)), Clock.systemUTC())) {
            List<ChangeSet> patientHeard = new CopyOnWriteArrayList<>();
            patient.subscribe(patientHeard::add);
            patient.start();
            await("live", () -> patient.state().kind() == LiveState.Kind.LIVE);
            FreshDatabases.execute(FreshDatabases.admin(), "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE application_name = 'WA Contacts/test-b/patient'");
            await("the cut noticed", () -> patient.state().kind() == LiveState.Kind.RECONNECTING);
            ContactRow meanwhile = desktopA.contacts().add("0812-3456-7501", 1);

            patient.reconnectNow();

            await("live again well before the 10-minute backoff", () -> patient.state().kind() == LiveState.Kind.LIVE);
            await("the change made meanwhile caught up", () -> patientHeard.stream()
                    .anyMatch(set -> set.of(Table.PHONE_NUMBERS).inserted().contains(meanwhile.id())));
        }
    }

    @Test
    void aServerAddressThatAnswersAgainEndsALongBackoffAtOnce() throws Exception {
        int serverPort = Integer.parseInt(databaseB.settings().jdbcUrl().replaceAll("^.*://[^:/]+:(\\d+)/.*$", "$1"));
        try (TcpRelay relay = new TcpRelay(serverPort);
             LiveChanges patient = new LiveChanges(new ConnectionSettings(databaseB.settings().jdbcUrl()
                     .replaceFirst(":" + serverPort + "/", ":" + relay.port() + "/"), databaseB.settings().user(),
                     databaseB.settings().password()), databaseB.dataSource(), databaseB.instance(),
                     "WA Contacts/test-b/patient", new LiveChanges.Timing(Duration.ofMillis(300), Duration.ofMillis(500),
                     Duration.ofMinutes(10), Duration.ofMinutes(10)), Clock.systemUTC())) {
            List<ChangeSet> patientHeard = new CopyOnWriteArrayList<>();
            patient.subscribe(patientHeard::add);
            patient.start();
            await("live", () -> patient.state().kind() == LiveState.Kind.LIVE);

            relay.refuse(true); // the server's machine is off: its address refuses
            await("the cut noticed", () -> patient.state().kind() == LiveState.Kind.RECONNECTING);
            ContactRow meanwhile = desktopA.contacts().add("0812-3456-7502", 1);
            relay.refuse(false);

            await("live again well before the 10-minute backoff", () -> patient.state().kind() == LiveState.Kind.LIVE);
            await("the change made meanwhile caught up", () -> patientHeard.stream()
                    .anyMatch(set -> set.of(Table.PHONE_NUMBERS).inserted().contains(meanwhile.id())));
        }
    }

    @Test
    void aBurstOfChangesIsDeliveredAtMostOncePer300Ms() {
        heard.clear();
        long start = System.nanoTime();
        for (int i = 0; i < 30; i++) {
            desktopA.contacts().add("0812-3456-74" + String.format("%02d", i), 1);
        }
        long writing = System.nanoTime() - start;
        await("all 30 heard", () -> heard.stream().mapToInt(s -> s.of(Table.PHONE_NUMBERS).inserted().size()).sum() == 30);
        // One delivery may open each 300 ms window while writing, plus the last one after it.
        assertThat(heard.size()).isLessThanOrEqualTo(2 + (int) (writing / 300_000_000L));
    }

    private Set<Integer> idsOf(String... normalized) {
        Set<Integer> ids = new HashSet<>();
        for (String number : normalized) {
            ids.add(desktopA.contacts().findByNormalized(number).orElseThrow().id());
        }
        return ids;
    }

    private void awaitHeard(Table table, java.util.function.Predicate<ChangeSet.TableChanges> condition) {
        await("a delivery about " + table, () -> heard.stream().anyMatch(set -> condition.test(set.of(table))));
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.onSpinWait();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
