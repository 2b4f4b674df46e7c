package id.wacontacts.ui.quality;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.QualityFinding;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.NumberTypes;
import id.wacontacts.service.QualityCheck;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.RecordingNotifier;
import id.wacontacts.ui.common.SynchronousTaskRunner;
import id.wacontacts.ui.contact.ContactListViewModel;
import id.wacontacts.ui.undo.UndoHistory;
import id.wacontacts.ui.search.SearchViewModel;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tools → Check numbers: the counts per list, and a list shown as the number list's filter until Esc. */
class QualityViewModelTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("qualityui");

    @Test
    void showsTheCountsThenFiltersTheListToOneOfThem() {
        int lead = fixture.categoryId("Lead");
        fixture.contacts().add("0812-3456-7890", lead);
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id) VALUES"
                + " ('812 9999 8888', '+6281299998888', " + lead + "), ('6.28123E+12', '+6281230000000', " + lead + ")");
        Messages messages = new Messages(Locale.ENGLISH);
        SynchronousTaskRunner tasks = new SynchronousTaskRunner();
        ContactListViewModel contacts = new ContactListViewModel(tasks, messages, new RecordingNotifier(),
                url -> { }, UndoHistory.unrecorded(tasks, messages));
        PhoneNormalizer normalizer = new PhoneNormalizer("ID");
        contacts.connect(fixture.contacts(), normalizer);
        QualityViewModel model = new QualityViewModel(new QualityCheck(fixture.database().dataSource(),
                new NumberTypes(fixture.database().dataSource(), normalizer)), contacts, tasks, messages);

        model.start();

        assertThat(model.messageProperty().get()).startsWith("3 numbers checked with libphonenumber ");
        assertThat(model.countProperty(QualityFinding.LOST_LEADING_ZERO).get()).isEqualTo(1);
        assertThat(model.countProperty(QualityFinding.SCIENTIFIC_NOTATION).get()).isEqualTo(1);
        assertThat(model.countProperty(QualityFinding.BECAME_INVALID).get()).isZero();
        assertThat(contacts.rows()).hasSize(3);

        model.show(QualityFinding.LOST_LEADING_ZERO);
        assertThat(contacts.rows()).extracting(item -> item.row().originalNumber()).containsExactly("812 9999 8888");

        new SearchViewModel(contacts, messages).clear();
        assertThat(contacts.rows()).hasSize(3);
    }
}
