package id.wacontacts.db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Savepoint;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.LoggerFactory;

/**
 * Trigram GIN indexes for substring search over the numbers, exactly as released: the pg_trgm
 * extension and two indexes, on the E.164 number and on the number as typed (V5 drops the
 * second). Written in Java because a server may refuse the pg_trgm extension: the migration then
 * logs it and succeeds, and every later start tries again ({@code TrigramRetry}).
 *
 * <p>A released migration is frozen: this carries its own SQL instead of calling code that may
 * change later, so every database passes through the same V4.
 */
public final class V4__Trigram_search_indexes extends BaseJavaMigration {

    private static final String[] RELEASED = {
            "CREATE EXTENSION IF NOT EXISTS pg_trgm",
            "CREATE INDEX IF NOT EXISTS idx_phone_numbers_normalized_trgm"
                    + " ON phone_numbers USING gin (normalized_number gin_trgm_ops)",
            "CREATE INDEX IF NOT EXISTS idx_phone_numbers_original_trgm"
                    + " ON phone_numbers USING gin (original_number gin_trgm_ops)",
    };

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (bothPresent(connection)) {
            return;
        }
        // Flyway runs this inside its transaction: a refused extension rolls back to here only.
        Savepoint savepoint = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            for (String sql : RELEASED) {
                statement.execute(sql);
            }
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            connection.rollback(savepoint);
            LoggerFactory.getLogger(V4__Trigram_search_indexes.class).warn(
                    "Could not create the pg_trgm extension or its indexes ({}); search works, but reads every"
                            + " number. A database administrator can run: CREATE EXTENSION pg_trgm;", e.getMessage());
        }
    }

    private static boolean bothPresent(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema()"
                     + " AND indexname IN ('idx_phone_numbers_normalized_trgm', 'idx_phone_numbers_original_trgm')")) {
            rs.next();
            return rs.getInt(1) == 2;
        }
    }
}
