package id.wacontacts.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pg_trgm extension and the GIN index that lets substring search answer from an index
 * instead of reading every number. A server may lack the extension or forbid creating it: then
 * this logs why and the app carries on with slower search (the status bar says so).
 *
 * <p>One index, on the E.164 number: every query made of digits is matched there (see
 * {@code SearchPattern}). A second one on the number as typed (V4 made it, V5 drops it) found nothing the
 * first does not — stored originals hold no letters — and cost a quarter of a large import.
 */
public final class TrigramIndexes {

    /** The index, by name. */
    public static final String NORMALIZED_INDEX = "idx_phone_numbers_normalized_trgm";

    private static final Logger log = LoggerFactory.getLogger(TrigramIndexes.class);

    private TrigramIndexes() {
    }

    /**
     * Creates the extension and the index when they are missing, inside the caller's
     * transaction; a failure is rolled back to a savepoint so the transaction stays usable.
     *
     * @return whether the index exists afterwards
     */
    public static boolean create(Connection connection) throws SQLException {
        if (present(connection)) {
            return true;
        }
        boolean autoCommit = connection.getAutoCommit();
        if (autoCommit) {
            connection.setAutoCommit(false);
        }
        Savepoint savepoint = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            // Trusted since PostgreSQL 13: a database owner may create it without being superuser.
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            statement.execute("CREATE INDEX IF NOT EXISTS " + NORMALIZED_INDEX
                    + " ON phone_numbers USING gin (normalized_number gin_trgm_ops)");
            connection.releaseSavepoint(savepoint);
            if (autoCommit) {
                connection.commit();
            }
            log.info("The trigram search index is in place");
            return true;
        } catch (SQLException e) {
            connection.rollback(savepoint);
            if (autoCommit) {
                connection.commit();
            }
            log.warn("Could not create the pg_trgm extension or its indexes ({}); search works, but reads every"
                    + " number. A database administrator can run: CREATE EXTENSION pg_trgm;", e.getMessage());
            return false;
        } finally {
            if (autoCommit) {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Whether the trigram index exists. */
    public static boolean present(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema()"
                     + " AND indexname = '" + NORMALIZED_INDEX + "'")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }
}
