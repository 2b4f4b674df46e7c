package id.wacontacts.domain;

/**
 * What restoring a backup would do, shown before anything changes: what the file holds and what the
 * database holds now. The file has been read to its end and checked.
 *
 * @param databaseSchemaVersion the database's migration version; never older than the backup's
 */
public record RestorePreview(BackupInfo backup, DatabaseContents current, String databaseSchemaVersion) {

    /** Restoring would replace categories or numbers a user made, so it must be confirmed. */
    public boolean replacesContents() {
        return !current.empty();
    }
}
