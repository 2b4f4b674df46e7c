package id.wacontacts.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's password: made at random on first launch and kept in an owner-only file
 * beside the cluster, which initdb reads ({@code --pwfile}) and every later start reuses.
 */
final class DatabaseSecret {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSecret.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final int RANDOM_BYTES = 32;

    private DatabaseSecret() {
    }

    /**
     * Reads the secret, or makes it when there is none yet. A cluster without its secret cannot be
     * opened (initdb gave it this password), so that case is refused rather than a new secret made.
     */
    static String loadOrCreate(Path file, boolean clusterExists) {
        try {
            if (Files.exists(file)) {
                restrictToOwner(file);
                String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!secret.isEmpty()) {
                    return secret;
                }
            }
            if (clusterExists) {
                throw new DatabaseStartException(DatabaseStartException.Problem.DATA_DIR_UNUSABLE,
                        "The database password file " + file + " is missing or empty, so the database in "
                                + file.resolveSibling(EmbeddedDatabase.CLUSTER_FOLDER) + " cannot be opened.");
            }
            return create(file);
        } catch (IOException e) {
            throw new DatabaseStartException(DatabaseStartException.Problem.DATA_DIR_UNUSABLE,
                    "The database password file " + file + " cannot be read or written: " + e.getMessage(), e);
        }
    }

    private static String create(Path file) throws IOException {
        byte[] random = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        // Written under another name and moved, so a crash never leaves a half-written secret.
        Path partial = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(partial);
        if (isPosix(file)) {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(partial);
        }
        Files.writeString(partial, secret + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
        LOG.info("Created a new database password in {}", file);
        return secret;
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (!isPosix(file)) {
            return;
        }
        Set<PosixFilePermission> current = Files.getPosixFilePermissions(file);
        if (!current.equals(OWNER_ONLY)) {
            LOG.warn("The database password file {} was readable by others ({}); restricting it to its owner",
                    file, PosixFilePermissions.toString(current));
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean isPosix(Path file) {
        return Files.getFileAttributeView(file.getParent(), PosixFileAttributeView.class) != null;
    }
}
