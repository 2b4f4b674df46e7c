package id.wacontacts.db;

import java.io.IOException;
import java.sql.SQLException;

/** Whether a failure is a full disk: the server's (it could not extend a file) or this computer's. */
public final class DiskFull {

    /** PostgreSQL's disk_full: the server could not extend a file. */
    private static final String DISK_FULL_STATE = "53100";

    private DiskFull() {
    }

    /** True when {@code cause} itself (not its causes) says a disk is full. */
    public static boolean is(Throwable cause) {
        if (cause instanceof SQLException sql && DISK_FULL_STATE.equals(sql.getSQLState())) {
            return true;
        }
        String message = cause.getMessage();
        return (cause instanceof IOException || cause instanceof SQLException) && message != null
                && (message.contains("No space left on device") || message.contains("not enough space on the disk"));
    }
}
