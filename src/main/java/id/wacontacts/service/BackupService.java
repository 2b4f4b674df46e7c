package id.wacontacts.service;

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
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs the whole list up to one plain SQL file and restores it, in embedded and in server mode.
 * A backup is one consistent snapshot taken while others keep working; a restore is one
 * transaction, so a refused or failing file changes nothing. Files follow {@link BackupFormat}.
 */
public final class BackupService {

    /** How long a restore waits for other computers' work on the tables before giving up. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(30);
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final DateTimeFormatter SAFETY_COPY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
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
            refuseNewerSchema(backup, schemaVersion);
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
                RestoreResult result = restore(connection, checked, replace, start);
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
            throw explainRestoreFailure(file, e);
        } catch (IOException e) {
            throw new BackupFileException(Problem.FILE_ACCESS, backupFolder, "The current contents could not be saved"
                    + " to " + backupFolder + " before restoring, so nothing was changed: " + e.getMessage(), e);
        }
    }

    private RestoreResult restore(Connection connection, BackupReader.Checked checked, boolean replace, long start)
            throws SQLException, IOException {
        BackupInfo backup = checked.info();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL lock_timeout = '" + LOCK_WAIT.toSeconds() + "s'");
            statement.execute("SET LOCAL DateStyle = 'ISO, YMD'");
            // Waits for other computers' open transactions on the tables; they wait for us from here on.
            statement.execute("LOCK TABLE public.categories, public.phone_numbers IN ACCESS EXCLUSIVE MODE");
        }
        refuseNewerSchema(backup, SchemaVersion.current(connection));
        DatabaseContents before = contents(connection);
        if (!before.empty() && !replace) {
            throw new DatabaseNotEmptyException(before);
        }
        Optional<Path> earlier = Optional.empty();
        if (!before.empty()) {
            BackupFolder.makePrivate(backupFolder);
            Path copy = unusedName(BackupFolder.SAFETY_COPY_PREFIX + LocalDateTime.now(clock).format(SAFETY_COPY_TIME));
            earlier = Optional.of(BackupWriter.write(connection, copy, appVersion, backupFolder).file());
            log.info("Saved the contents being replaced to {}", copy);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE public.phone_numbers, public.categories");
        }
        BackupLoader loader = new BackupLoader(connection.unwrap(PGConnection.class).getCopyAPI(), connection);
        try {
            BackupReader.read(backup.file(), loader, signingKey(), checked.sha256());
        } catch (RuntimeException | SQLException e) {
            loader.abort();
            throw e;
        }
        DatabaseContents after = contents(connection);
        if (after.categories() != backup.categories() || after.phoneNumbers() != backup.phoneNumbers()) {
            throw new SQLException("The database holds " + after + " after loading " + backup);
        }
        AppEvents.record(connection, AppEvent.Kind.RESTORE, backup.file().toString(),
                after.categories() + after.phoneNumbers());
        return new RestoreResult(backup, before, after, earlier, Duration.ofNanos(System.nanoTime() - start));
    }

    private Optional<byte[]> signingKey() {
        return BackupSignature.keyForReading(backupFolder);
    }

    /** A new file in the backup folder: never one that exists (it may be the very file being restored). */
    private Path unusedName(String stem) {
        Path candidate = backupFolder.resolve(stem + ".sql");
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = backupFolder.resolve(stem + "-" + i + ".sql");
        }
        return candidate;
    }

    private void refuseNewerSchema(BackupInfo backup, String databaseVersion) {
        if (SchemaVersion.compare(backup.schemaVersion(), databaseVersion) > 0) {
            throw new BackupFileException(Problem.NEWER_VERSION, backup.file(), backup.file()
                    + " was made by a newer version of WA Contacts (schema version " + backup.schemaVersion()
                    + "; this database is at " + databaseVersion + "). Install that version to restore it."
                    + " Nothing was changed.");
        }
    }

    private static DatabaseContents contents(Connection connection) throws SQLException {
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

    private static RuntimeException explainRestoreFailure(Path file, SQLException e) {
        String state = e.getSQLState();
        if (LOCK_NOT_AVAILABLE.equals(state)) {
            return new BackupFileException(Problem.DATABASE_BUSY, file, "Another computer kept the contact list busy for "
                    + LOCK_WAIT.toSeconds() + " seconds, so " + file + " was not restored and nothing was changed."
                    + " Try again when the others are idle.", e);
        }
        if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
            String detail = e.getMessage();
            if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
                ServerErrorMessage server = p.getServerErrorMessage();
                detail = server.getMessage() + (server.getDetail() == null ? "" : ". " + server.getDetail())
                        + (server.getWhere() == null ? "" : " (" + server.getWhere() + ")");
            }
            return new BackupFileException(Problem.REJECTED_BY_DATABASE, file, "The database refused the rows of " + file
                    + ", so nothing was changed: " + detail, e);
        }
        return new IllegalStateException("The restore failed and was rolled back, nothing was changed: "
                + e.getMessage(), e);
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
