package id.wacontacts.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.db.Database;
import id.wacontacts.domain.CategoryCount;
import id.wacontacts.domain.ChangeSet;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.domain.LiveState;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.CategoryService;
import id.wacontacts.service.ContactService;
import id.wacontacts.service.live.LiveChanges;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.RecordingNotifier;
import id.wacontacts.ui.common.ScriptedDialogs;
import id.wacontacts.ui.common.SynchronousTaskRunner;
import id.wacontacts.ui.contact.ContactItem;
import id.wacontacts.ui.contact.ContactListViewModel;
import id.wacontacts.ui.main.MainViewModel;
import id.wacontacts.ui.main.Services;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two desktops on one server: desktop A (the fixture's services) writes, desktop B shows the window's
 * view-models, fed by its own listener. B's list and counts follow A without a reload, and B's user
 * keeps their selection and the edit in progress.
 */
class LiveViewModelTest {

    @RegisterExtension
    static final ServiceFixture desktopA = ServiceFixture.resetBeforeEach("livevm");

    private static final Duration WAIT = Duration.ofSeconds(20);

    private Database databaseB;
    private LiveChanges live;
    private final BlockingQueue<ChangeSet> deliveries = new LinkedBlockingQueue<>();
    private final MainViewModel window = new MainViewModel(new SynchronousTaskRunner(), new Messages(Locale.ENGLISH),
            new RecordingNotifier(), new ScriptedDialogs(), url -> { });

    @BeforeEach
    void openDesktopB() {
        databaseB = Database.open(desktopA.settings());
        live = new LiveChanges(databaseB.settings(), databaseB.dataSource(), databaseB.instance(),
                "WA Contacts/test-b/window", new LiveChanges.Timing(Duration.ofMillis(300), Duration.ofMillis(500),
                        Duration.ofSeconds(1), Duration.ofSeconds(30)), Clock.systemUTC());
        live.subscribe(deliveries::add);
        live.start();
    }

    @AfterEach
    void closeDesktopB() {
        live.close();
        databaseB.close();
    }

    private void openWindowB() {
        PhoneNormalizer normalizer = new PhoneNormalizer(PhoneNormalizer.DEFAULT_REGION);
        Services services = new Services(new CategoryService(databaseB.sessionFactory()),
                new ContactService(databaseB.sessionFactory(), normalizer), normalizer, false, "server", true);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (live.state().kind() != LiveState.Kind.LIVE && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(live.state().kind()).isEqualTo(LiveState.Kind.LIVE);
        window.open(() -> services);
    }

    /** Applies B's deliveries, as the FX thread would, until {@code condition} holds. */
    private void deliverUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            assertThat(left).as(what).isPositive();
            ChangeSet set = deliveries.poll(left, TimeUnit.NANOSECONDS);
            if (set != null) {
                window.live().changed(set);
            }
        }
    }

    private ContactListViewModel contacts() {
        return window.contacts();
    }

    private Optional<ContactRow> shown(int id) {
        return contacts().rows().stream().map(ContactItem::row).filter(row -> row.id() == id).findFirst();
    }

    private long count(String category) {
        return window.categories().rows().stream().filter(row -> row.name().equals(category))
                .mapToLong(CategoryCount::phoneCount).findFirst().orElse(-1);
    }

    @Test
    void aNumberAddedElsewhereAppearsAndTheCountsAndStatusFollow() throws InterruptedException {
        openWindowB();
        assertThat(contacts().rows()).isEmpty();

        ContactRow added = desktopA.contacts().add("0812-3456-7001", desktopA.categoryId("Lead"));

        deliverUntil("the number appears on B", () -> shown(added.id()).isPresent());
        deliverUntil("B's counts follow", () -> count("Lead") == 1);
        assertThat(window.statusProperty().get()).isEqualTo("1 number in 5 categories");
        assertThat(window.live().newNumbersTextProperty().get()).isEmpty();
    }

    @Test
    void aNumberChangedElsewhereIsReadAgainInPlace() throws InterruptedException {
        ContactRow older = desktopA.contacts().add("0812-3456-7001", desktopA.categoryId("Lead"));
        ContactRow newer = desktopA.contacts().add("0812-3456-7002", desktopA.categoryId("Lead"));
        openWindowB();
        List<Integer> order = contacts().rows().stream().map(ContactItem::id).toList();

        desktopA.contacts().update(older.id(), older.updatedAt(), "0812-3456-7009", desktopA.categoryId("Prospek"));

        deliverUntil("the change reaches B's row", () -> shown(older.id())
                .map(row -> row.originalNumber().equals("0812-3456-7009")).orElse(false));
        assertThat(contacts().rows().stream().map(ContactItem::id).toList()).isEqualTo(order);
        assertThat(shown(newer.id()).orElseThrow().originalNumber()).isEqualTo("0812-3456-7002");
        deliverUntil("the counts follow the move", () -> count("Prospek") == 1 && count("Lead") == 1);
    }

    @Test
    void whileTheUserHasRowsSelectedNewNumbersAreAnnouncedAndShownOnRequest() throws InterruptedException {
        ContactRow mine = desktopA.contacts().add("0812-3456-7001", desktopA.categoryId("Lead"));
        openWindowB();
        contacts().live().selectionChanged(Set.of(mine.id()));

        ContactRow first = desktopA.contacts().add("0812-3456-7002", desktopA.categoryId("Lead"));
        ContactRow second = desktopA.contacts().add("0812-3456-7003", desktopA.categoryId("Lead"));

        deliverUntil("both new numbers are announced",
                () -> window.live().newNumbersTextProperty().get().equals("2 new numbers — show"));
        assertThat(contacts().rows()).extracting(ContactItem::id).containsExactly(mine.id());

        List<Set<Integer>> restored = new java.util.ArrayList<>();
        contacts().live().selectionToRestoreProperty().addListener((observable, old, ids) -> restored.add(ids));

        window.live().showNew();

        assertThat(contacts().rows()).extracting(ContactItem::id)
                .containsExactlyInAnyOrder(mine.id(), first.id(), second.id());
        assertThat(restored).as("the selection is put back").contains(Set.of(mine.id()));
        assertThat(window.live().newNumbersTextProperty().get()).isEmpty();
    }

    @Test
    void aSelectedRowDeletedElsewhereGreysOutUntilTheSelectionLeavesIt() throws InterruptedException {
        ContactRow kept = desktopA.contacts().add("0812-3456-7001", desktopA.categoryId("Lead"));
        ContactRow deleted = desktopA.contacts().add("0812-3456-7002", desktopA.categoryId("Lead"));
        openWindowB();
        contacts().live().selectionChanged(Set.of(deleted.id()));

        desktopA.contacts().delete(List.of(deleted.id()));

        deliverUntil("the row greys out", () -> contacts().live().goneIds().contains(deleted.id()));
        assertThat(shown(deleted.id())).isPresent();

        contacts().live().selectionChanged(Set.of(kept.id()));

        assertThat(contacts().rows()).extracting(ContactItem::id).containsExactly(kept.id());
        assertThat(contacts().live().goneIds()).isEmpty();
        deliverUntil("the counts follow", () -> count("Lead") == 1);
    }

    @Test
    void anEditInProgressSurvivesChangesElsewhereAndAChangeToItsRowGetsTheNotice() throws InterruptedException {
        ContactRow edited = desktopA.contacts().add("0812-3456-7001", desktopA.categoryId("Lead"));
        ContactRow other = desktopA.contacts().add("0812-3456-7002", desktopA.categoryId("Lead"));
        openWindowB();
        contacts().live().editingIdProperty().set(edited.id());

        desktopA.contacts().update(other.id(), other.updatedAt(), "0812-3456-7008", other.categoryId());
        deliverUntil("the other row follows", () -> shown(other.id())
                .map(row -> row.originalNumber().equals("0812-3456-7008")).orElse(false));
        assertThat(window.live().conflictTextProperty().get()).isNull();

        desktopA.contacts().update(edited.id(), edited.updatedAt(), "0812-3456-7009", edited.categoryId());
        deliverUntil("the notice shows", () -> window.live().conflictTextProperty().get() != null);
        assertThat(window.live().conflictTextProperty().get())
                .isEqualTo("This number was changed on another desktop while you were editing it.");
        assertThat(shown(edited.id()).orElseThrow().originalNumber()).as("the edited row is left alone")
                .isEqualTo("0812-3456-7001");

        window.live().reloadConflict();

        assertThat(shown(edited.id()).orElseThrow().originalNumber()).isEqualTo("0812-3456-7009");
        assertThat(window.live().conflictTextProperty().get()).isNull();
    }

    @Test
    void whileACategoryIsBeingEditedTheCountsWaitForTheEditToEnd() throws InterruptedException {
        openWindowB();
        window.categories().editingProperty().set(true);

        ContactRow added = desktopA.contacts().add("0812-3456-7001", desktopA.categoryId("Lead"));

        deliverUntil("the number appears on B", () -> shown(added.id()).isPresent());
        assertThat(count("Lead")).as("the category list is left alone during the edit").isZero();

        window.categories().editingProperty().set(false);

        assertThat(count("Lead")).isEqualTo(1);
    }
}
