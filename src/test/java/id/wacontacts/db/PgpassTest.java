package id.wacontacts.db;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.testsupport.FreshDatabases;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In server mode without a password, the driver reads it from the user's pgpass file. */
class PgpassTest {

    @TempDir
    Path home;

    @Test
    void connectsWithThePasswordFromPgpass() throws Exception {
        ConnectionSettings settings = FreshDatabases.create("pgpass");
        URI uri = URI.create(settings.jdbcUrl().substring("jdbc:".length()));
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, uri.getHost() + ":" + uri.getPort() + ":" + uri.getPath().substring(1) + ":"
                + settings.user() + ":" + settings.password() + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        String saved = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try (Database database = Database.open(new ConnectionSettings(settings.jdbcUrl(), settings.user(), null))) {
            assertThat(SchemaTest.query(database.dataSource(), "SELECT current_user")).containsExactly(settings.user());
        } finally {
            if (saved == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", saved);
            }
        }
    }
}
