package id.wacontacts.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Lifts the pool's interactive timeouts ({@link Timeouts}) for one transaction of bulk work: an
 * import's COPY and insert, a backup's COPY out, a restore. Their statements may run for minutes on a
 * large database. A lock wait is allowed {@link #LOCK_WAIT} (a caller may set its own after this),
 * and the socket {@link #NETWORK_TIMEOUT}, so even bulk work cannot hang forever on a dead line. The
 * settings are {@code SET LOCAL}: they end with the transaction, and the pool restores the socket
 * timeout when the connection is returned.
 */
public final class LongWork {

    /** How long bulk work waits for a lock another desktop holds. */
    public static final Duration LOCK_WAIT = Duration.ofMinutes(2);
    /** How long bulk work waits for the server to answer at all. */
    public static final Duration NETWORK_TIMEOUT = Duration.ofMinutes(15);

    private LongWork() {
    }

    /** Call inside the transaction (auto-commit off), before the bulk statements. */
    public static void allow(Connection connection) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("LongWork.allow needs a transaction: SET LOCAL would not last");
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL statement_timeout = 0");
            statement.execute("SET LOCAL lock_timeout = '" + LOCK_WAIT.toSeconds() + "s'");
        }
        connection.setNetworkTimeout(Runnable::run, (int) NETWORK_TIMEOUT.toMillis());
    }
}
