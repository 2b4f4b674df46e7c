package id.wacontacts.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.testsupport.FreshDatabases;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user is told when the server wants a password that was not given, or wants none at all. */
class AuthenticationProblemsTest {

    @TempDir
    Path home;

    @Test
    void noPasswordAndNoPgpassSaysSoInsteadOfUnreachable() {
        ConnectionSettings settings = FreshDatabases.create("nopassword");
        String saved = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", home.resolve("no-such-pgpass").toString());
        try {
            assertThatThrownBy(() -> Database.open(new ConnectionSettings(settings.jdbcUrl(), settings.user(), null)).close())
                    .isInstanceOfSatisfying(DatabaseStartException.class, e -> {
                        assertThat(e.problem()).isEqualTo(DatabaseStartException.Problem.PASSWORD_MISSING);
                        assertThat(e.getMessage()).contains("--db-password").contains("pgpass");
                    });
        } finally {
            if (saved == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", saved);
            }
        }
    }

    @Test
    void aServerThatChecksPasswordsIsNotOpenToAnyone() {
        ConnectionSettings settings = FreshDatabases.create("checked");
        String database = URI.create(settings.jdbcUrl().substring(5)).getPath().substring(1);
        FreshDatabases.execute(FreshDatabases.admin(),
                "ALTER DATABASE " + database + " SET " + OpenServerCheck.EMBEDDED_SETTING + " = off");
        try (Database opened = Database.open(settings)) {
            assertThat(opened.openToAnyone()).isFalse();
        }
    }

    @Test
    void aServerThatTrustsEveryoneIsNoticed() throws Exception {
        ConnectionSettings settings = FreshDatabases.create("trusting");
        String database = URI.create(settings.jdbcUrl().substring(5)).getPath().substring(1);
        Path hba = Path.of(adminQuery("SHOW hba_file"));
        String original = Files.readString(hba);
        // Trust for this one database and role only; every other test's database still checks passwords.
        Files.writeString(hba, "host " + database + " " + settings.user() + " 127.0.0.1/32 trust\n" + original);
        // This server runs as the app's embedded one; this database plays a shared server's.
        FreshDatabases.execute(FreshDatabases.admin(),
                "ALTER DATABASE " + database + " SET " + OpenServerCheck.EMBEDDED_SETTING + " = off");
        try {
            adminQuery("SELECT pg_reload_conf()::text");
            try (Database opened = Database.open(settings)) {
                assertThat(opened.openToAnyone()).isTrue();
            }
        } finally {
            Files.writeString(hba, original);
            adminQuery("SELECT pg_reload_conf()::text");
        }
    }

    private static String adminQuery(String sql) throws Exception {
        ConnectionSettings admin = FreshDatabases.admin();
        try (Connection connection = DriverManager.getConnection(admin.jdbcUrl(), admin.user(), admin.password());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
