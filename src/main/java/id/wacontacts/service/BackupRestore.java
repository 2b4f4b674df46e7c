package id.wacontacts.service;

import id.wacontacts.db.LongWork;
import id.wacontacts.domain.AppEvent;
import id.wacontacts.domain.BackupInfo;
import id.wacontacts.domain.DatabaseContents;
import id.wacontacts.domain.RestoreResult;
import id.wacontacts.service.BackupFileException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inside of one restore's transaction, on a connection {@link BackupService} opened and commits:
 * lock both tables, refuse a newer schema or a database holding the user's own work (unless told to
 * replace it), save what is replaced as a safety copy, empty the tables and load the already checked
 * file again through {@link BackupLoader}, checking it on the way. Also says, in one sentence, why a
 * restore failed.
 */
final class BackupRestore {

    /** How long a restore waits for other computers' work on the tables before giving up. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(30);
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final DateTimeFormatter SAFETY_COPY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final Logger log = LoggerFactory.getLogger(BackupRestore.class);

    private final Connection connection;
    private final Path backupFolder;
    private final String appVersion;
    private final Clock clock;
    private final Optional<byte[]> signingKey;

    BackupRestore(Connection connection, Path backupFolder, String appVersion, Clock clock, Optional<byte[]> signingKey) {
        this.connection = connection;
        this.backupFolder = backupFolder;
        this.appVersion = appVersion;
        this.clock = clock;
        this.signingKey = signingKey;
    }

    RestoreResult run(BackupReader.Checked checked, boolean replace, long start)
            throws SQLException, IOException {
        BackupInfo backup = checked.info();
        LongWork.allow(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL lock_timeout = '" + LOCK_WAIT.toSeconds() + "s'");
            statement.execute("SET LOCAL DateStyle = 'ISO, YMD'");
            // Waits for other computers' open transactions on the tables; they wait for us from here on.
            statement.execute("LOCK TABLE public.categories, public.phone_numbers IN ACCESS EXCLUSIVE MODE");
        }
        refuseNewerSchema(backup, SchemaVersion.current(connection));
        DatabaseContents before = BackupService.contents(connection);
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
            // The restored rows are not recorded one by one as added (a million numbers would write a
            // million history events); the file's history is merged in afterwards, then the restore
            // records itself: one truncation of each table, and its event.
            for (String trigger : BackupFormat.RESTORE_TRIGGERS) {
                statement.execute("ALTER TABLE " + trigger);
            }
            statement.execute("TRUNCATE public.phone_numbers, public.categories");
        }
        BackupLoader loader = new BackupLoader(connection.unwrap(PGConnection.class).getCopyAPI(), connection);
        try {
            BackupReader.read(backup.file(), loader, signingKey, checked.sha256());
        } catch (RuntimeException | SQLException e) {
            loader.abort();
            throw e;
        }
        loader.mergeHistory();
        try (Statement statement = connection.createStatement()) {
            for (String trigger : BackupFormat.RESTORE_TRIGGERS) {
                statement.execute("ALTER TABLE " + trigger.replace(" DISABLE ", " ENABLE "));
            }
            statement.execute("SELECT public.wa_recount_categories()");
            // What the truncate triggers would have written and sent, now after the merged history.
            statement.execute("""
                    INSERT INTO public.change_log (changed_at, txid, table_name, action, desktop, db_user)
                    SELECT now() AT TIME ZONE 'UTC', txid_current(), t, 'truncate', current_setting('application_name'),
                           session_user FROM unnest(ARRAY['phone_numbers', 'categories']) t""");
            statement.execute("SELECT public.wa_notify_change(t, 'truncate', 1, NULL)"
                    + " FROM unnest(ARRAY['phone_numbers', 'categories']) t");
            // Rows the restore brought back (deleted after the backup was made) are no longer deleted.
            statement.execute("""
                    DELETE FROM public.trash t USING public.change_log l WHERE t.change_id = l.id AND (
                        (l.table_name = 'phone_numbers' AND EXISTS (SELECT 1 FROM public.phone_numbers p WHERE p.id = l.row_id))
                        OR (l.table_name = 'categories' AND EXISTS (SELECT 1 FROM public.categories c WHERE c.id = l.row_id)))""");
        }
        DatabaseContents after = BackupService.contents(connection);
        if (after.categories() != backup.categories() || after.phoneNumbers() != backup.phoneNumbers()) {
            throw new SQLException("The database holds " + after + " after loading " + backup);
        }
        AppEvents.record(connection, AppEvent.Kind.RESTORE, backup.file().toString(),
                after.categories() + after.phoneNumbers());
        return new RestoreResult(backup, before, after, earlier, Duration.ofNanos(System.nanoTime() - start));
    }

    /** A new file in the backup folder: never one that exists (it may be the very file being restored). */
    private Path unusedName(String stem) {
        Path candidate = backupFolder.resolve(stem + ".sql");
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = backupFolder.resolve(stem + "-" + i + ".sql");
        }
        return candidate;
    }

    static void refuseNewerSchema(BackupInfo backup, String databaseVersion) {
        if (SchemaVersion.compare(backup.schemaVersion(), databaseVersion) > 0) {
            throw new BackupFileException(Problem.NEWER_VERSION, backup.file(), backup.file()
                    + " was made by a newer version of WA Contacts (schema version " + backup.schemaVersion()
                    + "; this database is at " + databaseVersion + "). Install that version to restore it."
                    + " Nothing was changed.");
        }
    }

    static RuntimeException explainFailure(Path file, SQLException e) {
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
}
