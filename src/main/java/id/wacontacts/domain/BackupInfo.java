package id.wacontacts.domain;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What a backup file holds, as its header says: who made it, from which schema, when, and how many
 * rows of each table.
 *
 * @param schemaVersion the database's migration version when the backup was made (e.g. "3")
 * @param createdAt when the snapshot was taken (UTC)
 * @param sizeBytes the file's size
 */
public record BackupInfo(Path file, String appVersion, String schemaVersion, Instant createdAt,
        long categories, long phoneNumbers, long sizeBytes) {
}
