package id.wacontacts.bench;

import id.wacontacts.config.AppPaths;
import id.wacontacts.db.EmbeddedDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Runs the SQL statements of a file (separated by lines holding only {@code ;;}) against a data
 * folder's embedded database and prints each result: for reading query plans on benchmark data.
 *
 * <pre>mvn -Pbench test-compile exec:java -Dexec.mainClass=id.wacontacts.bench.SqlProbe -Dexec.args="/tmp/wa-1m plans.sql"</pre>
 */
public final class SqlProbe {

    private SqlProbe() {
    }

    public static void main(String[] args) throws Exception {
        String script = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        try (EmbeddedDatabase server = EmbeddedDatabase.start(Path.of(args[0]), AppPaths.defaultBinariesDirectory())) {
            var settings = server.connectionSettings();
            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("SET TIME ZONE 'UTC'");
                for (String sql : script.split("(?m)^;;\\s*$")) {
                    if (sql.isBlank()) {
                        continue;
                    }
                    System.out.println("=== " + sql.strip());
                    if (statement.execute(sql)) {
                        try (ResultSet rs = statement.getResultSet()) {
                            int columns = rs.getMetaData().getColumnCount();
                            while (rs.next()) {
                                StringBuilder line = new StringBuilder();
                                for (int i = 1; i <= columns; i++) {
                                    line.append(i > 1 ? " | " : "").append(rs.getString(i));
                                }
                                System.out.println(line);
                            }
                        }
                    }
                }
            }
        }
    }
}
