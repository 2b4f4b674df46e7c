package id.wacontacts.testsupport;

import id.wacontacts.db.ConnectionSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Empty databases on the shared test server, one per test class or test that needs its own,
 * so tests never see each other's rows. Each is created new; nothing is reused between runs.
 */
public final class FreshDatabases {

    private static final AtomicInteger counter = new AtomicInteger();

    private FreshDatabases() {
    }

    /** Creates an empty database and returns how to reach it as its owner. */
    public static ConnectionSettings create(String purpose) {
        ConnectionSettings server = TestDatabase.connectionSettings();
        String name = ("t_" + purpose + "_" + ProcessHandle.current().pid() + "_" + counter.incrementAndGet())
                .toLowerCase().replaceAll("[^a-z0-9_]", "_");
        execute(server, "DROP DATABASE IF EXISTS " + name, "CREATE DATABASE " + name);
        return new ConnectionSettings(withDatabase(server.jdbcUrl(), name), server.user(), server.password());
    }

    /**
     * Runs statements as the server's administrator, each in its own transaction, in UTC as the
     * app's own connections do (this JVM runs in Asia/Jakarta, which the driver would send).
     */
    public static void execute(ConnectionSettings target, String... statements) {
        try (Connection connection = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
             Statement statement = connection.createStatement()) {
            statement.execute("SET TIME ZONE 'UTC'");
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test set-up failed: " + e.getMessage(), e);
        }
    }

    /** The same server and credentials, another database. */
    public static String withDatabase(String jdbcUrl, String database) {
        int slash = jdbcUrl.lastIndexOf('/');
        int query = jdbcUrl.indexOf('?', slash);
        return jdbcUrl.substring(0, slash + 1) + database + (query < 0 ? "" : jdbcUrl.substring(query));
    }
}
