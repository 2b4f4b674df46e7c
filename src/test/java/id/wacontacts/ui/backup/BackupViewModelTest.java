package id.wacontacts.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.BackupInfo;
import id.wacontacts.domain.RestorePreview;
import id.wacontacts.service.AutomaticBackups;
import id.wacontacts.service.BackupService;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.RecordingNotifier;
import id.wacontacts.ui.common.ScriptedDialogs;
import id.wacontacts.ui.common.SynchronousTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class BackupViewModelTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** 10:05 UTC on 24 November 2026: 17:05 in Jakarta. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:05:00Z"), JAKARTA);
    /** Backups take their time from the database server, so the rest runs on today's clock. */
    private static final Clock NOW = Clock.system(JAKARTA);

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("backupvm");

    @TempDir
    Path folder;

    private final RecordingNotifier notifier = new RecordingNotifier();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private BackupService backups;
    private BackupViewModel model;

    @BeforeEach
    void reset() {
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " VALUES ('0812-3456-7890', '+6281234567890', 4), ('0813-1111-2222', '+6281311112222', 5)");
        backups = new BackupService(fixture.database().dataSource(), folder.resolve("backups"), NOW);
        model = new BackupViewModel(new SynchronousTaskRunner(), new Messages(Locale.ENGLISH), notifier, dialogs, NOW,
                new SimpleObjectProperty<>(LocalDate.now(NOW)), Runnable::run);
    }

    private static BackupInfo madeAt(String instant) {
        return new BackupInfo(Path.of("/backups/x.sql"), "0.1.0", "4", Instant.parse(instant), 5, 2, 100);
    }

    /** Events whose backups made are handed to {@code listeners}; failures are not expected. */
    private static AutomaticBackupEvents made(List<Consumer<BackupInfo>> listeners) {
        return listener -> listeners.add(listener::made);
    }

    @Test
    void saysWhenABackupWasMadeInTheDesktopsDay() {
        BackupViewModel model = new BackupViewModel(new SynchronousTaskRunner(), new Messages(Locale.ENGLISH), notifier,
                dialogs, CLOCK, new SimpleObjectProperty<>(LocalDate.now(CLOCK)), Runnable::run);
        assertThat(model.when(madeAt("2026-11-24T02:12:00Z"))).isEqualTo("today 09:12");
        // Just after midnight in Jakarta, still the day before in UTC.
        assertThat(model.when(madeAt("2026-11-23T17:01:00Z"))).isEqualTo("today 00:01");
        assertThat(model.when(madeAt("2026-11-23T14:40:00Z"))).isEqualTo("yesterday 21:40");
        assertThat(model.when(madeAt("2026-11-20T10:05:00Z"))).isEqualTo("20 Nov 2026 17:05");
        assertThat(new BackupViewModel(new SynchronousTaskRunner(), new Messages(Messages.INDONESIAN), notifier, dialogs, CLOCK,
                new SimpleObjectProperty<>(LocalDate.now(CLOCK)), Runnable::run).when(madeAt("2026-11-23T14:40:00Z"))).isEqualTo("kemarin 21.40");
    }

    @Test
    void theLastBackupsDayFollowsTheDateAcrossMoreThanOneMidnight() {
        LocalDate day = LocalDate.of(2026, 11, 24);
        // The desktop's clock and its date move together, as they do in the window.
        Instant[] now = {CLOCK.instant()};
        Clock desktop = new Clock() {
            @Override
            public ZoneId getZone() {
                return JAKARTA;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        SimpleObjectProperty<LocalDate> today = new SimpleObjectProperty<>(day);
        BackupViewModel model = new BackupViewModel(new SynchronousTaskRunner(), new Messages(Locale.ENGLISH), notifier,
                dialogs, desktop, today, Runnable::run);
        List<Consumer<BackupInfo>> listeners = new ArrayList<>();
        model.connect(backups, Optional.of(new AutomaticBackups(backups, CLOCK)), made(listeners));
        listeners.forEach(listener -> listener.accept(madeAt("2026-11-24T02:12:00Z")));
        List<String> shown = new ArrayList<>();
        model.lastBackupText().addListener((observable, old, text) -> shown.add(text));
        assertThat(model.lastBackupText().get()).isEqualTo("Last backup: today 09:12");

        now[0] = CLOCK.instant().plus(Duration.ofDays(1));
        today.set(day.plusDays(1));
        assertThat(model.lastBackupText().get()).isEqualTo("Last backup: yesterday 09:12");
        // The second midnight is the one a binding that never reads the date misses.
        now[0] = CLOCK.instant().plus(Duration.ofDays(2));
        today.set(day.plusDays(2));
        assertThat(model.lastBackupText().get()).isEqualTo("Last backup: 24 Nov 2026 09:12");
        now[0] = CLOCK.instant().plus(Duration.ofDays(3));
        today.set(day.plusDays(3));
        assertThat(shown).containsExactly("Last backup: yesterday 09:12", "Last backup: 24 Nov 2026 09:12");
    }

    @Test
    void offersTodaysNameAndSaysWhatTheBackupHolds() {
        model.connect(backups, Optional.empty(), AutomaticBackupEvents.NONE);
        assertThat(model.lastBackupText().get()).isEmpty();
        assertThat(model.suggestedFileName()).isEqualTo("wa-contacts-" + java.time.LocalDate.now(NOW) + ".sql");

        Path file = folder.resolve("mine.sql");
        model.backup(file);

        assertThat(file).exists();
        assertThat(notifier.lastInfo()).isEqualTo("Backed up 5 categories and 2 numbers to " + file + ".");
        assertThat(model.lastBackupText().get()).matches("Last backup: today \\d\\d:\\d\\d");
    }

    @Test
    void followsTheAutomaticBackups() {
        List<Consumer<BackupInfo>> listeners = new ArrayList<>();
        model.connect(backups, Optional.of(new AutomaticBackups(backups, NOW)), made(listeners));
        assertThat(model.lastBackupText().get()).isEqualTo("Last backup: none yet");

        listeners.forEach(listener -> listener.accept(madeAt("2026-11-20T02:12:00Z")));
        assertThat(model.lastBackupText().get()).isEqualTo("Last backup: 20 Nov 2026 09:12");

        // An older one announced late does not replace a newer one.
        listeners.forEach(listener -> listener.accept(madeAt("2026-11-19T02:12:00Z")));
        assertThat(model.lastBackupText().get()).isEqualTo("Last backup: 20 Nov 2026 09:12");
    }

    @Test
    void aFailedAutomaticBackupIsShownUntilOneIsWrittenAgain() {
        List<AutomaticBackupEvents.Listener> listeners = new ArrayList<>();
        model.connect(backups, Optional.of(new AutomaticBackups(backups, NOW)), listeners::add);
        listeners.forEach(listener -> listener.made(madeAt("2026-11-20T02:12:00Z")));

        listeners.forEach(listener -> listener.failed(new java.io.UncheckedIOException(
                new java.io.IOException("No space left on device"))));

        assertThat(model.lastBackupText().get())
                .isEqualTo("The automatic backup failed. Last good backup: 20 Nov 2026 09:12");
        assertThat(notifier.lastError()).startsWith("The automatic backup could not be written: ");

        BackupViewModel indonesian = new BackupViewModel(new SynchronousTaskRunner(), new Messages(Messages.INDONESIAN),
                notifier, dialogs, NOW, new SimpleObjectProperty<>(LocalDate.now(NOW)), Runnable::run);
        List<AutomaticBackupEvents.Listener> theirs = new ArrayList<>();
        indonesian.connect(backups, Optional.of(new AutomaticBackups(backups, NOW)), theirs::add);
        theirs.forEach(listener -> listener.failed(new IllegalStateException("disk")));
        assertThat(indonesian.lastBackupText().get())
                .isEqualTo("Pencadangan otomatis gagal. Cadangan baik terakhir: belum ada");
        assertThat(notifier.lastError()).startsWith("Cadangan otomatis tidak dapat ditulis: ");

        listeners.forEach(listener -> listener.made(madeAt("2026-11-21T02:12:00Z")));
        assertThat(model.lastBackupText().get()).isEqualTo("Last backup: 21 Nov 2026 09:12");
    }

    @Test
    void readsTheNewestAutomaticBackupAtStart() {
        AutomaticBackups automatic = new AutomaticBackups(backups, NOW);
        automatic.runIfDue();

        model.connect(backups, Optional.of(automatic), AutomaticBackupEvents.NONE);

        assertThat(model.lastBackupText().get()).matches("Last backup: today \\d\\d:\\d\\d");
    }

    @Test
    void asksBeforeReplacingAndRestoresThenRefreshes() {
        model.connect(backups, Optional.empty(), AutomaticBackupEvents.NONE);
        Path file = folder.resolve("two.sql");
        backups.backup(file);
        fixture.sql("DELETE FROM phone_numbers WHERE category_id = 5");

        List<RestorePreview> previews = new ArrayList<>();
        model.preview(file, previews::add);

        assertThat(previews).hasSize(1);
        assertThat(model.restoreQuestion(previews.get(0)))
                .containsPattern("^two.sql holds 5 categories and 2 numbers, saved \\d{1,2} \\w{3} \\d{4} \\d\\d:\\d\\d"
                        + " by WA Contacts ")
                .contains("The database holds 5 categories and 1 numbers now. Restoring replaces all of them")
                .contains("(" + folder.resolve("backups") + ")");

        AtomicInteger refreshed = new AtomicInteger();
        model.restore(previews.get(0), refreshed::incrementAndGet);

        assertThat(refreshed).hasValue(1);
        assertThat(notifier.lastInfo()).startsWith("Restored 5 categories and 2 numbers from two.sql. "
                + "The contents it replaced were saved to " + folder.resolve("backups"));
        assertThat(fixture.contacts().count(id.wacontacts.domain.ContactQuery.ALL, 100).count()).isEqualTo(2);
    }

    @Test
    void fileMenuBackupAsksWhereUnderTodaysNameAndWritesThere() {
        model.connect(backups, Optional.empty(), AutomaticBackupEvents.NONE);
        Path file = folder.resolve("chosen.sql");

        model.backupAsking(folder);
        assertThat(dialogs.asked).containsExactly(new ScriptedDialogs.Asked("Back up all contacts",
                model.suggestedFileName()));
        assertThat(Files.exists(folder.resolve(model.suggestedFileName()))).isFalse();

        dialogs.choosing(file);
        model.backupAsking(folder);
        assertThat(file).exists();
        assertThat(notifier.lastInfo()).isEqualTo("Backed up 5 categories and 2 numbers to " + file + ".");
    }

    @Test
    void fileMenuRestoreAsksForTheFileThenWhetherToReplaceAndRestoresOnlyWhenTold() {
        model.connect(backups, Optional.empty(), AutomaticBackupEvents.NONE);
        Path file = folder.resolve("two.sql");
        backups.backup(file);
        fixture.sql("DELETE FROM phone_numbers WHERE category_id = 5");
        AtomicInteger refreshed = new AtomicInteger();

        dialogs.choosing(file).confirming(false);
        model.restoreAsking(refreshed::incrementAndGet);
        assertThat(dialogs.lastQuestion()).contains("The database holds 5 categories and 1 numbers now.");
        assertThat(refreshed).hasValue(0);
        assertThat(fixture.contacts().count(id.wacontacts.domain.ContactQuery.ALL, 100).count()).isEqualTo(1);

        dialogs.choosing(file).confirming(true);
        model.restoreAsking(refreshed::incrementAndGet);
        assertThat(refreshed).hasValue(1);
        assertThat(fixture.contacts().count(id.wacontacts.domain.ContactQuery.ALL, 100).count()).isEqualTo(2);
    }

    @Test
    void refusesAForeignFileWithoutAsking() throws Exception {
        model.connect(backups, Optional.empty(), AutomaticBackupEvents.NONE);
        Path foreign = Files.writeString(folder.resolve("dump.sql"), "-- PostgreSQL database dump\n");
        List<RestorePreview> previews = new ArrayList<>();

        model.preview(foreign, previews::add);

        assertThat(previews).isEmpty();
        assertThat(notifier.lastError()).isEqualTo("dump.sql is not a WA Contacts backup. Nothing was changed.");
    }
}
