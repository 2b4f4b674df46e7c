package id.wacontacts.db.migration;

import id.wacontacts.db.TrigramIndexes;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Trigram GIN indexes for substring search over the numbers. Written in Java because a server may
 * refuse the pg_trgm extension: the migration then logs it and succeeds, and every later start
 * tries again ({@code TrigramRetry}).
 */
public final class V4__Trigram_search_indexes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        TrigramIndexes.create(context.getConnection());
    }
}
