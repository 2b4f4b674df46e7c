package id.wacontacts.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Keeps the data folder its owner's alone: folders {@code rwx------}, files {@code rw-------}.
 * Another local user can then neither read the contacts, logs and backups nor take the folder's
 * lock (which would stop the owner's app from starting). Folders made before this rule are
 * tightened at every start. On file systems without POSIX permissions (Windows) the user's
 * profile folder already keeps others out, and nothing is done.
 */
public final class PrivateFolders {

    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    /**
     * What the app keeps in its data folder besides the cluster ({@code pgdata}, which PostgreSQL
     * keeps owner-only itself). Only these are tightened, so a data folder chosen among other files
     * never has those changed.
     */
    private static final Set<String> OURS = Set.of("logs", "backups", "wa-contacts.lock", "db-secret");

    private PrivateFolders() {
    }

    /**
     * Creates the data folder owner-only, or tightens it and what the app keeps in it (logs,
     * backups, lock and secret); symbolic links are neither followed nor changed. The home folder
     * itself, should it be given as the data folder, is left as it is.
     *
     * @throws UncheckedIOException when the folder cannot be created or its permissions changed
     */
    public static void secureDataFolder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            if (!posix(absolute)) {
                Files.createDirectories(absolute);
                return;
            }
            if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(absolute, PosixFilePermissions.asFileAttribute(FOLDER));
                return;
            }
            if (!absolute.equals(Path.of(System.getProperty("user.home")).toAbsolutePath().normalize())
                    && absolute.getParent() != null) {
                restrict(absolute, FOLDER);
            }
            for (String name : OURS) {
                Path entry = absolute.resolve(name);
                if (Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
                    secureTree(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make " + absolute + " private to its owner", e);
        }
    }

    /** Folders and files from {@code start} down, owner-only. */
    private static void secureTree(Path start) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                restrict(dir, FOLDER);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile()) {
                    restrict(file, FILE);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Creates {@code folder} (and missing parents) owner-only when missing. */
    public static void createFolder(Path folder) {
        try {
            if (posix(folder.toAbsolutePath())) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            } else {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
    }

    /** Creates {@code file} (empty, owner-only) when missing, so that whatever writes it later keeps it private. */
    public static void createFile(Path file) {
        try {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            if (posix(file.toAbsolutePath().getParent())) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } else {
                Files.createFile(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + file, e);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (!Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).equals(permissions)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean posix(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
    }
}
