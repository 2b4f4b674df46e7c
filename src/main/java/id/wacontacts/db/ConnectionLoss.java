package id.wacontacts.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure caused by the database going away (server stopped or restarted, network cut, pool
 * timed out waiting for a connection) from one caused by the data or the code. The window goes
 * offline and reconnects on the first kind instead of reporting each failing click.
 */
public final class ConnectionLoss {

    /** admin_shutdown, crash_shutdown, cannot_connect_now: the server is stopping, crashed or starting. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private ConnectionLoss() {
    }

    /** Whether this failure, or any failure it was caused by, means the database could not be reached. */
    public static boolean isLost(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            if (cause instanceof DatabaseUnreachableException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && lostState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQL state class 08 (connection exception) or the server shutting down or starting up. */
    static boolean lostState(String state) {
        return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
    }
}
