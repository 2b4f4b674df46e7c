package id.wacontacts.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure caused by the database from one caused by the data or the code, and of the first
 * kind, whether the database is {@link Trouble#GONE gone} (server stopped or restarted, network cut,
 * a line that stopped answering) or {@link Trouble#BUSY busy} (another desktop holds a lock we waited
 * for too long, a statement ran out of time, every pooled connection stayed in use). The window goes
 * offline and reconnects when it is gone; when it is busy the server is there and trying again later
 * helps, so the user is told that instead.
 */
public final class ConnectionLoss {

    /** What a failure says about the database. */
    public enum Trouble {
        /** Not the database's doing: the data or the code. */
        NONE,
        /** The server answers but could not do the work in time; try again later. */
        BUSY,
        /** The server cannot be reached. */
        GONE
    }

    /** admin_shutdown, crash_shutdown, cannot_connect_now: the server is stopping, crashed or starting. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    /** lock_not_available: lock_timeout (or NOWAIT) gave up on a lock someone else holds. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    /** query_canceled: a cancel, by the user or by statement_timeout. */
    private static final String QUERY_CANCELED = "57014";

    private ConnectionLoss() {
    }

    /** Whether this failure, or any failure it was caused by, means the database could not be reached. */
    public static boolean isLost(Throwable failure) {
        return classify(failure) == Trouble.GONE;
    }

    /** Whether this failure means the database is there but too busy to do the work now. */
    public static boolean isBusy(Throwable failure) {
        return classify(failure) == Trouble.BUSY;
    }

    /**
     * Reads the whole chain of causes: a sign that the line is gone anywhere in it wins over a sign
     * that the server is busy (a pool that timed out because its server vanished carries that failure
     * as its cause).
     */
    public static Trouble classify(Throwable failure) {
        List<Throwable> chain = chain(failure);
        boolean busy = false;
        boolean connectionFailure = false;
        for (Throwable cause : chain) {
            if (cause instanceof DatabaseUnreachableException) {
                return Trouble.GONE;
            }
            if (cause instanceof SQLTransientConnectionException pool) {
                // The pool waited its connection timeout; with no failure behind it every connection was in use.
                if (pool.getCause() == null) {
                    busy = true;
                } else {
                    connectionFailure = true;
                }
            } else if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (lostState(state)) {
                    return Trouble.GONE;
                }
                if (LOCK_NOT_AVAILABLE.equals(state) || statementTimeout(sql)) {
                    busy = true;
                }
            } else if (cause instanceof JDBCConnectionException) {
                connectionFailure = true;
            }
        }
        if (busy) {
            return Trouble.BUSY;
        }
        return connectionFailure ? Trouble.GONE : Trouble.NONE;
    }

    /** SQL state class 08 (connection exception) or the server shutting down or starting up. */
    static boolean lostState(String state) {
        return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
    }

    /**
     * A statement stopped by statement_timeout rather than by a person's cancel: the state is the same,
     * only the server's message differs (the app's servers answer in English; lc_messages in another
     * language makes such a timeout read as an ordinary failure, never as a lost connection).
     */
    private static boolean statementTimeout(SQLException sql) {
        return QUERY_CANCELED.equals(sql.getSQLState()) && sql.getMessage() != null
                && sql.getMessage().toLowerCase(Locale.ROOT).contains("statement timeout");
    }

    private static List<Throwable> chain(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            chain.add(cause);
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null && seen.put(next, true) == null;
                     next = next.getNextException()) {
                    chain.add(next);
                }
            }
        }
        return chain;
    }
}
