package id.wacontacts.db;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the pool does when the database server stops and starts again mid-session. Uses a server of its
 * own (never the shared test server) and a relay in front of it, because the embedded server comes back
 * on a new port while a shared server comes back at the same address.
 */
class ServerRestartTest {

    /** admin_shutdown, connection_failure, connection_does_not_exist. */
    private static final List<String> CONNECTION_LOST = List.of("57P01", "08006", "08003");
    /** The app's own timeouts, but a caller waits 2 s for a connection rather than 10 s, so the test waits less. */
    private static final Timeouts SHORT_WAIT = new Timeouts(Timeouts.INTERACTIVE.lock(), Timeouts.INTERACTIVE.statement(),
            Timeouts.INTERACTIVE.socket(), Duration.ofSeconds(2));

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
    void whileTheServerIsDownCallsFailAndOnceItIsBackAtTheSameAddressThePoolReconnectsOnItsOwn() throws Exception {
        server = EmbeddedDatabase.start(dataDir, TestDatabase.binariesDirectory());
        try (TcpRelay relay = new TcpRelay(server.port());
             Database database = Database.open(throughRelay(server.connectionSettings(), relay), SHORT_WAIT)) {
            CategoryService categories = new CategoryService(database.sessionFactory());
            assertThat(categories.list()).hasSize(5);

            server.close();
            // Pooled connections fail fast, one call each ("terminating connection due to administrator
            // command"); once none is left, a call waits the pool's connection timeout, then fails.
            List<SQLException> failures = failuresUntilTimeout(database);
            assertThat(failures.subList(0, failures.size() - 1)).hasSizeLessThanOrEqualTo(Database.POOL_SIZE)
                    .allSatisfy(e -> assertThat(e.getSQLState()).isIn(CONNECTION_LOST));

            server = EmbeddedDatabase.start(dataDir, TestDatabase.binariesDirectory());
            relay.target(server.port());

            // No stale connection is left: the very next call opens a new one and works, Hibernate's too.
            assertThat(selectOne(database)).isEqualTo(1);
            assertThat(categories.list()).hasSize(5);
        }
    }

    @Test
    void afterAQuickRestartEachStaleConnectionFailsOneCallThenThePoolIsWholeAgain() throws Exception {
        server = EmbeddedDatabase.start(dataDir, TestDatabase.binariesDirectory());
        try (TcpRelay relay = new TcpRelay(server.port());
             Database database = Database.open(throughRelay(server.connectionSettings(), relay), SHORT_WAIT)) {
            assertThat(selectOne(database)).isEqualTo(1);

            server.close();
            server = EmbeddedDatabase.start(dataDir, TestDatabase.binariesDirectory());
            relay.target(server.port());

            List<SQLException> failures = new ArrayList<>();
            while (true) {
                try {
                    assertThat(selectOne(database)).isEqualTo(1);
                    break;
                } catch (SQLException e) {
                    failures.add(e);
                    assertThat(failures).hasSizeLessThanOrEqualTo(Database.POOL_SIZE);
                }
            }
            assertThat(failures).allSatisfy(e -> assertThat(e.getSQLState()).isIn(CONNECTION_LOST));
            for (int i = 0; i < Database.POOL_SIZE * 2; i++) {
                assertThat(selectOne(database)).isEqualTo(1);
            }
        }
    }

    @Test
    void theEmbeddedServerComesBackOnANewPortSoTheDatabaseMustBeReopened() throws Exception {
        server = EmbeddedDatabase.start(dataDir, TestDatabase.binariesDirectory());
        int firstPort = server.port();
        try (Database database = Database.open(server.connectionSettings(), SHORT_WAIT)) {
            server.close();
            server = EmbeddedDatabase.start(dataDir, TestDatabase.binariesDirectory());
            // A free port is chosen at every start; the pool's URL still names the old one.
            if (server.port() != firstPort) {
                failuresUntilTimeout(database);
            }
        }
        try (Database reopened = Database.open(server.connectionSettings())) {
            assertThat(selectOne(reopened)).isEqualTo(1);
        }
    }

    /** Calls until one fails for want of any connection (the last failure); returns every failure on the way. */
    private static List<SQLException> failuresUntilTimeout(Database database) {
        List<SQLException> failures = new ArrayList<>();
        long start = System.nanoTime();
        while (failures.isEmpty() || !(failures.get(failures.size() - 1) instanceof SQLTransientConnectionException)) {
            assertThat(failures).hasSizeLessThanOrEqualTo(Database.POOL_SIZE);
            try {
                selectOne(database);
                throw new AssertionError("a call succeeded while the server was unreachable");
            } catch (SQLException e) {
                failures.add(e);
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(SHORT_WAIT.connection().minusMillis(100));
        return failures;
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
