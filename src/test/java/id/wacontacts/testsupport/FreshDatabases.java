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

    /**
     * Creates an empty database owned by the app's own role (not a superuser, as in server mode)
     * and returns how to reach it as that role.
     */
    public static ConnectionSettings create(String purpose) {
        ConnectionSettings app = TestDatabase.connectionSettings();
        String name = ("t_" + purpose + "_" + ProcessHandle.current().pid() + "_" + counter.incrementAndGet())
                .toLowerCase().replaceAll("[^a-z0-9_]", "_");
        execute(admin(), "DROP DATABASE IF EXISTS " + name, "CREATE DATABASE " + name + " OWNER " + app.user());
        return new ConnectionSettings(withDatabase(app.jdbcUrl(), name), app.user(), app.password());
    }

    /** The shared server's superuser, for set-up that needs it (roles, databases). */
    public static ConnectionSettings admin() {
        return TestDatabase.embedded().superuserConnectionSettings();
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
