package id.wacontacts.db;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.testsupport.ServiceFixture;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rows inserted without timestamps hold UTC wall-clock time whatever the client's session time zone
 * (V6), while the columns keep the spec's {@code DEFAULT CURRENT_TIMESTAMP}.
 */
class UtcDefaultsTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("utc_defaults");

    @Test
    void psqlInJakartaTimeStoresUtc() throws Exception {
        String output = psql("SET TIME ZONE 'Asia/Jakarta';"
                + " INSERT INTO categories (name) VALUES ('From psql');"
                + " INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " SELECT '081234567890', '+6281234567890', id FROM categories WHERE name = 'From psql';");

        assertThat(output).contains("INSERT 0 1");
        assertThat(secondsOffUtc("categories", "name = 'From psql'")).allSatisfy(off -> assertThat(off).isLessThan(60));
        assertThat(secondsOffUtc("phone_numbers", "normalized_number = '+6281234567890'"))
                .allSatisfy(off -> assertThat(off).isLessThan(60));
    }

    @Test
    void aJdbcClientInTheJvmsZoneStoresUtc() throws SQLException {
        var settings = fixture.settings();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute("SET TIME ZONE 'Asia/Makassar'");
            statement.execute("INSERT INTO categories (name) VALUES ('From JDBC')");
            statement.execute("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                    + " SELECT '081298765432', '+6281298765432', id FROM categories WHERE name = 'From JDBC'");
        }
        assertThat(secondsOffUtc("categories", "name = 'From JDBC'")).allSatisfy(off -> assertThat(off).isLessThan(60));
        assertThat(secondsOffUtc("phone_numbers", "normalized_number = '+6281298765432'"))
                .allSatisfy(off -> assertThat(off).isLessThan(60));
    }

    @Test
    void anExplicitTimeFromANonUtcSessionIsKeptAsGiven() throws Exception {
        psql("SET TIME ZONE 'Asia/Jayapura';"
                + " INSERT INTO categories (name, created_at, updated_at) VALUES ('Given', '2021-03-04 05:06:07', NULL);");

        assertThat(SchemaTest.query(fixture.database().dataSource(),
                "SELECT created_at || ' ' || coalesce(updated_at::text, 'null') FROM categories WHERE name = 'Given'"))
                .containsExactly("2021-03-04 05:06:07 null");
    }

    /** How far created_at and updated_at are from the current UTC wall-clock time, in seconds. */
    private static List<Double> secondsOffUtc(String table, String where) throws SQLException {
        try (Connection connection = fixture.database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT abs(extract(epoch FROM created_at - (now() AT TIME ZONE 'UTC'))),"
                     + " abs(extract(epoch FROM updated_at - (now() AT TIME ZONE 'UTC'))) FROM " + table + " WHERE " + where)) {
            assertThat(rs.next()).as("row stored").isTrue();
            return List.of(rs.getDouble(1), rs.getDouble(2));
        }
    }

    private static String psql(String sql) throws IOException, InterruptedException {
        var settings = fixture.settings();
        URI uri = URI.create(settings.jdbcUrl().substring("jdbc:".length()));
        ProcessBuilder builder = new ProcessBuilder("psql", "-X", "-v", "ON_ERROR_STOP=1",
                "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", settings.user(),
                "-d", uri.getPath().substring(1), "-c", sql)
                .redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", settings.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
