package id.wacontacts.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares the folders the embedded server needs before it starts: the data folder must be writable
 * and outside the places the embedding library sweeps, the binaries cache must sit in a folder only its
 * owner can enter (the library makes the cache itself writable for all), and a root user needs user
 * namespaces. {@link EmbeddedDatabase#start} calls these in order.
 */
final class EmbeddedFolders {

    /** The server's own logger: these lines belong to its start. */
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private EmbeddedFolders() {
    }

    static void checkLayout(Path data, Path binaries) {
        if (data.startsWith(binaries)) {
            throw new IllegalArgumentException("The data folder " + data + " must not be inside the binaries cache " + binaries);
        }
        // The library deletes unlocked folders it finds there.
        Path sweptByLibrary = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toAbsolutePath().normalize();
        if (data.startsWith(sweptByLibrary)) {
            throw new IllegalArgumentException("The data folder " + data + " must not be inside " + sweptByLibrary);
        }
    }

    static void prepareDataDirectory(Path data) {
        try {
            Files.createDirectories(data);
            Path probe = Files.createTempFile(data, ".write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new DatabaseStartException(DatabaseStartException.Problem.DATA_DIR_UNUSABLE,
                    "The data folder " + data + " cannot be created or written: " + e, e);
        }
    }

    /** Creates the binaries folder's parent owner-only, since the library makes the folder itself writable for all. */
    static void prepareBinariesDirectory(Path binaries) {
        Path parent = binaries.getParent();
        try {
            if (parent != null && Files.getFileAttributeView(parent.getRoot(), PosixFileAttributeView.class) != null) {
                Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rwx------");
                if (!Files.exists(parent)) {
                    Files.createDirectories(parent, PosixFilePermissions.asFileAttribute(ownerOnly));
                }
                if (!Files.getPosixFilePermissions(parent).equals(ownerOnly)) {
                    if (isOursToRestrict(parent)) {
                        LOG.info("Restricting {} to its owner: it holds the database binaries", parent);
                        Files.setPosixFilePermissions(parent, ownerOnly);
                    } else {
                        LOG.warn("{} is open to other users; the database binaries in {} should be in a folder of their own",
                                parent, binaries);
                    }
                }
            }
            Files.createDirectories(binaries);
        } catch (IOException | SecurityException e) {
            throw new DatabaseStartException(DatabaseStartException.Problem.EMBEDDED_START_FAILED,
                    "The folder for the database binaries " + binaries + " cannot be created: " + e, e);
        }
    }

    /** The library makes the binaries folder writable for all at every start; nobody else needs it at all. */
    static void restrictToOwner(Path binaries) {
        try {
            if (Files.getFileAttributeView(binaries, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(binaries, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException | SecurityException e) {
            LOG.warn("Could not restrict {} to its owner: {}", binaries, e.toString());
        }
    }

    /** A folder of the application's own: owned by this user, and not a shared or home folder. */
    private static boolean isOursToRestrict(Path folder) throws IOException {
        Set<Path> shared = Set.of(folder.getRoot(),
                Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize(),
                Path.of(System.getProperty("user.home")).toAbsolutePath().normalize());
        return !shared.contains(folder) && Files.getOwner(folder).getName().equals(System.getProperty("user.name"));
    }

    static void checkRootSupport() {
        if (PostgresTools.runsAsRoot() && !PostgresTools.usesUserNamespace()) {
            throw new DatabaseStartException(DatabaseStartException.Problem.EMBEDDED_START_FAILED,
                    "PostgreSQL cannot run as root, and user namespaces (unshare -U) are not available here."
                            + " Run WA Contacts as a normal user, or connect it to a PostgreSQL server.");
        }
    }
}
