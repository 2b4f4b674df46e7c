package id.wacontacts.db;

import java.time.Duration;

/**
 * How long the pool's connections wait, so that neither a busy server nor a dead line can hold a
 * worker forever. {@code lock} (the server's {@code lock_timeout}) is the shortest: a statement
 * waiting for a lock another desktop holds (its restore, say) gives up and is reported as "busy".
 * {@code statement} ({@code statement_timeout}) bounds any interactive statement. {@code socket}
 * (pgjdbc's {@code socketTimeout}) is longer than both, so a server that answers always answers
 * first; past it the line is taken for dead (a half-open connection after a network cut) and the
 * connection is reported as lost. Bulk work lifts the first two for its transaction ({@link LongWork}).
 * {@code connection} (the pool's connection timeout) is how long a caller waits for a connection when
 * all are in use or none can be opened, before the call fails as "cannot be reached".
 */
public record Timeouts(Duration lock, Duration statement, Duration socket, Duration connection) {

    /** For interactive work against a server shared by several desktops. */
    public static final Timeouts INTERACTIVE =
            new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(90), Duration.ofSeconds(10));

    public Timeouts {
        if (lock.compareTo(statement) > 0 || statement.compareTo(socket) >= 0) {
            throw new IllegalArgumentException("need lock <= statement < socket: " + lock + ", " + statement + ", " + socket);
        }
        if (connection.toMillis() < 250) {
            throw new IllegalArgumentException("the pool waits at least 250 ms for a connection: " + connection);
        }
    }

    /** The SQL each pooled connection runs once when it is opened. */
    String sessionSql() {
        return "SET TIME ZONE 'UTC'; SET statement_timeout = '" + statement.toMillis() + "ms'; SET lock_timeout = '"
                + lock.toMillis() + "ms'";
    }
}
