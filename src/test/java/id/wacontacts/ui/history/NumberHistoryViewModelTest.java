package id.wacontacts.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.ContactRow;
import id.wacontacts.service.ChangeHistory;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.RecordingNotifier;
import id.wacontacts.ui.common.SynchronousTaskRunner;
import id.wacontacts.ui.common.Times;
import id.wacontacts.ui.history.NumberHistoryViewModel.Row;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The History panel's view-model on a real database, without the toolkit. */
class NumberHistoryViewModelTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("number-history");

    @BeforeEach
    void forgetOlderHistory() {
        fixture.sql("DELETE FROM trash", "DELETE FROM change_log");
    }

    private NumberHistoryViewModel model(Messages messages, Map<Integer, String> categories) {
        return new NumberHistoryViewModel(new ChangeHistory(fixture.database().sessionFactory()),
                new SynchronousTaskRunner(), messages, new RecordingNotifier(),
                new Times(messages.locale(), ZoneId.of("Asia/Jakarta")), categories::get);
    }

    @Test
    void listsTheNumbersChangesNewestFirstWithItsCategoryBeforeAndAfterInIndonesian() {
        ContactRow row = fixture.contacts().add("0812-3456-7890", fixture.categoryId("Prospek"));
        var arisan = fixture.categories().create("Arisan", null);
        fixture.contacts().update(row.id(), row.updatedAt(), "0812-3456-7891", arisan.id());
        NumberHistoryViewModel model = model(new Messages(Messages.INDONESIAN),
                Map.of(fixture.categoryId("Prospek"), "Prospek"));

        model.show(row.id());

        assertThat(model.rows()).extracting(Row::action).containsExactly("Diubah", "Ditambahkan");
        Row changed = model.rows().get(0);
        assertThat(changed.before()).isEqualTo("0812-3456-7890 di \"Prospek\"");
        assertThat(changed.after()).isEqualTo("0812-3456-7891 di kategori yang sudah dihapus");
        assertThat(changed.desktop()).startsWith("WA Contacts/");
        assertThat(changed.user()).isEqualTo(fixture.settings().user());
        assertThat(changed.when()).matches("\\d{1,2} \\p{L}+ \\d{4} \\d{2}\\.\\d{2}");
        assertThat(model.rows().get(1).before()).isEmpty();
    }
}
