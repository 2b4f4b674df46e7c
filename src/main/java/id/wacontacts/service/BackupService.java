package id.wacontacts.service;

import id.wacontacts.db.LongWork;
import id.wacontacts.domain.AppEvent;
import id.wacontacts.domain.BackupInfo;
import id.wacontacts.domain.DatabaseContents;
import id.wacontacts.domain.RestorePreview;
import id.wacontacts.domain.RestoreResult;
import id.wacontacts.service.BackupFileException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs the whole list up to one plain SQL file and restores it, in embedded and in server mode.
 * A backup is one consistent snapshot taken while others keep working; a restore is one
 * transaction, so a refused or failing file changes nothing. Files follow {@link BackupFormat}; they are
 * written by {@link BackupWriter}, read and checked by {@link BackupReader}, and loaded inside the restore's
 * transaction by {@link BackupRestore}.
 */
public final class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final DataSource dataSource;
    private final Path backupFolder;
    private final String appVersion;
    private final Clock clock;

    /**
     * @param backupFolder where a restore saves the contents it replaces ({@code <data-dir>/backups})
     */
    public BackupService(DataSource dataSource, Path backupFolder, Clock clock) {
        this.dataSource = dataSource;
        this.backupFolder = backupFolder;
        this.clock = clock;
        String version = BackupService.class.getPackage().getImplementationVersion();
        this.appVersion = version == null ? "development" : version;
    }

    public Path backupFolder() {
        return backupFolder;
    }

    /**
     * Writes every category and number to {@code file} (replacing it), from one snapshot: edits others
     * make meanwhile are either wholly in it or not at all. Takes seconds for a million numbers;
     * never call it on the UI thread.
     */
    public BackupInfo backup(Path file) {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            if (file.toAbsolutePath().normalize().getParent().equals(backupFolder.toAbsolutePath().normalize())) {
                BackupFolder.makePrivate(backupFolder);
            }
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                LongWork.allow(connection);
                try (Statement statement = connection.createStatement()) {
                    // As pg_dump does: a TRUNCATE (a restore elsewhere) must wait for us, not empty our snapshot.
                    statement.execute("LOCK TABLE public.categories, public.phone_numbers IN ACCESS SHARE MODE");
                    statement.execute("SET LOCAL DateStyle = 'ISO, YMD'");
                }
                BackupInfo info = BackupWriter.write(connection, file, appVersion, backupFolder);
                connection.commit();
                log.info("Backed up {} categories and {} numbers to {} ({} bytes) in {} ms", info.categories(),
                        info.phoneNumbers(), info.file(), info.sizeBytes(), millisSince(start));
                AppEvents.recordAfter(dataSource, AppEvent.Kind.BACKUP, info.file().toString(),
                        info.categories() + info.phoneNumbers());
                return info;
            } finally {
                rollbackQuietly(connection);
            }
        } catch (IOException e) {
            throw new BackupFileException(Problem.FILE_ACCESS, file,
                    "The backup could not be written to " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("The backup could not be made: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the whole file and checks it (structure, every row against the app's rules, row counts,
     * checksum) without changing anything. Seconds for a million numbers; never on the UI thread.
     *
     * @throws BackupFileException when it is not a backup, is damaged, breaks the rules, or is newer
     *     than this app
     */
    public BackupInfo inspect(Path file) {
        return check(file).info();
    }

    private BackupReader.Checked check(Path file) {
        try {
            return BackupReader.read(file, BackupReader.Handler.CHECK_ONLY, signingKey(), null);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot happen: checking a file does not use the database", e);
        }
    }

    /** Only the file's header: for lists of backups; does not prove the file is whole. */
    public BackupInfo readHeader(Path file) {
        return BackupReader.header(file);
    }

    /** What restoring {@code file} would do; changes nothing. Checks the whole file and its schema version. */
    public RestorePreview preview(Path file) {
        BackupInfo backup = inspect(file);
        try (Connection connection = dataSource.getConnection()) {
            String schemaVersion = SchemaVersion.current(connection);
            BackupRestore.refuseNewerSchema(backup, schemaVersion);
            return new RestorePreview(backup, contents(connection), schemaVersion);
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be read: " + e.getMessage(), e);
        }
    }

    /** How much the database holds now. */
    public DatabaseContents contents() {
        try (Connection connection = dataSource.getConnection()) {
            return contents(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Replaces every category and number with the backup's, in one transaction: the file is checked
     * first, then the tables are locked, emptied and loaded, and the checks run again on the way
     * (row counts, checksum); any failure rolls everything back and says why. When the database holds
     * anything of the user's, that is first saved to the backup folder
     * ({@code wa-contacts-before-restore-<time>.sql}, of which the newest
     * {@value BackupFolder#SAFETY_COPIES_KEPT} are kept), from inside the same transaction.
     *
     * @param replace allow replacing categories or numbers a user made; without it such a database is
     *     left alone ({@link DatabaseNotEmptyException})
     * @throws BackupFileException the file is refused or the database refused its rows; nothing changed
     */
    public RestoreResult restore(Path file, boolean replace) {
        long start = System.nanoTime();
        BackupReader.Checked checked = check(file);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // Repeatable read: a saved copy of the replaced contents sees them exactly as locked.
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                RestoreResult result = new BackupRestore(connection, backupFolder, appVersion, clock, signingKey())
                        .run(checked, replace, start);
                connection.commit();
                if (result.earlierContents().isPresent()) {
                    BackupFolder.pruneSafetyCopies(backupFolder, file);
                }
                analyze(connection);
                log.info("Restored {} categories and {} numbers from {} in {} ms (before: {})", result.after().categories(),
                        result.after().phoneNumbers(), file, millisSince(start), result.before());
                return result;
            } finally {
                rollbackQuietly(connection);
            }
        } catch (SQLException e) {
            throw BackupRestore.explainFailure(file, e);
        } catch (IOException e) {
            throw new BackupFileException(Problem.FILE_ACCESS, backupFolder, "The current contents could not be saved"
                    + " to " + backupFolder + " before restoring, so nothing was changed: " + e.getMessage(), e);
        }
    }

    private Optional<byte[]> signingKey() {
        return BackupSignature.keyForReading(backupFolder);
    }

    static DatabaseContents contents(Connection connection) throws SQLException {
        String sql = "SELECT (SELECT count(*) FROM public.categories), (SELECT count(*) FROM public.phone_numbers),"
                + " NOT EXISTS (SELECT 1 FROM public.categories WHERE name <> ALL (?))";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Array names = connection.createArrayOf("varchar", BackupFormat.STARTING_CATEGORIES.toArray());
            statement.setArray(1, names);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long phoneNumbers = rs.getLong(2);
                return new DatabaseContents(rs.getLong(1), phoneNumbers, phoneNumbers == 0 && rs.getBoolean(3));
            }
        }
    }

    /** Fresh planner statistics after replacing every row; outside the transaction, failure only logged. */
    private static void analyze(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("ANALYZE public.categories, public.phone_numbers");
        } catch (SQLException e) {
            log.warn("Could not refresh the planner statistics after a restore: {}", e.getMessage());
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            log.debug("Rollback after a backup or restore failed", e);
        }
    }

    private static long millisSince(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
