package id.wacontacts.ui.category;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.CategoryCount;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.RecordingNotifier;
import id.wacontacts.ui.common.ScriptedDialogs;
import id.wacontacts.ui.common.SynchronousTaskRunner;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CategoryListViewModelTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("categoryvm");

    private final RecordingNotifier notifier = new RecordingNotifier();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CategoryListViewModel model = new CategoryListViewModel(new SynchronousTaskRunner(),
            new Messages(Locale.ENGLISH), notifier, dialogs);

    @Test
    void theDeleteQuestionCountsTheNumbersOnTheServerWhenAsking() {
        int prospek = fixture.categoryId("Prospek");
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " VALUES ('0812-3456-7890', '+6281234567890', " + prospek + ")");
        model.connect(fixture.categories());
        CategoryCount shown = model.find(prospek).orElseThrow();
        assertThat(shown.phoneCount()).isEqualTo(1);
        // Another computer adds two numbers after the list was loaded.
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " VALUES ('0813-1111-2222', '+6281311112222', " + prospek + "),"
                + " ('0813-1111-3333', '+6281311113333', " + prospek + ")");

        model.deleteAsking(shown);

        assertThat(dialogs.lastQuestion()).isEqualTo("Delete the category \"Prospek\"? All its 3 numbers go to the"
                + " trash with it. Edit → Undo or View → Trash brings them back.");
        assertThat(model.find(prospek)).isPresent();
        assertThat(fixture.categories().countNumbers(prospek)).isEqualTo(3);

        dialogs.confirming(true);
        model.deleteAsking(shown);

        assertThat(notifier.lastInfo()).isEqualTo("Category \"Prospek\" deleted with 3 numbers.");
        assertThat(model.find(prospek)).isEmpty();
    }

    @Test
    void theAllEntryIsNeverOfferedForDeletion() {
        model.connect(fixture.categories());

        model.deleteAsking(model.find(CategoryListViewModel.ALL).orElseThrow());

        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void aRenameOverAnotherComputersOfferedAgainOnTheCategoryAsItIsNow() {
        int lead = fixture.categoryId("Lead");
        model.connect(fixture.categories());
        CategoryCount seen = model.find(lead).orElseThrow();
        fixture.sql("UPDATE categories SET name = 'Leads', updated_at = updated_at + interval '1 second'"
                + " WHERE id = " + lead);

        model.rename(seen, "Calon");

        assertThat(notifier.lastError()).isEqualTo("The category \"Leads\" was changed on another computer."
                + " Your value was not saved: \"Calon\"");
        assertThat(model.find(lead).orElseThrow().name()).isEqualTo("Leads");
        notifier.lastAction.run();
        assertThat(model.find(lead).orElseThrow().name()).isEqualTo("Calon");
    }

    @Test
    void aRenameOfACategoryDeletedElsewhereSaysSo() {
        int lead = fixture.categoryId("Lead");
        model.connect(fixture.categories());
        CategoryCount seen = model.find(lead).orElseThrow();
        fixture.sql("DELETE FROM categories WHERE id = " + lead);

        model.rename(seen, "Calon");

        assertThat(notifier.lastError()).isEqualTo("The category was deleted on another computer."
                + " Your value was not saved: \"Calon\"");
        assertThat(model.find(lead)).isEmpty();
    }
}
