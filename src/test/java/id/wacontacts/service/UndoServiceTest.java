package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.domain.CategoryRow;
import id.wacontacts.domain.ChangeEvent.Table;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.domain.UndoConflict;
import id.wacontacts.domain.UndoConflict.Reason;
import id.wacontacts.domain.UndoStep;
import id.wacontacts.service.transfer.FileInspection;
import id.wacontacts.service.transfer.ImportSummary;
import id.wacontacts.service.transfer.TransferProgress;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.service.transfer.TestFiles;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Undo and redo of each kind of step, on a real database, and the refusals. */
class UndoServiceTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("undo");
    private static UndoService undo;
    private static ChangeHistory history;
    private static ContactService contacts;
    private static CategoryService categories;

    @BeforeAll
    static void open() {
        undo = new UndoService(fixture.database().sessionFactory());
        history = new ChangeHistory(fixture.database().sessionFactory());
        contacts = fixture.contacts();
        categories = fixture.categories();
    }

    @BeforeEach
    void emptyTrash() {
        fixture.sql("DELETE FROM trash");
    }

    @Test
    void anAddIsUndoneWithoutFillingTheTrashAndRedoneWithItsIdAndTime() {
        var added = undo.record(() -> contacts.add("0812-3456-7890", fixture.categoryId("Prospek")));
        ContactRow row = added.result();

        UndoStep undone = undo.undo(added.step());
        assertThat(contacts.find(row.id())).isEmpty();
        assertThat(trash()).isZero();

        undo.redo(undone);
        ContactRow back = contacts.find(row.id()).orElseThrow();
        assertThat(back.normalizedNumber()).isEqualTo("+6281234567890");
        assertThat(back.createdAt()).isEqualTo(row.createdAt());
        assertThat(back.categoryId()).isEqualTo(row.categoryId());
    }

    @Test
    void anEditOfTheNumberAndItsCategoryIsUndoneAndRedone() {
        ContactRow row = contacts.add("0812-3456-7890", fixture.categoryId("Prospek"));
        int lead = fixture.categoryId("Lead");
        UndoStep edit = undo.record(() -> contacts.update(row.id(), row.updatedAt(), "0813-1111-2222", lead)).step();

        UndoStep undone = undo.undo(edit);
        ContactRow before = contacts.find(row.id()).orElseThrow();
        assertThat(before.normalizedNumber()).isEqualTo("+6281234567890");
        assertThat(before.originalNumber()).isEqualTo(row.originalNumber());
        assertThat(before.categoryId()).isEqualTo(row.categoryId());

        undo.redo(undone);
        ContactRow after = contacts.find(row.id()).orElseThrow();
        assertThat(after.normalizedNumber()).isEqualTo("+6281311112222");
        assertThat(after.categoryId()).isEqualTo(lead);
    }

    @Test
    void deletedNumbersComeBackWithTheirIdsAndLeaveTheTrash() {
        int prospek = fixture.categoryId("Prospek");
        ContactRow a = contacts.add("0812-1111-2222", prospek);
        ContactRow b = contacts.add("0813-3333-4444", prospek);
        UndoStep delete = undo.record(() -> contacts.delete(List.of(a.id(), b.id()))).step();
        assertThat(trash()).isEqualTo(2);

        UndoStep undone = undo.undo(delete);
        assertThat(contacts.find(a.id())).get().extracting(ContactRow::createdAt).isEqualTo(a.createdAt());
        assertThat(contacts.find(b.id())).isPresent();
        assertThat(trash()).isZero();

        undo.redo(undone);
        assertThat(contacts.find(a.id())).isEmpty();
        assertThat(contacts.find(b.id())).isEmpty();
        assertThat(trash()).isEqualTo(2);
    }

    @Test
    void aCategoryIsAddedRenamedDescribedAndDeletedWithItsNumbersAndEachStepIsUndone() {
        var created = undo.record(() -> categories.create("Arisan", "Ibu-ibu"));
        CategoryRow arisan = created.result();
        UndoStep rename = undo.record(() -> categories.update(arisan.id(), arisan.updatedAt(), "Arisan RT 5", "Ibu-ibu RT 5")).step();
        ContactRow number = contacts.add("0812-1111-2222", arisan.id());
        UndoStep delete = undo.record(() -> categories.delete(arisan.id())).step();
        assertThat(categories.find(arisan.id())).isEmpty();

        undo.undo(delete);
        assertThat(categories.find(arisan.id())).get().extracting(CategoryRow::name).isEqualTo("Arisan RT 5");
        assertThat(contacts.find(number.id())).get().extracting(ContactRow::categoryId).isEqualTo(arisan.id());
        assertThat(trash()).isZero();

        undo.undo(rename);
        CategoryRow renamedBack = categories.find(arisan.id()).orElseThrow();
        assertThat(renamedBack.name()).isEqualTo("Arisan");
        assertThat(renamedBack.description()).isEqualTo("Ibu-ibu");

        // The category holds a number added after it was created: undoing the add would delete it.
        assertThatThrownBy(() -> undo.undo(created.step()))
                .isInstanceOfSatisfying(UndoRefusedException.class, e -> assertThat(e.conflicts())
                        .containsExactly(new UndoConflict(Table.CATEGORIES, arisan.id(), Reason.CATEGORY_NOT_EMPTY, "Arisan")));
        contacts.delete(List.of(number.id()));
        undo.undo(created.step());
        assertThat(categories.findByName("Arisan")).isEmpty();
    }

    @Test
    void anImportUndoneStoresNothing() {
        long numbersBefore = numbers();
        int categoriesBefore = categories.list().size();
        var imported = undo.record(() -> importFile("excel-semicolon-bom.csv", "Arisan"));
        assertThat(imported.result().imported()).isPositive();
        assertThat(numbers()).isEqualTo(numbersBefore + imported.result().imported());

        UndoStep undone = undo.undo(imported.step());

        assertThat(numbers()).isEqualTo(numbersBefore);
        assertThat(categories.list()).hasSize(categoriesBefore);
        assertThat(categories.findByName("Arisan")).isEmpty();
        assertThat(trash()).isZero();

        undo.redo(undone);
        assertThat(numbers()).isEqualTo(numbersBefore + imported.result().imported());
        assertThat(categories.findByName("Arisan")).isPresent();
    }

    @Test
    void anUndoIsRefusedWhenAnotherSessionChangedTheRowSinceAndNothingIsOverwritten() {
        var added = undo.record(() -> contacts.add("0812-3456-7890", fixture.categoryId("Prospek")));
        UndoStep edit = undo.record(() -> contacts.update(added.result().id(), added.result().updatedAt(),
                "0812-3456-7891", fixture.categoryId("Prospek"))).step();
        fixture.sql("UPDATE phone_numbers SET category_id = " + fixture.categoryId("Lead")
                + " WHERE id = " + added.result().id());

        assertThatThrownBy(() -> undo.undo(edit))
                .isInstanceOfSatisfying(UndoRefusedException.class, e -> assertThat(e.conflicts()).containsExactly(
                        new UndoConflict(Table.PHONE_NUMBERS, added.result().id(), Reason.CHANGED, "+6281234567891")));

        ContactRow now = contacts.find(added.result().id()).orElseThrow();
        assertThat(now.normalizedNumber()).isEqualTo("+6281234567891");
        assertThat(now.categoryId()).isEqualTo(fixture.categoryId("Lead"));
    }

    @Test
    void undoingADeleteIsRefusedWhenTheNumberWasStoredAgainNamingItsCategory() {
        ContactRow row = contacts.add("0812-3456-7890", fixture.categoryId("Prospek"));
        UndoStep delete = undo.record(() -> contacts.delete(List.of(row.id()))).step();
        contacts.add("+62 812 3456 7890", fixture.categoryId("Lead"));

        assertThatThrownBy(() -> undo.undo(delete))
                .isInstanceOfSatisfying(UndoRefusedException.class, e -> assertThat(e.conflicts()).containsExactly(
                        new UndoConflict(Table.PHONE_NUMBERS, row.id(), Reason.NUMBER_TAKEN, "Lead")));
        assertThat(trash()).isEqualTo(1);
    }

    @Test
    void aStepRecordsOnlyThisDesktopsTransactions() {
        long mark = undo.mark();
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " VALUES ('0812', '+628120000001', 1)");
        assertThat(undo.stepSince(mark).isEmpty()).isTrue();
    }

    static ImportSummary importFile(String name, String category) {
        FileInspection inspection = fixture.imports().inspect(TestFiles.path(name));
        return fixture.imports().importFile(inspection.file(), inspection.guessedOptions(category, true), null,
                Locale.ENGLISH, TransferProgress.NONE, new Cancellation());
    }

    static long numbers() {
        return categories.statisticsByCounting().stream().mapToLong(c -> c.phoneCount()).sum();
    }

    static int trash() {
        return history.trash(OptionalLong.empty(), ChangeHistory.MAX_PAGE_SIZE).size();
    }
}
