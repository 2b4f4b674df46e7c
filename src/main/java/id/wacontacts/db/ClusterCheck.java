package id.wacontacts.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Looks at a cluster folder before anything starts on it: absent, usable, of another version, or incomplete. */
final class ClusterCheck {

    /** The library's lock file, the only thing it puts in the cluster folder itself. */
    private static final String LIBRARY_LOCK_FILE = "epg-lock";

    private ClusterCheck() {
    }

    /**
     * Whether a cluster exists in the folder; throws when it holds one this application must not open.
     * A cluster of another major version is refused, never upgraded silently: pg_upgrade needs both
     * versions' binaries and a backup first.
     */
    static boolean check(Path cluster, String supportedMajorVersion) {
        if (!Files.isDirectory(cluster)) {
            return false;
        }
        try {
            Path versionFile = cluster.resolve("PG_VERSION");
            if (Files.exists(versionFile)) {
                String version = Files.readString(versionFile, StandardCharsets.UTF_8).strip();
                if (!version.equals(supportedMajorVersion)) {
                    throw new DatabaseStartException(DatabaseStartException.Problem.UNSUPPORTED_VERSION,
                            "The database in " + cluster + " was made by PostgreSQL " + version + ", but this WA Contacts"
                                    + " runs PostgreSQL " + supportedMajorVersion + " and does not convert it automatically."
                                    + " Use the WA Contacts version that made it, or move the folder away to start afresh.");
                }
            }
            if (Files.exists(cluster.resolve("postgresql.conf"))) {
                return true;
            }
            try (Stream<Path> entries = Files.list(cluster)) {
                boolean empty = entries.allMatch(entry -> entry.getFileName().toString().equals(LIBRARY_LOCK_FILE));
                if (empty) {
                    return false;
                }
            }
        } catch (IOException e) {
            throw new DatabaseStartException(DatabaseStartException.Problem.DATA_DIR_UNUSABLE,
                    "The database folder " + cluster + " cannot be read: " + e.getMessage(), e);
        }
        throw new DatabaseStartException(DatabaseStartException.Problem.DATA_DIR_UNUSABLE,
                "The database folder " + cluster + " is incomplete: its creation was interrupted, or it is not a"
                        + " database. Move it away and WA Contacts will create a new, empty one.");
    }
}
