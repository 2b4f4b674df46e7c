package id.wacontacts.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.db.DatabaseStartException;
import id.wacontacts.db.DatabaseStartException.Problem;
import id.wacontacts.domain.CategoryCount;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.SynchronousTaskRunner;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MainViewModelTest {

    private static ServiceFixture fixture;
    private static Services services;

    private final MainViewModel model = new MainViewModel(new SynchronousTaskRunner(), new Messages(Locale.ENGLISH));

    @BeforeAll
    static void openDatabase() {
        fixture = ServiceFixture.create("mainvm");
        services = new Services(fixture.categories(), fixture.contacts(), false, "jdbc:postgresql://server/wa_db");
    }

    @AfterAll
    static void closeDatabase() {
        fixture.close();
    }

    @BeforeEach
    void reset() {
        fixture.reset();
    }

    @Test
    void showsTheCategoriesWithCountsOnceOpen() {
        int lead = services.categories().findByName("Lead").orElseThrow().id();
        services.contacts().add("0812-3456-7890", lead);

        model.open(() -> services);

        assertThat(model.readyProperty().get()).isTrue();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.categories()).extracting(CategoryCount::name).first().isEqualTo("Lead");
        assertThat(model.categories()).hasSize(5);
        assertThat(model.statusProperty().get()).isEqualTo("1 number in 5 categories");
        assertThat(model.databaseLocationProperty().get()).isEqualTo("Server: jdbc:postgresql://server/wa_db");
        assertThat(model.failureProperty().get()).isNull();
    }

    @Test
    void refreshShowsChangesMadeSince() {
        model.open(() -> services);
        int prospek = services.categories().findByName("Prospek").orElseThrow().id();
        services.contacts().add("0812-3456-7890", prospek);

        model.refresh();

        assertThat(model.categories().get(0).name()).isEqualTo("Prospek");
        assertThat(model.categories().get(0).phoneCount()).isEqualTo(1);
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
