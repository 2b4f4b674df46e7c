package id.wacontacts.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the disk holding the data folder has room for the embedded server to start. A server that
 * cannot write its files does not come up, and waiting the whole start-up time for it only to fail
 * tells the user nothing; a full disk is said at once instead.
 */
final class DiskSpace {

    /** initdb writes about 40 MB; a new cluster then needs its first WAL segments. */
    static final long FOR_NEW_CLUSTER = 64L << 20;
    /** A start writes its pid file and, after a crash, replays WAL into new segments of 16 MB. */
    static final long FOR_START = 16L << 20;

    private static final Logger log = LoggerFactory.getLogger(DiskSpace.class);

    private DiskSpace() {
    }

    /** Throws {@link DatabaseStartException.Problem#DISK_FULL} when {@code folder}'s disk has too little room. */
    static void require(Path folder, boolean clusterExists) {
        long needed = clusterExists ? FOR_START : FOR_NEW_CLUSTER;
        long usable = usable(folder);
        if (usable >= 0 && usable < needed) {
            throw full(folder, usable, null);
        }
    }

    /** After a failed start: the disk filled up (or was full) if it now has less room than a start needs. */
    static boolean full(Path folder, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("No space left on device")) {
                return true;
            }
        }
        long usable = usable(folder);
        return usable >= 0 && usable < FOR_START;
    }

    static DatabaseStartException full(Path folder, long usable, Throwable cause) {
        String free = usable < 0 ? "" : " (" + Math.max(0, usable >> 20) + " MB free)";
        return new DatabaseStartException(DatabaseStartException.Problem.DISK_FULL,
                "The disk holding " + folder + " is full" + free + ", so the database cannot start. Free some space"
                        + " and start WA Contacts again.", cause);
    }

    static long usable(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            log.debug("Cannot read the free space of {}: {}", folder, e.getMessage());
            return -1;
        }
    }
}
