package id.wacontacts.ui.undo;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.CategoryCount;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.ChangeHistory;
import id.wacontacts.service.TrashService;
import id.wacontacts.service.UndoService;
import id.wacontacts.service.transfer.HistoryExport;
import id.wacontacts.service.transfer.TestFiles;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.RecordingNotifier;
import id.wacontacts.ui.common.ScriptedDialogs;
import id.wacontacts.ui.common.SynchronousTaskRunner;
import id.wacontacts.ui.contact.ContactItem;
import id.wacontacts.ui.importer.ImportWizardViewModel;
import id.wacontacts.ui.main.MainViewModel;
import id.wacontacts.ui.main.SafetyNet;
import id.wacontacts.ui.main.Services;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The window's undo and redo, driven through its panes' view-models on a real database, without the toolkit. */
class UndoHistoryTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("undo-ui");

    private final RecordingNotifier notifier = new RecordingNotifier();
    private final ScriptedDialogs dialogs = new ScriptedDialogs().confirming(true);
    private MainViewModel window;
    private UndoHistory undo;

    @BeforeEach
    void open() {
        fixture.sql("DELETE FROM trash");
        window = window(Locale.ENGLISH);
    }

    private MainViewModel window(Locale locale) {
        SynchronousTaskRunner tasks = new SynchronousTaskRunner();
        MainViewModel model = new MainViewModel(tasks, tasks, new Messages(locale), notifier, dialogs, url -> { },
                Runnable::run);
        var sessions = fixture.database().sessionFactory();
        model.open(() -> new Services(fixture.categories(), fixture.contacts(),
                new PhoneNormalizer(PhoneNormalizer.DEFAULT_REGION), false, "test", true, false,
                Optional.of(new SafetyNet(() -> new UndoService(sessions), () -> new TrashService(sessions),
                        () -> new ChangeHistory(sessions), () -> new HistoryExport(sessions))), Optional.empty()));
        undo = model.undo();
        return model;
    }

    private ContactRow add(String number, String category) {
        return fixture.contacts().add(number, fixture.categoryId(category));
    }

    private List<String> shownNumbers() {
        return window.contacts().rows().stream().map(item -> item.row().normalizedNumber()).toList();
    }

    private long count(String category) {
        return window.categories().rows().stream().filter(row -> row.name().equals(category))
                .mapToLong(CategoryCount::phoneCount).findFirst().orElse(-1);
    }

    @Test
    void nothingToUndoLeavesTheMenuItemsDisabledAndUnnamed() {
        assertThat(undo.canUndoProperty().get()).isFalse();
        assertThat(undo.canRedoProperty().get()).isFalse();
        assertThat(undo.undoTextProperty().get()).isEqualTo("_Undo");
        assertThat(undo.redoTextProperty().get()).isEqualTo("_Redo");
    }

    @Test
    void aDeleteOfSeveralNumbersIsUndoneAndRedoneAndTheMenuNamesIt() {
        add("0812-1111-2222", "Prospek");
        add("0813-3333-4444", "Prospek");
        add("0857-5555-6666", "Lead");
        window.refresh();

        window.contacts().delete(List.copyOf(window.contacts().rows()));
        assertThat(shownNumbers()).isEmpty();
        assertThat(undo.undoTextProperty().get()).isEqualTo("_Undo: delete 3 numbers");
        assertThat(undo.canUndoProperty().get()).isTrue();

        undo.undo();
        assertThat(shownNumbers()).hasSize(3);
        assertThat(count("Prospek")).isEqualTo(2);
        assertThat(notifier.lastInfo()).isEqualTo("Undone: delete 3 numbers.");
        assertThat(undo.canUndoProperty().get()).isFalse();
        assertThat(undo.redoTextProperty().get()).isEqualTo("_Redo: delete 3 numbers");

        undo.redo();
        assertThat(shownNumbers()).isEmpty();
        assertThat(count("Prospek")).isZero();
        assertThat(undo.undoTextProperty().get()).isEqualTo("_Undo: delete 3 numbers");
    }

    @Test
    void theMenuNamesTheStepInIndonesian() {
        window = window(Messages.INDONESIAN);
        add("0812-1111-2222", "Prospek");
        add("0813-3333-4444", "Prospek");
        window.refresh();

        window.contacts().delete(List.copyOf(window.contacts().rows()));

        assertThat(undo.undoTextProperty().get()).isEqualTo("U_rungkan: hapus 2 nomor");
        undo.undo();
        assertThat(undo.redoTextProperty().get()).isEqualTo("U_langi: hapus 2 nomor");
    }

    @Test
    void theStepsGoOnInTheNextLanguageNamedInIt() {
        add("0812-1111-2222", "Prospek");
        add("0813-3333-4444", "Prospek");
        window.refresh();
        window.contacts().delete(List.copyOf(window.contacts().rows()));
        UndoHistory english = undo;
        Runnable oldNotificationsUndo = notifier.lastInfoAction;

        MainViewModel indonesian = window(Messages.INDONESIAN);
        undo.adopt(english);

        assertThat(undo.undoTextProperty().get()).isEqualTo("U_rungkan: hapus 2 nomor");
        assertThat(english.canUndoProperty().get()).isFalse();
        oldNotificationsUndo.run();
        assertThat(fixture.contacts().count(id.wacontacts.domain.ContactQuery.ALL, 10,
                new id.wacontacts.service.Cancellation()).count()).isZero();
        undo.undo();
        assertThat(indonesian.contacts().rows()).hasSize(2);
        assertThat(notifier.lastInfo()).isEqualTo("Diurungkan: hapus 2 nomor.");
    }

    @Test
    void theDeleteNotificationsUndoButtonBringsTheNumberBack() {
        ContactRow row = add("0812-1111-2222", "Prospek");
        window.refresh();

        window.contacts().delete(List.copyOf(window.contacts().rows()));
        assertThat(notifier.lastInfo()).isEqualTo("1 number deleted.");
        assertThat(notifier.lastInfoActionText).isEqualTo("Undo");
        notifier.lastInfoAction.run();

        assertThat(fixture.contacts().find(row.id())).isPresent();
        assertThat(shownNumbers()).containsExactly("+6281211112222");
        notifier.lastInfoAction.run(); // the step is no longer on the stack: nothing more happens
        assertThat(undo.redoTextProperty().get()).isEqualTo("_Redo: delete +6281211112222");
    }

    @Test
    void anAddAndInlineEditsOfTheNumberAndItsCategoryAreEachOneStep() {
        window.addNumber().categoryProperty().set(fixture.categories().findByName("Prospek").orElseThrow());
        window.addNumber().numberProperty().set("0812-1111-2222");
        window.addNumber().add();
        assertThat(undo.undoTextProperty().get()).isEqualTo("_Undo: add +6281211112222");
        window.refresh();
        ContactItem added = window.contacts().rows().get(0);

        window.contacts().editNumber(added, "0812-1111-3333");
        assertThat(undo.undoTextProperty().get()).isEqualTo("_Undo: change +6281211112222 to +6281211113333");
        window.contacts().moveToCategory(window.contacts().rows().get(0),
                fixture.categories().findByName("Lead").orElseThrow());
        assertThat(undo.undoTextProperty().get()).isEqualTo("_Undo: move +6281211113333 to \"Lead\"");

        undo.undo();
        assertThat(window.contacts().rows().get(0).row().categoryName()).isEqualTo("Prospek");
        undo.undo();
        assertThat(shownNumbers()).containsExactly("+6281211112222");
        undo.undo();
        assertThat(shownNumbers()).isEmpty();
        assertThat(undo.undoableSteps()).isZero();
    }

    @Test
    void aCategorysAddRenameDescriptionAndDeleteWithItsNumbersAreUndone() {
        window.categories().add("Arisan", "Ibu-ibu", () -> { });
        assertThat(undo.undoTextProperty().get()).isEqualTo("_Undo: add category \"Arisan\"");
        CategoryCount arisan = window.categories().rows().stream().filter(row -> row.name().equals("Arisan"))
                .findFirst().orElseThrow();
        window.categories().rename(arisan, "Arisan RT 5");
        assertThat(undo.undoTextProperty().get()).isEqualTo("_Undo: rename \"Arisan\" to \"Arisan RT 5\"");
        CategoryCount renamed = window.categories().find(arisan.id()).orElseThrow();
        window.categories().describe(renamed, "RT 5");
        assertThat(undo.undoTextProperty().get()).isEqualTo("_Undo: change the description of \"Arisan RT 5\"");
        add("0812-1111-2222", "Arisan RT 5");
        add("0813-3333-4444", "Arisan RT 5");
        window.refresh();

        window.categories().deleteAsking(window.categories().find(arisan.id()).orElseThrow());
        assertThat(dialogs.lastQuestion()).isEqualTo("Delete the category \"Arisan RT 5\"? All its 2 numbers go to the"
                + " trash with it. Edit → Undo or View → Trash brings them back.");
        assertThat(undo.undoTextProperty().get()).isEqualTo("_Undo: delete category \"Arisan RT 5\" (2 numbers)");
        assertThat(notifier.lastInfoActionText).isEqualTo("Undo");

        undo.undo();
        assertThat(count("Arisan RT 5")).isEqualTo(2);
        undo.undo();
        assertThat(fixture.categories().find(arisan.id()).orElseThrow().description()).isEqualTo("Ibu-ibu");
        undo.undo();
        assertThat(fixture.categories().find(arisan.id()).orElseThrow().name()).isEqualTo("Arisan");
    }

    @Test
    void anImportIsOneStepAndItsUndoStoresNothing() {
        ImportWizardViewModel wizard = new ImportWizardViewModel(fixture.imports(), fixture.categories(),
                new SynchronousTaskRunner(), new Messages(Locale.ENGLISH), undo, (summary, undoIt) -> undoIt.run());
        wizard.chooseFile(TestFiles.path(TestFiles.EXCEL_CSV));
        wizard.categoryProperty().set("Arisan");
        wizard.preview();

        wizard.startImport(); // the callback presses the notification's Undo at once
        wizard.dispose();

        assertThat(fixture.categories().findByName("Arisan")).isEmpty();
        assertThat(fixture.categories().statisticsByCounting()).allMatch(count -> count.phoneCount() == 0);
        assertThat(undo.redoTextProperty().get()).startsWith("_Redo: import excel-semicolon-bom.csv (");
    }

    @Test
    void anUndoRefusedAfterAnotherSessionChangedTheRowSaysWhatChangedAndOverwritesNothing() {
        add("0812-1111-2222", "Prospek");
        window.refresh();
        window.contacts().editNumber(window.contacts().rows().get(0), "0812-1111-3333");
        fixture.sql("UPDATE phone_numbers SET category_id = " + fixture.categoryId("Lead"));

        undo.undo();

        assertThat(notifier.lastError()).isEqualTo("Not undone: +6281211113333 was changed since, here or on another"
                + " computer. Nothing was overwritten.");
        ContactRow now = fixture.contacts().page(id.wacontacts.domain.ContactQuery.ALL, Optional.empty(), 10,
                new id.wacontacts.service.Cancellation()).items().get(0);
        assertThat(now.normalizedNumber()).isEqualTo("+6281211113333");
        assertThat(now.categoryName()).isEqualTo("Lead");
        assertThat(window.contacts().rows().get(0).row().categoryName()).isEqualTo("Lead");
        assertThat(undo.canUndoProperty().get()).isFalse();
    }

    @Test
    void theStackHoldsMoreThanFiftySteps() {
        for (int i = 0; i < 60; i++) {
            window.categories().add("Kategori " + i, null, () -> { });
        }

        assertThat(undo.undoableSteps()).isEqualTo(60);
        for (int i = 0; i < 60; i++) {
            undo.undo();
        }
        assertThat(fixture.categories().list()).hasSize(5);
    }
}
