package id.wacontacts.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.service.CategoryService;
import id.wacontacts.testsupport.TcpRelay;
import id.wacontacts.testsupport.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the pool does when the database server stops and starts again mid-session. Uses a server of its
 * own (never the shared test server) and a relay in front of it, because the embedded server comes back
 * on a new port while a shared server comes back at the same address.
 */
class ServerRestartTest {

    private final Path dataDir = TestDatabase.newDataDirectory("restart");
    private EmbeddedDatabase server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        TestDatabase.deleteRecursively(dataDir);
    }

    @Test
    void afterTheServerRestartsAtTheSameAddressThePoolReconnectsOnItsOwn() throws Exception {
        server = EmbeddedDatabase.start(dataDir, TestDatabase.binariesDirectory());
        try (TcpRelay relay = new TcpRelay(server.port());
             Database database = Database.open(throughRelay(server.connectionSettings(), relay))) {
            CategoryService categories = new CategoryService(database.sessionFactory());
            assertThat(categories.list()).hasSize(5);
            assertThat(selectOne(database)).isEqualTo(1);

            server.close();
            long down = System.nanoTime();
            // While it is down, each attempt waits for the pool's connection timeout, then fails.
            assertThatThrownBy(() -> selectOne(database)).isInstanceOf(SQLTransientConnectionException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - down)).isGreaterThanOrEqualTo(Duration.ofSeconds(9));

            server = EmbeddedDatabase.start(dataDir, TestDatabase.binariesDirectory());
            relay.target(server.port());

            // The pool dropped its dead connections and opens new ones: the very next call works.
            assertThat(selectOne(database)).isEqualTo(1);
            assertThat(categories.list()).hasSize(5);
        }
    }

    @Test
    void afterTheEmbeddedServerRestartsOnANewPortTheOldPoolCannotReachItAndTheDatabaseMustBeReopened() throws Exception {
        server = EmbeddedDatabase.start(dataDir, TestDatabase.binariesDirectory());
        int firstPort = server.port();
        try (Database database = Database.open(server.connectionSettings())) {
            server.close();
            server = EmbeddedDatabase.start(dataDir, TestDatabase.binariesDirectory());
            if (server.port() != firstPort) {
                assertThatThrownBy(() -> selectOne(database)).isInstanceOf(SQLTransientConnectionException.class);
            }
        }
        try (Database reopened = Database.open(server.connectionSettings())) {
            assertThat(selectOne(reopened)).isEqualTo(1);
        }
    }

    private static ConnectionSettings throughRelay(ConnectionSettings direct, TcpRelay relay) {
        return new ConnectionSettings(direct.jdbcUrl().replaceFirst(":\\d+/", ":" + relay.port() + "/"),
                direct.user(), direct.password());
    }

    private static int selectOne(Database database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
