package id.wacontacts.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.db.Database;
import id.wacontacts.service.Retention;
import id.wacontacts.service.RetentionSettings;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.SynchronousTaskRunner;
import java.time.Clock;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Settings dialog's model against a real database, in both languages. */
class SettingsViewModelTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("settings-dialog");

    private RetentionSettings service;

    @BeforeEach
    void defaults() {
        fixture.sql("UPDATE app_settings SET trash_days = 30, history_days = 365");
        service = new RetentionSettings(fixture.database().dataSource(), Clock.systemUTC());
    }

    @Test
    void showsTheStoredSettingsAndSavesForEveryDesktop() {
        SettingsViewModel model = model(Locale.ENGLISH);
        model.load();
        assertThat(model.trashDaysProperty().get()).isEqualTo(30);
        assertThat(model.keepHistoryForeverProperty().get()).isFalse();
        assertThat(model.historyDaysProperty().get()).isEqualTo(365);

        model.trashDaysProperty().set(14);
        model.keepHistoryForeverProperty().set(true);
        AtomicBoolean closed = new AtomicBoolean();
        assertThat(model.save(() -> closed.set(true))).isTrue();

        assertThat(closed).isTrue();
        assertThat(service.read()).isEqualTo(new Retention.Settings(14, OptionalInt.empty()));
        SettingsViewModel again = model(Locale.ENGLISH);
        again.load();
        assertThat(again.keepHistoryForeverProperty().get()).isTrue();
        assertThat(again.trashDaysProperty().get()).isEqualTo(14);
    }

    @Test
    void refusesAHistoryShorterThanTheTrashInOneSentenceOfTheUsersLanguage() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Messages.INDONESIAN}) {
            SettingsViewModel model = model(locale);
            model.load();
            model.trashDaysProperty().set(60);
            model.historyDaysProperty().set(30);
            AtomicBoolean closed = new AtomicBoolean();

            assertThat(model.save(() -> closed.set(true))).isFalse();

            assertThat(closed).isFalse();
            assertThat(model.problemProperty().get()).isEqualTo(new Messages(locale).get("settings.historyRange", 60,
                    Retention.MAX_HISTORY_DAYS)).contains("60");
            assertThat(service.read()).isEqualTo(Retention.Settings.DEFAULTS);
        }
        SettingsViewModel model = model(Locale.ENGLISH);
        model.trashDaysProperty().set(3);
        assertThat(model.save(() -> { })).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo("Keep the trash between 7 and 365 days.");
    }

    @Test
    void aDatabaseThatCannotBeReachedIsToldInOneSentence() {
        Database gone = Database.open(fixture.settings());
        gone.close();
        SettingsViewModel model = new SettingsViewModel(new RetentionSettings(gone.dataSource(), Clock.systemUTC()),
                new SynchronousTaskRunner(), new Messages(Messages.INDONESIAN));
        model.load();
        assertThat(model.problemProperty().get()).isEqualTo(new Messages(Messages.INDONESIAN).get("settings.loadFailed"));
        assertThat(model.save(() -> { })).isTrue();
        assertThat(model.problemProperty().get()).isEqualTo(new Messages(Messages.INDONESIAN).get("settings.saveFailed"));
        assertThat(model.busyProperty().get()).isFalse();
    }

    private SettingsViewModel model(Locale locale) {
        return new SettingsViewModel(service, new SynchronousTaskRunner(), new Messages(locale));
    }
}
