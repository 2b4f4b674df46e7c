package id.wacontacts.db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.LoggerFactory;

/**
 * A small index over the numbers whose original (as typed) holds a character the app never stores
 * there, such as letters: only a database adopted from the original system or written by another
 * program has them. A search for text (not digits) matches the number as typed among these rows
 * only, so it never reads the whole table.
 *
 * <p>A trigram index (pg_trgm) finds a substring among them however many there are. A server may
 * lack or forbid the extension: then a plain index over the same rows, newest first, takes its
 * place and search reads just those rows. Either way the migration succeeds.
 *
 * <p>Released migrations never change: this one keeps its own SQL. The predicate is repeated, to
 * the character, by the search condition (SearchPattern.LETTERED_ORIGINAL).
 */
public final class V8__Lettered_originals_index extends BaseJavaMigration {

    private static final String LETTERED = "WHERE original_number ~ '[^0-9 +()./-]'";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Savepoint savepoint = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            statement.execute("CREATE INDEX IF NOT EXISTS idx_phone_numbers_lettered_original_trgm"
                    + " ON phone_numbers USING gin (original_number gin_trgm_ops) " + LETTERED);
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            connection.rollback(savepoint);
            LoggerFactory.getLogger(V8__Lettered_originals_index.class).warn("No pg_trgm for the index of numbers"
                    + " typed with letters ({}); a plain index over those numbers takes its place", e.getMessage());
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE INDEX IF NOT EXISTS idx_phone_numbers_lettered_created_id"
                        + " ON phone_numbers ((COALESCE(created_at, '-infinity'::timestamp)) DESC, id DESC) " + LETTERED);
            }
        }
    }
}
