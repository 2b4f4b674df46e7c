package id.wacontacts.app;

import id.wacontacts.config.AppConfig;
import id.wacontacts.config.AppPaths;
import id.wacontacts.db.Database;
import id.wacontacts.db.Storage;
import id.wacontacts.domain.BackupInfo;
import id.wacontacts.domain.ChangeEvent;
import id.wacontacts.domain.ChangeSet;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.AppEvents;
import id.wacontacts.service.AutomaticBackups;
import id.wacontacts.service.BackupService;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.NumberTypes;
import id.wacontacts.service.QualityCheck;
import id.wacontacts.service.CategoryService;
import id.wacontacts.service.ContactService;
import id.wacontacts.service.RetentionSettings;
import id.wacontacts.service.live.LiveChanges;
import id.wacontacts.service.live.Presence;
import id.wacontacts.service.transfer.ExportService;
import id.wacontacts.service.transfer.ImportService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * The window's composition root: starts (or connects to) the database, builds every service once
 * and runs the daily automatic backup and the daily purge of the trash and the history in the
 * background. Everything in the window receives what it
 * needs from here by constructor. The command line composes itself more lightly, without the
 * backup thread: see {@code id.wacontacts.cli.CommandContext}.
 */
public final class AppContext implements AutoCloseable {

    /** The steps of opening, for a progress display. */
    public enum Step { STARTING_SERVER, CONNECTING, READY }

    /** Told about each step as opening proceeds (on the opening thread). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = step -> { };

        void at(Step step);
    }

    /** How long each part of opening took. */
    public record Timings(Duration serverStart, Duration databaseOpen) {
    }

    public static final String DEFAULT_REGION = "ID";
    /** How often an open app checks whether the day's automatic backup is due. */
    static final Duration BACKUP_CHECK = Duration.ofHours(1);

    /** How long {@link #reachable()} waits for an answer. */
    private static final Duration REACHABLE_TIMEOUT = Duration.ofSeconds(3);

