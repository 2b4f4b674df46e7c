package id.wacontacts.domain;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A finished restore: what was there before, what is there now, and where the replaced contents were
 * saved (empty when the database held nothing of the user's).
 */
public record RestoreResult(BackupInfo backup, DatabaseContents before, DatabaseContents after,
        Optional<Path> earlierContents, Duration duration) {
}
