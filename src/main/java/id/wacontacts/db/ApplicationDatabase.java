package id.wacontacts.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the embedded cluster has the application's role and database: a login role that is
 * not a superuser and owns {@value EmbeddedDatabase#DATABASE_NAME}, so the app runs with the same rights
 * it would have on a shared server.
 */
final class ApplicationDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationDatabase.class);

    private ApplicationDatabase() {
    }

    static void ensure(String host, int port, String secret) {
        Properties properties = new Properties();
        properties.setProperty("user", EmbeddedDatabase.SUPERUSER);
        properties.setProperty("password", secret);
        properties.setProperty(ApplicationName.PROPERTY, ApplicationName.value());
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", EmbeddedDatabase.APPLICATION_USER)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE ROLE " + EmbeddedDatabase.APPLICATION_USER + " LOGIN");
                }
                // Hashed here, so the password never appears in a statement the server could log.
                connection.unwrap(PGConnection.class)
                        .alterUserPassword(EmbeddedDatabase.APPLICATION_USER, secret.toCharArray(), "scram-sha-256");
                LOG.info("Created the role {}", EmbeddedDatabase.APPLICATION_USER);
            }
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", EmbeddedDatabase.DATABASE_NAME)) {
                long begin = System.nanoTime();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + EmbeddedDatabase.DATABASE_NAME
                            + " OWNER " + EmbeddedDatabase.APPLICATION_USER + " ENCODING 'UTF8'");
                }
                LOG.info("Created the database {} in {} ms", EmbeddedDatabase.DATABASE_NAME,
                        Duration.ofNanos(System.nanoTime() - begin).toMillis());
            }
        } catch (SQLException e) {
            throw new DatabaseStartException(DatabaseStartException.Problem.EMBEDDED_START_FAILED,
                    "The embedded database started, but its application database could not be prepared: "
                            + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}
