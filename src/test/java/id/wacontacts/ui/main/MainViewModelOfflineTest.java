package id.wacontacts.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.RecordingNotifier;
import id.wacontacts.ui.common.ScriptedDialogs;
import id.wacontacts.ui.common.BackgroundTask;
import id.wacontacts.ui.common.TaskRunner;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The window's state when the database goes away mid-session and comes back. */
class MainViewModelOfflineTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("offline");
    private static Services services;

    private final Database database = new Database();
    private final QueuedTaskRunner probes = new QueuedTaskRunner();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MainViewModel model = new MainViewModel(database, probes, new Messages(Locale.ENGLISH), notifier,
            dialogs, url -> { });
    private boolean reachable;

    @BeforeAll
    static void openDatabase() {
        services = new Services(fixture.categories(), fixture.contacts(),
                new PhoneNormalizer(PhoneNormalizer.DEFAULT_REGION), false, "jdbc:postgresql://server/wa_db", true);
    }

    @BeforeEach
    void open() {
        model.setReconnector(() -> reachable ? Optional.of(services) : Optional.empty());
    }

    @Test
    void losingTheDatabaseShowsTheBannerOnceAndKeepsTheTypedNumber() {
        model.open(() -> services);
        model.addNumber().numberProperty().set("0812 3456 7890");

        database.down = true;
        model.addNumber().add();

        assertThat(model.offlineProperty().get()).isTrue();
        assertThat(model.connectionProblemProperty().get()).startsWith("The database cannot be reached. Reconnecting…");
        assertThat(model.addNumber().numberProperty().get()).isEqualTo("0812 3456 7890");
        assertThat(model.addNumber().feedbackProperty().get()).startsWith("The database cannot be reached.");
        assertThat(notifier.errors).isEmpty();
    }

    @Test
    void whileTheDatabaseIsAwayClicksSendNothingAndShowNoErrors() {
        model.open(() -> services);
        database.down = true;
        model.refresh();
        int sent = database.started;

        model.refresh();
        model.addNumber().numberProperty().set("0812 3456 7890");
        model.addNumber().add();
        probes.runQueued();

        assertThat(database.started).isEqualTo(sent);
        assertThat(notifier.errors).isEmpty();
        assertThat(model.offlineProperty().get()).isTrue();
    }

    @Test
    void whenTheDatabaseIsBackTheBannerGoesTheListsReloadAndTheTypedNumberCanBeAdded() {
        model.open(() -> services);
        model.addNumber().numberProperty().set("0812 3456 7890");
        database.down = true;
        model.addNumber().add();
        fixture.contacts().add("0813-1111-2222", fixture.categoryId("Lead"));

        database.down = false;
        reachable = true;
        probes.runQueued();

        assertThat(model.offlineProperty().get()).isFalse();
        assertThat(model.connectionProblemProperty().get()).isNull();
        assertThat(notifier.lastInfo()).isEqualTo("The database can be reached again; the lists are up to date.");
        assertThat(model.contacts().rows()).extracting(item -> item.row().normalizedNumber())
                .containsExactly("+6281311112222");
        model.addNumber().add();
        assertThat(fixture.contacts().findByNormalized("+6281234567890")).isPresent();
    }

    @Test
    void leavingWithEditsMadeWhileTheDatabaseWasAwayAsksFirst() {
        fixture.contacts().add("0812-3456-7890", fixture.categoryId("Lead"));
        model.open(() -> services);
        assertThat(model.mayLeave()).isTrue();
        assertThat(dialogs.asked).isEmpty();
        database.down = true;
        model.contacts().editNumber(model.contacts().rows().get(0), "0821 9999 8888");
        model.categories().rename(model.categories().find(fixture.categoryId("Lead")).orElseThrow(), "Leads");

        dialogs.confirming(false);
        assertThat(model.mayLeave()).isFalse();
        assertThat(dialogs.asked).containsExactly(new ScriptedDialogs.Asked("2 changes were not saved because the"
                + " database could not be reached. Discard them, or keep the window open to save them once the"
                + " database is back?", "Discard changes"));
        assertThat(model.contacts().unsavedValues()).containsExactly("0821 9999 8888");

        dialogs.confirming(true);
        assertThat(model.mayLeave()).isTrue();
        assertThat(model.contacts().unsavedValues()).isEmpty();
        assertThat(model.mayLeave()).isTrue();
        assertThat(dialogs.asked).hasSize(2);
    }

    @Test
    void theQuestionAboutUnsavedEditsIsAskedInIndonesianToo() {
        MainViewModel indonesian = new MainViewModel(database, probes, new Messages(Messages.INDONESIAN), notifier,
                dialogs, url -> { });
        fixture.contacts().add("0812-3456-7890", fixture.categoryId("Lead"));
        indonesian.setReconnector(() -> Optional.empty());
        indonesian.open(() -> services);
        database.down = true;
        indonesian.contacts().editNumber(indonesian.contacts().rows().get(0), "0821 9999 8888");

        assertThat(indonesian.mayLeave()).isFalse();
        assertThat(dialogs.lastQuestion()).isEqualTo("1 perubahan belum tersimpan karena basis data tidak dapat"
                + " dijangkau. Buang perubahan itu, atau biarkan jendela terbuka untuk menyimpannya setelah basis data"
                + " kembali?");
    }

    @Test
    void anEditMadeWhileTheDatabaseWasAwayIsOfferedAgainWhenItIsBack() {
        fixture.contacts().add("0812-3456-7890", fixture.categoryId("Lead"));
        model.open(() -> services);
        database.down = true;

        model.contacts().editNumber(model.contacts().rows().get(0), "0821 9999 8888");

        assertThat(notifier.errors).isEmpty();
        assertThat(model.contacts().unsavedValues()).containsExactly("0821 9999 8888");
        database.down = false;
        reachable = true;
        probes.runQueued();
        assertThat(notifier.lastError()).isEqualTo("The database could not be reached, so your change was not saved."
                + " The contact reads 0812-3456-7890 in \"Lead\". Your value: 0821 9999 8888");

        notifier.lastAction.run();

        assertThat(fixture.contacts().findByNormalized("+6282199998888")).isPresent();
        assertThat(model.contacts().rows().get(0).row().normalizedNumber()).isEqualTo("+6282199998888");
    }

    @Test
    void theBuiltInDatabaseStoppingSaysSoAndNewServicesAreUsedOnceItIsStartedAgain() {
        Services embedded = new Services(services.categories(), services.contacts(), services.normalizer(), true,
                "/data", true);
        Services restarted = new Services(services.categories(), services.contacts(), services.normalizer(), true,
                "/data", true);
        model.setReconnector(() -> reachable ? Optional.of(restarted) : Optional.empty());
        model.open(() -> embedded);
        database.down = true;
        model.refresh();

        assertThat(model.connectionProblemProperty().get()).startsWith("The built-in database stopped. Restarting it…");
        database.down = false;
        reachable = true;
        probes.runQueued();

        assertThat(model.services()).containsSame(restarted);
        assertThat(model.offlineProperty().get()).isFalse();
    }

    /** Runs work at once, or fails it as a lost connection does while {@code down}. */
    private static final class Database implements TaskRunner {
        boolean down;
        int started;

        @Override
        public <T> Running run(BackgroundTask<T> task) {
            started++;
            T result;
            try {
                if (down) {
                    throw new JDBCConnectionException("could not execute query",
                            new SQLException("terminating connection due to administrator command", "57P01"));
                }
                result = task.call(Runnable::run);
            } catch (Exception e) {
                task.fail(e);
                return task::cancel;
            }
            task.succeed(result);
            return task::cancel;
        }
    }

    /** Keeps work until the test runs it, so each check for the database's return is one step. */
    private static final class QueuedTaskRunner implements TaskRunner {
        private final List<Runnable> queued = new ArrayList<>();

        @Override
        public <T> Running run(BackgroundTask<T> task) {
            queued.add(() -> {
                T result;
                try {
                    result = task.call(Runnable::run);
                } catch (Exception e) {
                    task.fail(e);
                    return;
                }
                task.succeed(result);
            });
            return () -> { };
        }

        /** Runs what is queued now; what that queues waits for the next call. */
        void runQueued() {
            List<Runnable> now = List.copyOf(queued);
            queued.clear();
            now.forEach(Runnable::run);
        }
    }
}
