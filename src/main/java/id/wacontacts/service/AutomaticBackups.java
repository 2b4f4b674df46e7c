package id.wacontacts.service;

import id.wacontacts.domain.BackupInfo;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's daily backups: the first use of each day writes
 * {@code wa-contacts-YYYY-MM-DD.sql} (the desktop's local date) into the backup folder, and only the
 * newest {@value #KEPT} of these are kept. Other files there (a restore's saved contents, the user's
 * own copies) are never touched.
 */
public final class AutomaticBackups {

    public static final int KEPT = 14;
    static final Pattern DAILY_NAME = Pattern.compile("wa-contacts-\\d{4}-\\d{2}-\\d{2}\\.sql");
    private static final Logger log = LoggerFactory.getLogger(AutomaticBackups.class);

    private final BackupService backups;
    private final Path folder;
    private final Clock clock;

    public AutomaticBackups(BackupService backups, Clock clock) {
        this.backups = backups;
        this.folder = backups.backupFolder();
        this.clock = clock;
    }

    /**
     * Removes what interrupted backups left in the folder, then writes today's backup unless it exists,
     * and removes all but the newest {@value #KEPT}. A database
     * holding nothing of the user's is not backed up: days of empty backups would push the last real
     * one out. Takes seconds for a million numbers; run it off the UI thread.
     *
     * @return the backup written now, or empty when none was due
     */
    public Optional<BackupInfo> runIfDue() {
        BackupFolder.removeUnfinished(folder);
        Path today = folder.resolve("wa-contacts-" + LocalDate.now(clock) + ".sql");
        if (Files.exists(today)) {
            return Optional.empty();
        }
        if (backups.contents().empty()) {
            log.info("No automatic backup today: the database holds no contacts yet");
            return Optional.empty();
        }
        BackupInfo made = backups.backup(today);
        prune();
        return Optional.of(made);
    }

    /** The newest daily backup whose header can be read. */
    public Optional<BackupInfo> lastBackup() {
        for (Path file : dailyBackups()) {
            try {
                return Optional.of(backups.readHeader(file));
            } catch (BackupFileException e) {
                log.warn("Skipping unreadable automatic backup {}: {}", file, e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** The daily backups, newest first. */
    public List<Path> dailyBackups() {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (DAILY_NAME.matcher(entry.getFileName().toString()).matches() && Files.isRegularFile(entry)) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            log.warn("Cannot list the backups in {}: {}", folder, e.getMessage());
        }
        // The name holds the date as YYYY-MM-DD, so name order is date order.
        files.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return files;
    }

    public Path folder() {
        return folder;
    }

    private void prune() {
        List<Path> files = dailyBackups();
        for (Path old : files.subList(Math.min(KEPT, files.size()), files.size())) {
            try {
                Files.deleteIfExists(old);
                log.info("Removed the old automatic backup {}", old);
            } catch (IOException e) {
                log.warn("Cannot remove the old automatic backup {}: {}", old, e.getMessage());
            }
        }
    }
}