    private final AppConfig config;
    private final Storage storage;
    private final Database database;
    private final PhoneNormalizer normalizer;
    private final CategoryService categories;
    private final ContactService contacts;
    private final ImportService imports;
    private final ExportService exports;
    private final AppEvents events;
    private final RetentionSettings retention;
    private final RetentionPurges purges;
    private final NumberTypes numberTypes;
    /** Stops the background classification of numbers not checked yet when the app closes. */
    private final Cancellation typeCatchUp = new Cancellation();
    /** Classifies numbers not checked yet, one run at a time, at low priority. */
    private final ExecutorService typeThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "number-types");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    /** Whether a classification of numbers heard from other programs is waiting to run. */
    private final AtomicBoolean typesQueued = new AtomicBoolean();
    private final Timings timings;
    private final BackupService backups;
    /** Other desktops' changes; created here, started by the window before its lists first load. */
    private final LiveChanges live;
    private final Optional<AutomaticBackups> automaticBackups;
    private final CompletableFuture<Optional<BackupInfo>> dailyBackup = new CompletableFuture<>();
    private final List<Consumer<BackupInfo>> backupListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<RuntimeException>> backupFailureListeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService backupThread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "automatic-backup");
        thread.setDaemon(true);
        return thread;
    });

    private AppContext(AppConfig config, Storage storage, Timings timings) {
        this.config = config;
        this.storage = storage;
        this.database = storage.database();
        this.timings = timings;
        this.normalizer = new PhoneNormalizer(DEFAULT_REGION);
        this.categories = new CategoryService(database::sessionFactory, database.dataSource());
        this.contacts = new ContactService(database::sessionFactory, normalizer);
        this.imports = new ImportService(database.dataSource(), normalizer);
        // The event log boots Hibernate only when the first export (or other event) is written.
        this.events = new AppEvents(database::sessionFactory);
        this.numberTypes = new NumberTypes(database.dataSource(), normalizer);
        this.exports = new ExportService(contacts, events).withNumberTypes(numberTypes);
        this.retention = new RetentionSettings(database.dataSource(), Clock.systemUTC());
        this.purges = new RetentionPurges(retention, purged -> { });
        this.live = LiveChanges.of(database);
        this.backups = new BackupService(database.dataSource(), config.dataDir().resolve("backups"),
                Clock.systemDefaultZone());
        // Daily backups protect the embedded database; a shared server is its administrator's to back up.
        this.automaticBackups = storage.embedded()
                ? Optional.of(new AutomaticBackups(backups, Clock.systemDefaultZone())) : Optional.empty();
    }

    /** Opens the configured database; the embedded server is started first when no server is set. */
    public static AppContext open(AppConfig config, Progress progress) {
        if (config.embedded()) {
            progress.at(Step.STARTING_SERVER);
        }
        Storage storage = Storage.open(config.dataDir(), config.server(), AppPaths.defaultBinariesDirectory(),
                () -> progress.at(Step.CONNECTING));
        try {
            Timings timings = new Timings(storage.serverStart(), storage.databaseOpen());
            progress.at(Step.READY);
            AppContext context = new AppContext(config, storage, timings);
            // Hibernate boots at the first use that needs it (the first page of numbers); the categories with
            // their counts are read without it, and the window is built meanwhile without sharing the processor.
            context.startDailyBackup();
            context.purges.start(RetentionPurges.FIRST, RetentionPurges.CHECK);
            context.startTypeCatchUp();
            return context;
        } catch (RuntimeException | Error e) {
            storage.close();
            throw e;
        }
    }

    /**
     * The day's automatic backup, in the background: opening never waits for it; closing does. The
     * same thread looks again every hour, so a window left open past midnight still makes the new
     * day's backup.
     */
    private void startDailyBackup() {
        if (automaticBackups.isEmpty()) {
            dailyBackup.complete(Optional.empty());
            return;
        }
        backupThread.execute(() -> {
            try {
                Optional<BackupInfo> made = automaticBackups.get().runIfDue();
                dailyBackup.complete(made);
                made.ifPresent(this::announce);
            } catch (RuntimeException | Error e) {
                // Always completes, so closing never waits for a backup that is no longer running.
                LoggerFactory.getLogger(AppContext.class).error("The automatic backup failed", e);
                dailyBackup.completeExceptionally(e);
                if (e instanceof RuntimeException failure) {
                    announceFailure(failure);
                }
            }
        });
        backupThread.scheduleWithFixedDelay(this::backupIfDue, BACKUP_CHECK.toMinutes(), BACKUP_CHECK.toMinutes(),
                TimeUnit.MINUTES);
    }

    /**
     * Numbers stored before number_types existed, or by other programs, are classified in the
     * background at each start: a million of them never delay the window. While the window is open,
     * numbers another program adds or edits (heard as live changes) are classified within moments,
     * so the type filter and the WhatsApp mark need no restart for them.
     */
    private void startTypeCatchUp() {
        typeThread.execute(() -> classify(() -> numberTypes.catchUp(typeCatchUp)));
        live.subscribe(changes -> {
            ChangeSet.TableChanges numbers = changes.of(ChangeEvent.Table.PHONE_NUMBERS);
            if (numbers.reload() || !numbers.inserted().isEmpty() || !numbers.updated().isEmpty()) {
                classifyNewNumbers();
            }
        });
    }

    /**
     * Classifies, in the background, the numbers whose type is "not checked yet": those another
     * program wrote, and those an undo or a restore from the trash put back (their rows come back
     * through triggers, which cannot classify). Calls while a pass waits to run share that pass.
     */
    public void classifyNewNumbers() {
        if (typesQueued.compareAndSet(false, true)) {
            try {
                typeThread.execute(() -> {
                    typesQueued.set(false);
                    classify(() -> numberTypes.classifyAllPending(typeCatchUp));
                });
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // Closing: the next start's catch-up classifies them.
            }
        }
    }

    private static void classify(Runnable work) {
        try {
            work.run();
        } catch (java.util.concurrent.CancellationException closed) {
            LoggerFactory.getLogger(AppContext.class).debug("Number types catch-up stopped at closing");
        } catch (RuntimeException e) {
            // The type filter misses these numbers until the next classification; nothing else depends on it.
            LoggerFactory.getLogger(AppContext.class).warn("Could not classify the numbers not checked yet", e);
        }
    }

    private void backupIfDue() {
        try {
            automaticBackups.orElseThrow().runIfDue().ifPresent(this::announce);
        } catch (RuntimeException e) {
            // Tried again at the next check; a failure must not end the schedule.
            LoggerFactory.getLogger(AppContext.class).error("The automatic backup failed", e);
            announceFailure(e);
        }
    }

    private void announce(BackupInfo made) {
        for (Consumer<BackupInfo> listener : backupListeners) {
            listener.accept(made);
        }
    }

    private void announceFailure(RuntimeException failure) {
        for (Consumer<RuntimeException> listener : backupFailureListeners) {
            listener.accept(failure);
        }
    }

    /** Tells {@code listener} about each automatic backup that fails from now on, on the backup thread. */
    public void onAutomaticBackupFailure(Consumer<RuntimeException> listener) {
        backupFailureListeners.add(listener);
    }

    /**
     * Tells {@code listener} about each automatic backup written from now on, on the backup thread
     * (the one made at opening included, when it finishes later).
     */
    public void onAutomaticBackup(Consumer<BackupInfo> listener) {
        backupListeners.add(listener);
    }

    public AppConfig config() {
        return config;
    }

    public PhoneNormalizer normalizer() {
        return normalizer;
    }

    public CategoryService categories() {
        return categories;
    }

    public ContactService contacts() {
        return contacts;
    }

    public NumberTypes numberTypes() {
        return numberTypes;
    }

    public QualityCheck qualityCheck() {
        return new QualityCheck(database.dataSource(), numberTypes);
    }

    public ImportService imports() {
        return imports;
    }

    public ExportService exports() {
        return exports;
    }

    public Database database() {
        return database;
    }

    /** The event log: exports, backups, copies of numbers, restores, erasures and purges. */
    public AppEvents events() {
        return events;
    }

    /** The office-wide retention settings (stored in the database) and the daily purge that applies them. */
    public RetentionSettings retention() {
        return retention;
    }

    /** The listener for other desktops' changes, not started yet: the window subscribes, then starts it. */
    public LiveChanges live() {
        return live;
    }

    /** The desktops connected to this database now (for the status bar); reads the server, so off the FX thread. */
    public java.util.List<String> desktops() {
        return new Presence(database.sessionFactory()).desktops();
    }

    public BackupService backups() {
        return backups;
    }

    /** The daily backups; present in embedded mode only. */
    public Optional<AutomaticBackups> automaticBackups() {
        return automaticBackups;
    }

    /**
     * The automatic backup started at opening: completes with the backup it wrote, empty when none was
     * due (or in server mode), or exceptionally when it failed. Completes on a background thread.
     */
    public CompletableFuture<Optional<BackupInfo>> dailyBackup() {
        return dailyBackup;
    }

    /** The newest automatic backup, for the status bar or About box; reads a file header, so off the FX thread. */
    public Optional<BackupInfo> lastBackup() {
        return automaticBackups.flatMap(AutomaticBackups::lastBackup);
    }

    public Timings timings() {
        return timings;
    }

    /** Whether the database answers now: a quick check on a connection of its own, not through the pool. */
    public boolean reachable() {
        return database.reachable(REACHABLE_TIMEOUT);
    }

    /**
     * Whether the built-in server is gone (stopped, killed or crashed): it never comes back by itself,
     * and on its next start it listens on another port, so only opening again reaches the data.
     */
    public boolean embeddedServerStopped() {
        return storage.embeddedServerStopped();
    }

    /** Where the data is, in words: the embedded folder or the server's URL. */
    public String databaseLocation() {
        return config.embedded() ? config.dataDir().toString() : database.settings().displayUrl();
    }

    @Override
    public void close() {
        purges.close();
        typeCatchUp.cancel();
        typeThread.shutdownNow();
        backupThread.shutdown();
        try {
            // Let a running backup finish rather than fail it (seconds for a million numbers); a cut-off one
            // would only be discarded, never left half-written.
            if (!backupThread.awaitTermination(2, TimeUnit.MINUTES)) {
                LoggerFactory.getLogger(AppContext.class).warn("Closing while the automatic backup still runs");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        live.close();
        storage.close();
    }
}
