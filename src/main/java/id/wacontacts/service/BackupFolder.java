package id.wacontacts.service;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's backup folder ({@code <data-dir>/backups}): private to its owner, since every backup holds
 * every customer's number, and tidied of what the app itself leaves there (unfinished files, old
 * safety copies). Files the user put there are never touched.
 */
final class BackupFolder {

    /** How many of a restore's saved copies ({@code wa-contacts-before-restore-*.sql}) are kept. */
    static final int SAFETY_COPIES_KEPT = 5;
    static final String SAFETY_COPY_PREFIX = "wa-contacts-before-restore-";

    /** {@code wa-contacts-before-restore-2026-03-14-101010.sql}, or {@code …-101010-2.sql} for a second one that second. */
    private static final Pattern SAFETY_COPY = Pattern.compile(
            Pattern.quote(SAFETY_COPY_PREFIX) + "(\\d{4}-\\d{2}-\\d{2}-\\d{6})(?:-(\\d{1,9}))?\\.sql");
    /** The temporary names {@link BackupWriter} writes under: {@code .NAME.<random digits>.partial}. */
    private static final Pattern PARTIAL = Pattern.compile("\\..+\\.\\d{1,20}\\.partial");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Logger log = LoggerFactory.getLogger(BackupFolder.class);

    private BackupFolder() {
    }

    /** Creates {@code folder} when missing, and makes it (again) readable by its owner only. */
    static void makePrivate(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (POSIX) {
            Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
        }
    }

    /** Makes a file readable and writable by its owner only (before anything is written to it). */
    static void makeFilePrivate(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
        }
    }

    static boolean isPartial(String fileName) {
        return PARTIAL.matcher(fileName).matches();
    }

    /**
     * Removes the temporary files of backups that were interrupted (the app killed or the computer off
     * while writing). Only files older than this process are removed: any backup this process is
     * writing now started after it did, and only one app uses the data folder at a time.
     */
    static void removeUnfinished(Path folder) {
        Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.EPOCH);
        for (Path entry : entries(folder)) {
            try {
                FileTime modified = Files.getLastModifiedTime(entry);
                if (isPartial(entry.getFileName().toString()) && Files.isRegularFile(entry)
                        && modified.toInstant().isBefore(processStart)) {
                    Files.deleteIfExists(entry);
                    log.info("Removed the unfinished backup {}", entry);
                }
            } catch (IOException e) {
                log.warn("Cannot remove the unfinished backup {}: {}", entry, e.getMessage());
            }
        }
    }

    /** Keeps the newest {@value #SAFETY_COPIES_KEPT} safety copies; never removes {@code keep}. */
    static void pruneSafetyCopies(Path folder, Path keep) {
        List<Path> copies = safetyCopies(folder);
        Path kept = keep == null ? null : keep.toAbsolutePath().normalize();
        for (Path old : copies.subList(Math.min(SAFETY_COPIES_KEPT, copies.size()), copies.size())) {
            if (old.toAbsolutePath().normalize().equals(kept)) {
                continue;
            }
            try {
                Files.deleteIfExists(old);
                log.info("Removed the old safety copy {}", old);
            } catch (IOException e) {
                log.warn("Cannot remove the old safety copy {}: {}", old, e.getMessage());
            }
        }
    }

    /** A restore's saved copies, newest first (by the time in their names). */
    static List<Path> safetyCopies(Path folder) {
        List<Path> copies = new ArrayList<>();
        for (Path entry : entries(folder)) {
            if (SAFETY_COPY.matcher(entry.getFileName().toString()).matches() && Files.isRegularFile(entry)) {
                copies.add(entry);
            }
        }
        copies.sort(Comparator.comparing((Path p) -> sortKey(p)).reversed());
        return copies;
    }

    /** The time in the name, then the second-of-the-same-second counter (none counts as 1). */
    private static String sortKey(Path copy) {
        Matcher name = SAFETY_COPY.matcher(copy.getFileName().toString());
        name.matches();
        String counter = name.group(2) == null ? "1" : name.group(2);
        return name.group(1) + "#" + "0".repeat(9 - counter.length()) + counter;
    }

    private static List<Path> entries(Path folder) {
        List<Path> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            log.warn("Cannot list the backups in {}: {}", folder, e.getMessage());
        }
        return entries;
    }
}
