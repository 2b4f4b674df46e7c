package id.wacontacts.ui.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The temporary file an import writes its rejected rows to: made when the import starts, kept when it
 * succeeds (until the user saves a copy or the wizard closes), deleted when it fails or is cancelled.
 */
final class RejectedRowsFile {

    /** The last successful import's file, null before one. */
    private Path kept;
    /** The file of the import under way, null otherwise. */
    private Path importing;

    /** A new temporary file for the import that starts now. */
    Path startImport() {
        try {
            importing = Files.createTempFile("wa-contacts-rejected-", ".csv");
            return importing;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The import that wrote {@code file} succeeded: its rejected rows are offered for saving. */
    void imported(Path file) {
        kept = file;
    }

    /** The import under way has ended, whichever way. */
    void importEnded() {
        importing = null;
    }

    boolean importing() {
        return importing != null;
    }

    /** Whether a successful import's rejected rows are there to save. */
    boolean kept() {
        return kept != null;
    }

    /** The file of the import under way, else the last successful one's. */
    Path temporaryFile() {
        return importing != null ? importing : kept;
    }

    void copyTo(Path target) throws IOException {
        Files.copy(kept, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Deletes the kept file; the wizard is closing. */
    void dispose() {
        if (kept != null) {
            deleteQuietly(kept);
        }
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // A temporary file; the system cleans its temporary folder.
        }
    }
}
