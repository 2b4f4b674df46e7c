package id.wacontacts.service;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The database's schema version as Flyway recorded it: the highest successfully applied migration
 * version. Read from the database, never assumed, since each release may add migrations.
 */
final class SchemaVersion {

    /** Orders "3" before "4" before "4.1" before "10", as Flyway does. */
    static final Comparator<String> ORDER = SchemaVersion::compare;

    private SchemaVersion() {
    }

    static String current(Connection connection) throws SQLException {
        String newest = null;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT version FROM public.flyway_schema_history WHERE success AND version IS NOT NULL")) {
            while (rs.next()) {
                String version = rs.getString(1);
                if (BackupFormat.SCHEMA_VERSION.matcher(version).matches()
                        && (newest == null || compare(version, newest) > 0)) {
                    newest = version;
                }
            }
        }
        if (newest == null) {
            throw new SQLException("The database has no WA Contacts migration history (flyway_schema_history)");
        }
        return newest;
    }

    static int compare(String a, String b) {
        long[] left = parts(a);
        long[] right = parts(b);
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? left[i] : 0;
            long r = i < right.length ? right[i] : 0;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        return 0;
    }

    private static long[] parts(String version) {
        return Arrays.stream(version.split("\\.")).mapToLong(Long::parseLong).toArray();
    }
}
