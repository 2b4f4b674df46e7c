package id.wacontacts.ui.backup;

import id.wacontacts.domain.BackupInfo;
import id.wacontacts.domain.RestorePreview;
import id.wacontacts.domain.RestoreResult;
import id.wacontacts.service.AutomaticBackups;
import id.wacontacts.service.BackupService;
import id.wacontacts.ui.common.DialogService;
import id.wacontacts.ui.common.ErrorMessages;
import id.wacontacts.ui.common.FileDialogs;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.Notifier;
import id.wacontacts.ui.common.TaskRunner;
import id.wacontacts.ui.common.Times;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * Manual backups and restores, and the last backup for the status bar: every file and database
 * step runs in the background; the view only asks the user where and whether.
 */
public final class BackupViewModel {

    private final TaskRunner tasks;
    private final Messages messages;
    private final Notifier notifier;
    private final DialogService dialogs;
    private final ErrorMessages errors;
    private final Clock clock;
    private final Times times;
    private final Executor uiThread;
    private final ObservableValue<LocalDate> today;

    /** The newest backup known: the last automatic one, or one made from the menu since. */
    private final ObjectProperty<BackupInfo> lastBackup = new SimpleObjectProperty<>();
    /** Whether the status bar speaks of backups: with automatic backups, or once one was made. */
    private final BooleanProperty tracked = new SimpleBooleanProperty();
    /** Why the latest automatic backup failed, in words; null once one is written again. */
    private final StringProperty automaticFailure = new SimpleStringProperty();
    private final StringBinding lastBackupText;

    private BackupService backups;

