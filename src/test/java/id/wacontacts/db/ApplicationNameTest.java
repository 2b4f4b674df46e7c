package id.wacontacts.db;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.testsupport.FreshDatabases;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Every connection the app opens tells the server which desktop and person it belongs to. */
class ApplicationNameTest {

    @Test
    void isTheAppTheHostAndTheUserInPrintableAsciiCutTo63() {
        assertThat(ApplicationName.of("kasir-01", "siti")).isEqualTo("WA Contacts/kasir-01/siti");
        assertThat(ApplicationName.of("kantor", "dewi\u00e9\u4e2d")).isEqualTo("WA Contacts/kantor/dewi??");
        String longName = ApplicationName.of("h".repeat(80), "u");
        assertThat(longName).hasSize(63).startsWith("WA Contacts/hhh");
        assertThat(ApplicationName.value()).startsWith("WA Contacts/")
                .contains("/" + System.getProperty("user.name").replaceAll("[^\\x20-\\x7e]", "?"))
                .hasSizeLessThanOrEqualTo(63).matches("[\\x20-\\x7e]+");
    }

    @Test
    void thePoolsConnectionsCarryItAndTheServerShowsItInPgStatActivity() throws SQLException {
        ConnectionSettings settings = FreshDatabases.create("appname");
        try (Database database = Database.open(settings)) {
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT current_setting('application_name')")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(ApplicationName.value());
            }
            String database1 = URI.create(settings.jdbcUrl().substring(5)).getPath().substring(1);
            ConnectionSettings admin = FreshDatabases.admin();
            try (Connection connection = DriverManager.getConnection(admin.jdbcUrl(), admin.user(), admin.password());
                 PreparedStatement statement = connection.prepareStatement(
                         "SELECT count(*) FILTER (WHERE application_name = ?), count(*) FROM pg_stat_activity"
                                 + " WHERE datname = ? AND backend_type = 'client backend'")) {
                statement.setString(1, ApplicationName.value());
                statement.setString(2, database1);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(2)).as("the pool's connections").isPositive();
                    assertThat(rs.getLong(1)).as("all named").isEqualTo(rs.getLong(2));
                }
            }
        }
    }
}
