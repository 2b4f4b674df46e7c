package id.wacontacts.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a child JVM by the crash-recovery test: starts the embedded database, writes a row, says
 * READY and waits to be killed, leaving its server running as a killed application would.
 */
public final class KilledApplication {

    private KilledApplication() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), Path.of(args[1]));
        ConnectionSettings settings = database.connectionSettings();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (text varchar(100) NOT NULL)");
            statement.execute("INSERT INTO note VALUES ('written before the crash')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