    /**
     * @param today    the desktop's date: "today" and "yesterday" are said again when it changes
     * @param uiThread runs a background event (an automatic backup written) on the FX thread
     */
    public BackupViewModel(TaskRunner tasks, Messages messages, Notifier notifier, DialogService dialogs, Clock clock,
                           ObservableValue<LocalDate> today, Executor uiThread) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.notifier = notifier;
        this.errors = new ErrorMessages(messages);
        this.clock = clock;
        this.times = new Times(messages.locale(), clock.getZone());
        this.uiThread = uiThread;
        this.today = today;
        // Reads the date each time: a JavaFX property nobody reads stays invalid after its first change
        // and signals nothing at the next midnight, so "today" would stay "today" for good.
        this.lastBackupText = Bindings.createStringBinding(this::describeLastBackup, lastBackup, tracked,
                automaticFailure, today);
    }

    /**
     * Starts working with the database's backups: reads which automatic backup is the newest (a file
     * read, so in the background) and follows the ones written while the window is open.
     *
     * @param automatic   the daily backups, present with the embedded database only
     * @param events      where automatic backups written, or failed, from now on are announced (on any thread)
     */
    public void connect(BackupService backupService, Optional<AutomaticBackups> automatic,
                        AutomaticBackupEvents events) {
        this.backups = backupService;
        if (automatic.isEmpty()) {
            return;
        }
        tracked.set(true);
        events.subscribe(new AutomaticBackupEvents.Listener() {
            @Override
            public void made(BackupInfo backup) {
                uiThread.execute(() -> {
                    automaticFailure.set(null);
                    newer(backup);
                });
            }

            @Override
            public void failed(RuntimeException failure) {
                uiThread.execute(() -> automaticFailed(failure));
            }
        });
        tasks.run(() -> automatic.get().lastBackup(), found -> found.ifPresent(this::newer),
                failure -> { /* the status bar keeps saying "no backup yet"; the log has why */ });
    }

    private String describeLastBackup() {
        if (!tracked.get()) {
            return "";
        }
        String last = lastBackup.get() == null ? messages.get("backup.none") : when(lastBackup.get());
        return automaticFailure.get() == null ? messages.get("backup.last", last)
                : messages.get("backup.automaticFailedStatus", last);
    }

    private void automaticFailed(RuntimeException failure) {
        String reason = errors.describe(failure);
        automaticFailure.set(reason);
        notifier.error(messages.get("backup.automaticFailed", reason));
    }

    private void newer(BackupInfo backup) {
        BackupInfo current = lastBackup.get();
        if (current == null || !backup.createdAt().isBefore(current.createdAt())) {
            lastBackup.set(backup);
        }
    }

    /** "today 09:12", "yesterday 21:40" or "24 Nov 2026 17:05", in the desktop's zone, as of {@code today}. */
    public String when(BackupInfo backup) {
        long days = ChronoUnit.DAYS.between(backup.createdAt().atZone(times.zone()).toLocalDate(), today.getValue());
        if (days == 0) {
            return messages.get("backup.today", times.clockTime(backup.createdAt()));
        }
        if (days == 1) {
            return messages.get("backup.yesterday", times.clockTime(backup.createdAt()));
        }
        return times.format(backup.createdAt());
    }

    /** The name a manual backup is offered under: {@code wa-contacts-YYYY-MM-DD.sql}, today's local date. */
    public String suggestedFileName() {
        return "wa-contacts-" + LocalDate.now(clock) + ".sql";
    }

    /** File → Back up: asks where (today's name offered in {@code folder}), then writes the backup there. */
    public void backupAsking(Path folder) {
        dialogs.chooseFileToSave(messages.get("backup.title"), folder, suggestedFileName(), backupFilters())
                .map(FileDialogs.Saving::file).ifPresent(this::backup);
    }

    /**
     * File → Restore: asks for a backup (starting in the backup folder), reads and checks it in the
     * background, asks whether to restore it, saying what it holds and what it replaces, and restores it;
     * {@code onRestored} follows a restore.
     */
    public void restoreAsking(Runnable onRestored) {
        dialogs.chooseFileToOpen(messages.get("restore.title"), backupFolder(), backupFilters())
                .ifPresent(file -> preview(file, preview -> {
                    if (dialogs.confirm(restoreQuestion(preview), messages.get("restore.confirm"))) {
                        restore(preview, onRestored);
                    }
                }));
    }

    private List<FileDialogs.Filter> backupFilters() {
        return List.of(new FileDialogs.Filter(messages.get("backup.filter"), "*.sql"),
                new FileDialogs.Filter(messages.get("import.filter.all"), "*.*"));
    }

    /** Writes every category and number to {@code file}, then says how many and where. */
    public void backup(Path file) {
        tasks.run(() -> backups.backup(file), made -> {
            tracked.set(true);
            newer(made);
            notifier.info(messages.get("backup.done", made.categories(), made.phoneNumbers(), made.file()));
        }, failure -> notifier.error(errors.describe(failure)));
    }

    /**
     * Reads and checks {@code file} in the background, then hands what restoring it would do to
     * {@code confirm}; a file that cannot be restored is refused with the reason, and nothing changes.
     */
    public void preview(Path file, Consumer<RestorePreview> confirm) {
        tasks.run(() -> backups.preview(file), confirm, failure -> notifier.error(errors.describe(failure)));
    }

    /** What the user is asked before a restore: what the file holds, what the database holds, what happens. */
    public String restoreQuestion(RestorePreview preview) {
        BackupInfo file = preview.backup();
        StringBuilder text = new StringBuilder(messages.get("restore.file", file.file().getFileName(),
                file.categories(), file.phoneNumbers(), times.format(file.createdAt()), file.appVersion()));
        text.append("\n\n");
        if (preview.replacesContents()) {
            text.append(messages.get("restore.replaces", preview.current().categories(),
                    preview.current().phoneNumbers(), backups.backupFolder()));
        } else {
            text.append(messages.get("restore.empty"));
        }
        return text.toString();
    }

    /**
     * Restores the previewed file, replacing the database's contents when the preview found some (a
     * database that gained contacts since is left alone and says so), then runs {@code onRestored}.
     */
    public void restore(RestorePreview preview, Runnable onRestored) {
        Path file = preview.backup().file();
        notifier.info(messages.get("restore.running", file.getFileName()));
        tasks.run(() -> backups.restore(file, preview.replacesContents()), result -> {
            notifier.info(restoredMessage(result));
            onRestored.run();
        }, failure -> notifier.error(errors.describe(failure)));
    }

    private String restoredMessage(RestoreResult result) {
        String restored = messages.get("restore.done", result.after().categories(), result.after().phoneNumbers(),
                result.backup().file().getFileName());
        return result.earlierContents().map(saved -> restored + " " + messages.get("restore.saved", saved))
                .orElse(restored);
    }

    public ReadOnlyObjectProperty<BackupInfo> lastBackupProperty() {
        return lastBackup;
    }

    /**
     * "Last backup: today 09:12" for the status bar, or that the automatic backup failed since; empty when
     * backups are not this desktop's to keep.
     */
    public StringBinding lastBackupText() {
        return lastBackupText;
    }

    /** Where automatic backups and a restore's saved contents go; null before the database is open. */
    public Path backupFolder() {
        return backups == null ? null : backups.backupFolder();
    }
}
