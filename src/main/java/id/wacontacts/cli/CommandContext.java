package id.wacontacts.cli;

import id.wacontacts.config.AppConfig;
import id.wacontacts.config.AppPaths;
import id.wacontacts.db.Database;
import id.wacontacts.db.Storage;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.AppEvents;
import id.wacontacts.service.BackupService;
import id.wacontacts.service.CategoryService;
import id.wacontacts.service.ContactService;
import id.wacontacts.service.NumberTypes;
import id.wacontacts.service.transfer.ExportService;
import id.wacontacts.service.transfer.ImportService;
import java.time.Clock;

/**
 * The command line's composition: the database and the services a command asks for, nothing more.
 * Unlike the window's composition it runs no background job (no daily backup, so closing never
 * waits for one), and Hibernate boots only for the commands whose services use it, so {@code import},
 * {@code backup}, {@code restore} and {@code stats} (the counts are read over plain JDBC) skip it.
 * {@code normalize} opens none of this.
 */
public final class CommandContext implements AutoCloseable {

    private final AppConfig config;
    private final Storage storage;
    private final PhoneNormalizer normalizer = new PhoneNormalizer(PhoneNormalizer.DEFAULT_REGION);

    private CommandContext(AppConfig config, Storage storage) {
        this.config = config;
        this.storage = storage;
    }

    /** Starts the embedded server (or connects to the configured one) and migrates. */
    public static CommandContext open(AppConfig config) {
        return new CommandContext(config,
                Storage.open(config.dataDir(), config.server(), AppPaths.defaultBinariesDirectory(), () -> { }));
    }

    public CategoryService categories() {
        return new CategoryService(storage.database()::sessionFactory, storage.database().dataSource());
    }

    public ContactService contacts() {
        return new ContactService(storage.database()::sessionFactory, normalizer);
    }

    public ImportService imports() {
        return new ImportService(storage.database().dataSource(), normalizer);
    }

    public NumberTypes numberTypes() {
        return new NumberTypes(storage.database().dataSource(), normalizer);
    }

    public ExportService exports() {
        return new ExportService(contacts(), new AppEvents(storage.database()::sessionFactory))
                .withNumberTypes(numberTypes());
    }

    public BackupService backups() {
        return new BackupService(storage.database().dataSource(), config.dataDir().resolve("backups"),
                Clock.systemDefaultZone());
    }

    /** Where the data is, in words: the embedded folder or the server's URL. */
    /** The app's phone number rules, for commands that read a number the user typed. */
    public PhoneNormalizer normalizer() {
        return normalizer;
    }

    /** The open database itself, for a command that listens to it ({@code watch}) or reads its history. */
    public Database database() {
        return storage.database();
    }

    public String databaseLocation() {
        return storage.embedded() ? config.dataDir().toString() : storage.database().settings().displayUrl();
    }

    @Override
    public void close() {
        storage.close();
    }
}
