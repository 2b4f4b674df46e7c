package id.wacontacts.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shared embedded server as configured: password only, loopback only, durable commits. */
class EmbeddedDatabaseTest {

    private static EmbeddedDatabase database;

    @BeforeAll
    static void startSharedServer() {
        database = TestDatabase.embedded();
    }

    @Test
    void acceptsAQueryWithThePassword() throws SQLException {
        try (Connection connection = TestDatabase.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT current_database(), current_user, 1 + 1")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("wa_db");
            assertThat(rows.getString(2)).isEqualTo("wa_contacts");
            assertThat(rows.getInt(3)).isEqualTo(2);
        }
    }

    @Test
    void connectionSettingsPointAtTheLoopbackPort() {
        ConnectionSettings settings = database.connectionSettings();
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + database.port() + "/wa_db");
        assertThat(settings.user()).isEqualTo("wa_contacts");
        assertThat(settings.password()).isNotBlank();
    }

    @Test
    void applicationUserOwnsTheDatabaseButIsNoSuperuser() throws SQLException {
        try (Connection connection = TestDatabase.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT r.rolsuper, pg_get_userbyid(d.datdba)"
                        + " FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getBoolean(1)).isFalse();
            assertThat(rows.getString(2)).isEqualTo("wa_contacts");
        }
    }

    @Test
    void refusesAConnectionWithoutPassword() {
        for (String user : List.of("wa_contacts", "postgres")) {
            assertThatThrownBy(() -> DriverManager.getConnection(database.connectionSettings().jdbcUrl(), user, null).close())
                    .as(user).isInstanceOf(SQLException.class).hasMessageContaining("password");
        }
    }

    @Test
    void refusesAWrongPassword() {
        for (String user : List.of("wa_contacts", "postgres")) {
            assertThatThrownBy(() -> DriverManager.getConnection(database.connectionSettings().jdbcUrl(), user, "wrong").close())
                    .as(user).isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void clientAuthenticationHasNoTrustLine() throws Exception {
        List<String> rules = Files.readAllLines(database.dataDirectory().resolve("pgdata/pg_hba.conf")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        assertThat(rules).isNotEmpty().noneMatch(line -> line.contains("trust"))
                .allMatch(line -> line.endsWith("scram-sha-256"));
    }

    @Test
    void serverReadsAuthenticationRulesWithoutTrust() throws SQLException {
        try (Connection connection = superuser();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FILTER (WHERE auth_method <> 'scram-sha-256'),"
                        + " count(*) FROM pg_hba_file_rules")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isZero();
            assertThat(rows.getInt(2)).isPositive();
        }
    }

    @Test
    void secretFileIsReadableByItsOwnerOnly() throws Exception {
        Path secret = database.dataDirectory().resolve("db-secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        assertThat(Files.readString(secret).strip()).isEqualTo(database.connectionSettings().password());
    }

    @Test
    void binariesCacheSitsInAnOwnerOnlyFolder() throws Exception {
        Path parent = TestDatabase.binariesDirectory().getParent();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(parent))).isEqualTo("rwx------");
        assertThat(database.dataDirectory().startsWith(TestDatabase.binariesDirectory())).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fsync | on",
        "synchronous_commit | on",
        "listen_addresses | 127.0.0.1",
        "unix_socket_directories | ''",
        "client_connection_check_interval | 1s",
        "password_encryption | scram-sha-256",
        "server_version_num | 15",
        "wal_buffers | 32MB",
        "bgwriter_delay | 50ms",
        "bgwriter_lru_maxpages | 1000",
    })
    void serverRunsWithDurableLoopbackOnlyAndBulkWriteSettings(String setting, String expected) throws SQLException {
        try (Connection connection = superuser();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW " + setting)) {
            assertThat(rows.next()).isTrue();
            if (setting.equals("server_version_num")) {
                assertThat(rows.getString(1)).startsWith(expected);
            } else {
                assertThat(rows.getString(1)).isEqualTo(expected);
            }
        }
    }

    @Test
    void secondStartOnTheSameDataFolderSaysItIsAlreadyOpen() {
        assertThatThrownBy(() -> EmbeddedDatabase.start(database.dataDirectory(), TestDatabase.binariesDirectory()))
                .isInstanceOfSatisfying(DatabaseStartException.class, e -> assertThat(e.problem())
                        .isEqualTo(DatabaseStartException.Problem.ALREADY_RUNNING))
                .hasMessage("WA Contacts is already open with this data folder (" + database.dataDirectory()
                        + "). Close the other window first.");
        acceptsQueryStill();
    }

    private static void acceptsQueryStill() {
        try (Connection connection = TestDatabase.connect()) {
            assertThat(connection.isValid(5)).isTrue();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static Connection superuser() throws SQLException {
        ConnectionSettings settings = database.superuserConnectionSettings();
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }
}
