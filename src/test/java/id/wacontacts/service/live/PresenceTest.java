package id.wacontacts.service.live;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.db.ApplicationName;
import id.wacontacts.testsupport.FreshDatabases;
import id.wacontacts.testsupport.ServiceFixture;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Presence as the app's own non-superuser role sees it, with a desktop logged in as another role. */
class PresenceTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("presence");

    @Test
    void theAppsRoleSeesDesktopsOfAnotherRoleByName() throws SQLException {
        FreshDatabases.execute(FreshDatabases.admin(), "DROP ROLE IF EXISTS wa_presence_other",
                "CREATE ROLE wa_presence_other LOGIN PASSWORD 'other-secret' NOSUPERUSER");
        Properties other = new Properties();
        other.setProperty("user", "wa_presence_other");
        other.setProperty("password", "other-secret");
        other.setProperty("ApplicationName", "WA Contacts/PC-KASIR-2/dewi");
        Properties psql = new Properties();
        psql.setProperty("user", fixture.settings().user());
        psql.setProperty("password", fixture.settings().password());
        psql.setProperty("ApplicationName", "psql");
        // Two more sessions stay open while presence is read: a desktop of another role, and psql.
        Connection colleague = DriverManager.getConnection(fixture.settings().jdbcUrl(), other);
        Connection admin = DriverManager.getConnection(fixture.settings().jdbcUrl(), psql);
        try {
            Presence presence = new Presence(fixture.database().sessionFactory());

            assertThat(presence.desktops()).containsExactlyInAnyOrder(ApplicationName.value(),
                    "WA Contacts/PC-KASIR-2/dewi");
        } finally {
            colleague.close();
            admin.close();
            FreshDatabases.execute(FreshDatabases.admin(), "DROP ROLE IF EXISTS wa_presence_other");
        }
    }
}
