package id.wacontacts.ui.trash;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.ContactRow;
import id.wacontacts.service.TrashService;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.RecordingNotifier;
import id.wacontacts.ui.common.ScriptedDialogs;
import id.wacontacts.ui.common.SynchronousTaskRunner;
import id.wacontacts.ui.common.Times;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The trash window's view-model on a real database, without the toolkit. */
class TrashViewModelTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("trash-ui");

    private final RecordingNotifier notifier = new RecordingNotifier();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private TrashViewModel model;

    @BeforeEach
    void open() {
        fixture.sql("DELETE FROM trash");
        model = viewModel(Locale.ENGLISH);
    }

    private TrashViewModel viewModel(Locale locale) {
        return new TrashViewModel(new TrashService(fixture.database().sessionFactory()), new SynchronousTaskRunner(),
                dialogs, new Messages(locale), notifier, new Times(locale, ZoneOffset.UTC));
    }

    @Test
    void listsDeletedCategoriesAndNumbersAndRestoresACategoryWithItsNumbers() {
        var arisan = fixture.categories().create("Arisan", null);
        fixture.contacts().add("0812-1111-2222", arisan.id());
        fixture.contacts().add("0813-3333-4444", arisan.id());
        fixture.categories().delete(arisan.id());

        model.refresh();
        assertThat(model.items()).hasSize(3);
        TrashViewModel.Item category = model.items().stream().filter(TrashViewModel.Item::category).findFirst().orElseThrow();
        assertThat(category.what()).isEqualTo("Arisan");
        assertThat(category.desktop()).startsWith("WA Contacts");
        assertThat(category.user()).isEqualTo(fixture.settings().user());

        model.restore(List.of(category));

        assertThat(notifier.lastInfo()).isEqualTo("2 numbers and 1 categories restored.");
        assertThat(model.items()).isEmpty();
        assertThat(fixture.categories().countNumbers(arisan.id())).isEqualTo(2);
    }

    @Test
    void aNumberStoredAgainIsOfferedToBeMovedBackInIndonesian() {
        TrashViewModel indonesian = viewModel(Messages.INDONESIAN);
        ContactRow row = fixture.contacts().add("0812-3456-7890", fixture.categoryId("Prospek"));
        fixture.contacts().delete(List.of(row.id()));
        ContactRow again = fixture.contacts().add("0812-3456-7890", fixture.categoryId("Lead"));
        indonesian.refresh();

        dialogs.confirming(true);
        indonesian.restore(List.copyOf(indonesian.items()));

        assertThat(dialogs.lastQuestion()).isEqualTo("+6281234567890 tidak dipulihkan: nomor itu sudah disimpan lagi,"
                + " di \"Lead\". Biarkan di sana, atau pindahkan kembali ke kategori asalnya?");
        assertThat(dialogs.asked.get(0).action()).isEqualTo("Pindahkan kembali");
        assertThat(fixture.contacts().find(again.id()).orElseThrow().categoryId()).isEqualTo(fixture.categoryId("Prospek"));
        assertThat(notifier.lastInfo()).isEqualTo("+6281234567890 sudah kembali ke kategori asalnya.");
        assertThat(indonesian.items()).isEmpty();
    }

    @Test
    void aNumberStoredAgainStaysWhereItIsNowByDefaultAndLeavesTheTrash() {
        ContactRow row = fixture.contacts().add("0812-3456-7890", fixture.categoryId("Prospek"));
        fixture.contacts().delete(List.of(row.id()));
        ContactRow again = fixture.contacts().add("0812-3456-7890", fixture.categoryId("Lead"));
        model.refresh();

        model.restore(List.copyOf(model.items()));

        assertThat(dialogs.lastQuestion()).isEqualTo("+6281234567890 was not restored: it is stored again, in \"Lead\"."
                + " Keep it there, or move it back to the category it was deleted from?");
        assertThat(fixture.contacts().find(again.id()).orElseThrow().categoryId()).isEqualTo(fixture.categoryId("Lead"));
        assertThat(model.items()).isEmpty();
    }

    @Test
    void deleteForeverAndEmptySayHowMany() {
        int prospek = fixture.categoryId("Prospek");
        ContactRow a = fixture.contacts().add("0812-1111-2222", prospek);
        ContactRow b = fixture.contacts().add("0813-3333-4444", prospek);
        fixture.contacts().delete(List.of(a.id(), b.id()));
        model.refresh();

        model.deleteForever(List.of(model.items().get(0)));
        assertThat(notifier.lastInfo()).isEqualTo("1 items deleted for good.");
        assertThat(model.items()).hasSize(1);

        model.empty();
        assertThat(notifier.lastInfo()).isEqualTo("The trash is empty now (1 items deleted for good).");
        assertThat(model.items()).isEmpty();
    }
}
