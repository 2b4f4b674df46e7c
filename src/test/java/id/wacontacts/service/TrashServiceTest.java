package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.ChangeEvent;
import id.wacontacts.domain.ChangeEvent.Table;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.domain.TrashRestore;
import id.wacontacts.domain.UndoConflict.Reason;
import id.wacontacts.testsupport.ServiceFixture;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Restoring from the trash, its conflicts, deleting forever and emptying, on a real database. */
class TrashServiceTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("trash");
    private static TrashService trash;
    private static ContactService contacts;
    private static CategoryService categories;

    @BeforeAll
    static void open() {
        trash = new TrashService(fixture.database().sessionFactory());
        contacts = fixture.contacts();
        categories = fixture.categories();
    }

    @BeforeEach
    void emptyTrash() {
        fixture.sql("DELETE FROM trash");
    }

    @Test
    void aRestoredNumberKeepsItsIdCreationTimeAndCategory() {
        ContactRow row = contacts.add("0812-3456-7890", fixture.categoryId("Prospek"));
        contacts.delete(List.of(row.id()));

        TrashRestore restored = trash.restore(ids(items()));

        assertThat(restored).isEqualTo(new TrashRestore(1, 0, List.of()));
        ContactRow back = contacts.find(row.id()).orElseThrow();
        assertThat(back.createdAt()).isEqualTo(row.createdAt());
        assertThat(back.categoryId()).isEqualTo(row.categoryId());
        assertThat(back.originalNumber()).isEqualTo(row.originalNumber());
        assertThat(items()).isEmpty();
    }

    @Test
    void restoringANumberWhoseCategoryIsGoneBringsTheCategoryBackFirst() {
        var arisan = categories.create("Arisan", "RT 5");
        ContactRow one = contacts.add("0812-1111-2222", arisan.id());
        ContactRow two = contacts.add("0813-3333-4444", arisan.id());
        categories.delete(arisan.id());
        long numberItem = items().stream().filter(e -> e.table() == Table.PHONE_NUMBERS
                && e.rowId() == one.id()).findFirst().orElseThrow().id();

        TrashRestore restored = trash.restore(List.of(numberItem));

        assertThat(restored).isEqualTo(new TrashRestore(1, 1, List.of()));
        assertThat(categories.find(arisan.id())).get().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Arisan");
            assertThat(c.description()).isEqualTo("RT 5");
            assertThat(c.createdAt()).isEqualTo(arisan.createdAt());
        });
        assertThat(contacts.find(one.id())).isPresent();
        assertThat(contacts.find(two.id())).isEmpty();
        assertThat(items()).singleElement().extracting(ChangeEvent::rowId).isEqualTo(two.id());
    }

    @Test
    void restoringACategoryBringsBackTheNumbersDeletedWithIt() {
        var arisan = categories.create("Arisan", null);
        contacts.add("0812-1111-2222", arisan.id());
        contacts.add("0813-3333-4444", arisan.id());
        categories.delete(arisan.id());
        long categoryItem = items().stream().filter(e -> e.table() == Table.CATEGORIES).findFirst().orElseThrow().id();

        assertThat(trash.restore(List.of(categoryItem))).isEqualTo(new TrashRestore(2, 1, List.of()));
        assertThat(categories.countNumbers(arisan.id())).isEqualTo(2);
        assertThat(items()).isEmpty();
    }

    @Test
    void aNumberAddedAgainMeanwhileIsNotStoredTwiceAndTheUserChoosesWhereItStays() {
        ContactRow row = contacts.add("0812-3456-7890", fixture.categoryId("Prospek"));
        contacts.delete(List.of(row.id()));
        ContactRow again = contacts.add("+62 812 3456 7890", fixture.categoryId("Lead"));
        long item = items().get(0).id();

        TrashRestore restored = trash.restore(List.of(item));

        assertThat(restored.numbers()).isZero();
        assertThat(restored.conflicts()).containsExactly(new TrashRestore.Conflict(item, Table.PHONE_NUMBERS,
                Reason.NUMBER_TAKEN, "+6281234567890", "Lead"));
        assertThat(contacts.find(row.id())).isEmpty();
        assertThat(items()).extracting(ChangeEvent::id).containsExactly(item);

        trash.moveBack(item);
        assertThat(contacts.find(again.id())).get().extracting(ContactRow::categoryId)
                .isEqualTo(fixture.categoryId("Prospek"));
        assertThat(items()).isEmpty();
    }

    @Test
    void keepingTheCurrentOneDropsTheItem() {
        ContactRow row = contacts.add("0812-3456-7890", fixture.categoryId("Prospek"));
        contacts.delete(List.of(row.id()));
        ContactRow again = contacts.add("0812-3456-7890", fixture.categoryId("Lead"));

        trash.keepCurrent(items().get(0).id());

        assertThat(items()).isEmpty();
        assertThat(contacts.find(again.id())).get().extracting(ContactRow::categoryId).isEqualTo(fixture.categoryId("Lead"));
    }

    @Test
    void allOfOneDeletionIsRestoredTogether() {
        int prospek = fixture.categoryId("Prospek");
        ContactRow a = contacts.add("0812-1111-2222", prospek);
        ContactRow b = contacts.add("0813-3333-4444", prospek);
        ContactRow c = contacts.add("0857-5555-6666", prospek);
        contacts.delete(List.of(a.id(), b.id()));
        contacts.delete(List.of(c.id()));
        long firstDeletion = items().stream().filter(e -> e.rowId() == a.id()).findFirst().orElseThrow().transactionId();

        assertThat(trash.restoreDeletion(firstDeletion).numbers()).isEqualTo(2);
        assertThat(items()).singleElement().extracting(ChangeEvent::rowId).isEqualTo(c.id());
    }

    @Test
    void deletedForeverAndEmptiedItemsCannotBeRestored() {
        int prospek = fixture.categoryId("Prospek");
        ContactRow a = contacts.add("0812-1111-2222", prospek);
        ContactRow b = contacts.add("0813-3333-4444", prospek);
        contacts.delete(List.of(a.id(), b.id()));
        long itemA = items().stream().filter(e -> e.rowId() == a.id()).findFirst().orElseThrow().id();

        assertThat(trash.deleteForever(List.of(itemA))).isEqualTo(1);
        assertThat(trash.restore(List.of(itemA))).isEqualTo(new TrashRestore(0, 0, List.of()));
        assertThat(contacts.find(a.id())).isEmpty();

        assertThat(trash.empty()).isEqualTo(1);
        assertThat(items()).isEmpty();
        assertThat(new AppEvents(fixture.database().sessionFactory()).page(OptionalLong.empty(), 1))
                .singleElement().satisfies(e -> assertThat(e.rowCount()).isEqualTo(1));
    }

    private static List<ChangeEvent> items() {
        return trash.list(OptionalLong.empty(), ChangeHistory.MAX_PAGE_SIZE);
    }

    private static List<Long> ids(List<ChangeEvent> events) {
        return events.stream().map(ChangeEvent::id).toList();
    }
}
