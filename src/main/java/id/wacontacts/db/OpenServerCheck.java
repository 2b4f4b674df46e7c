package id.wacontacts.db;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds out whether the server lets anyone in ({@code trust} authentication for our connections), as
 * an ordinary user can: {@code pg_hba_file_rules} is for superusers only. From PostgreSQL 16 the
 * session itself says how it was authenticated ({@code system_user} is NULL under trust). On 15 the
 * check logs in once more with a password made up at random: only a server that checks no password
 * lets that in (the server's log shows one refused login per start otherwise). The app's own
 * embedded server, whose pg_hba.conf it wrote, is not checked.
 */
final class OpenServerCheck {

    /** Set on the embedded server's command line: the app wrote its pg_hba.conf, which checks passwords. */
    static final String EMBEDDED_SETTING = "wa_contacts.embedded";

    private static final Logger log = LoggerFactory.getLogger(OpenServerCheck.class);

    private OpenServerCheck() {
    }

    static boolean letsAnyoneIn(Connection connection, ConnectionSettings settings) throws SQLException {
        String user;
        boolean open;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT current_user, current_setting('server_version_num')::int"
                     + " >= 160000, coalesce(current_setting('" + EMBEDDED_SETTING + "', true), '') = 'on'")) {
            rs.next();
            user = rs.getString(1);
            if (rs.getBoolean(3)) {
                return false;
            }
            open = rs.getBoolean(2) ? systemUserIsNull(statement) : acceptsAnyPassword(settings, user);
        }
        if (open) {
            log.warn("The database server at {} let user '{}' in without checking a password (trust authentication):"
                    + " anyone who can reach it can read and change every contact. Ask its administrator to require"
                    + " scram-sha-256 in pg_hba.conf.", settings.displayUrl(), user);
        }
        return open;
    }

    private static boolean systemUserIsNull(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT system_user IS NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static boolean acceptsAnyPassword(ConnectionSettings settings, String user) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", "wa-check-" + HexFormat.of().formatHex(random));
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "5");
        properties.setProperty(ApplicationName.PROPERTY, ApplicationName.value());
        try (Connection probe = DriverManager.getConnection(settings.jdbcUrl(), properties)) {
            return probe.isValid(5);
        } catch (SQLException refused) {
            return false;
        }
    }
}
