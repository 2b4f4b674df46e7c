package id.wacontacts.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.db.DatabaseStartException;
import id.wacontacts.db.DatabaseStartException.Problem;
import id.wacontacts.domain.CategoryCount;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.RecordingNotifier;
import id.wacontacts.ui.common.ScriptedDialogs;
import id.wacontacts.ui.common.SynchronousTaskRunner;
import id.wacontacts.ui.contact.ContactItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MainViewModelTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("mainvm");
    private static Services services;

    private final RecordingNotifier notifier = new RecordingNotifier();
    private final List<String> opened = new ArrayList<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MainViewModel model = new MainViewModel(new SynchronousTaskRunner(), new Messages(Locale.ENGLISH),
            notifier, dialogs, opened::add);

    @BeforeAll
    static void openDatabase() {
        services = new Services(fixture.categories(), fixture.contacts(), new PhoneNormalizer(PhoneNormalizer.DEFAULT_REGION),
                false, "jdbc:postgresql://server/wa_db", true);
    }

    private int category(String name) {
        return services.categories().findByName(name).orElseThrow().id();
    }

    @Test
    void showsTheCategoriesWithCountsOnceOpen() {
        services.contacts().add("0812-3456-7890", category("Lead"));

        model.open(() -> services);

        assertThat(model.readyProperty().get()).isTrue();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.categories().rows()).extracting(CategoryCount::name)
                .containsExactly("All numbers", "Lead", "Pelanggan Regular", "Pelanggan VIP", "Pelanggan VIP 2",
                        "Prospek");
        assertThat(model.categories().rows().get(0).phoneCount()).isEqualTo(1);
        assertThat(model.statusProperty().get()).isEqualTo("1 number in 5 categories");
        assertThat(model.databaseLocationProperty().get()).isEqualTo("Server: jdbc:postgresql://server/wa_db");
        assertThat(model.searchWarningProperty().get()).isEmpty();
        assertThat(model.failureProperty().get()).isNull();
        assertThat(model.contacts().rows()).extracting(item -> item.row().normalizedNumber())
                .containsExactly("+6281234567890");
    }

    @Test
    void saysSearchIsSlowerWithoutTrigramIndexes() {
        model.open(() -> new Services(services.categories(), services.contacts(), services.normalizer(), true,
                "/data", false));

        assertThat(model.searchWarningProperty().get()).startsWith("Search is slower");
        assertThat(model.databaseLocationProperty().get()).isEqualTo("Embedded database: /data");
    }

    @Test
    void warnsWhenTheServerLetsAnyoneIn() {
        model.open(() -> new Services(services.categories(), services.contacts(), services.normalizer(), false,
                "jdbc:postgresql://server/wa_db", false, true));

        assertThat(model.searchWarningProperty().get())
                .startsWith("Warning: the database server lets anyone in without a password")
                .contains("Search is slower");
    }

    @Test
    void refreshShowsChangesMadeElsewhere() {
        model.open(() -> services);
        services.contacts().add("0812-3456-7890", category("Prospek"));

        model.refresh();

        assertThat(model.categories().categories().get(0).name()).isEqualTo("Prospek");
        assertThat(model.categories().categories().get(0).phoneCount()).isEqualTo(1);
        assertThat(model.contacts().rows()).hasSize(1);
    }

    @Test
    void selectingACategoryFiltersTheContactsAndPicksItForNewNumbers() {
        services.contacts().add("0812-3456-7890", category("Prospek"));
        services.contacts().add("0813-1111-2222", category("Lead"));
        model.open(() -> services);

        model.categories().select(category("Lead"));

        assertThat(model.contacts().rows()).extracting(item -> item.row().normalizedNumber())
                .containsExactly("+6281311112222");
        assertThat(model.addNumber().categoryProperty().get().name()).isEqualTo("Lead");

        model.categories().select(0);
        assertThat(model.contacts().rows()).hasSize(2);
    }

    @Test
    void addingANumberUpdatesTheListAndTheCounts() {
        model.open(() -> services);
        model.categories().select(category("Prospek"));

        model.addNumber().numberProperty().set("0812 3456 7890");
        model.addNumber().add();

        assertThat(notifier.lastInfo()).isEqualTo("+6281234567890 added to \"Prospek\".");
        assertThat(model.addNumber().numberProperty().get()).isEmpty();
        assertThat(model.contacts().rows()).extracting(ContactItem::id).hasSize(1);
        assertThat(model.categories().find(category("Prospek")).orElseThrow().phoneCount()).isEqualTo(1);
        assertThat(model.statusProperty().get()).isEqualTo("1 number in 5 categories");
    }

    @Test
    void openingInWhatsAppHandsTheWaMeLinkToTheBrowser() {
        services.contacts().add("0812-3456-7890", category("Prospek"));
        model.open(() -> services);

        model.contacts().openInWhatsApp(model.contacts().rows().get(0));

        assertThat(opened).containsExactly("https://wa.me/6281234567890");
    }

    @Test
    void anAdoptedNumberNotInInternationalFormIsExplainedNotOpened() {
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " VALUES ('0812 3456 7890', '0812-3456-7890', " + category("Prospek") + ")");
        model.open(() -> services);

        model.contacts().openInWhatsApp(model.contacts().rows().get(0));

        assertThat(opened).isEmpty();
        assertThat(notifier.lastError()).isEqualTo("0812-3456-7890 is not stored as an international number"
                + " (such as +62 812…), so WhatsApp cannot open it. Edit the number to correct it.");
    }

    @Test
    void deletingNumbersDoesNotAskAndTheNotificationOffersUndo() {
        services.contacts().add("0812-3456-7890", category("Prospek"));
        services.contacts().add("0813-1111-2222", category("Prospek"));
        model.open(() -> services);
        List<ContactItem> both = List.copyOf(model.contacts().rows());

        model.contacts().delete(both);

        assertThat(dialogs.asked).isEmpty();
        assertThat(model.contacts().rows()).isEmpty();
        assertThat(notifier.lastInfo()).isEqualTo("2 numbers deleted.");
        assertThat(notifier.lastInfoActionText).isEqualTo("Undo");
    }

    @Test
    void aDatabaseThatCannotOpenIsExplainedNotThrown() {
        model.open(() -> {
            throw new DatabaseStartException(Problem.ALREADY_RUNNING, "locked");
        });

        assertThat(model.readyProperty().get()).isFalse();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.failureProperty().get())
                .isEqualTo("WA Contacts is already open with this data folder. Close the other window first.");
        assertThat(model.statusProperty().get()).isEqualTo("The database could not be opened.");
    }
}
