package id.wacontacts.db;

import java.sql.SQLException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.LoggerFactory;

/**
 * After every migrate, creates the trigram indexes if V4 could not (the administrator may have
 * installed pg_trgm since). Never fails the start: without them search is only slower.
 */
final class TrigramRetry implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            TrigramIndexes.create(context.getConnection());
        } catch (SQLException e) {
            LoggerFactory.getLogger(TrigramRetry.class).warn("Could not check the trigram indexes: {}", e.getMessage());
        }
    }

    @Override
    public String getCallbackName() {
        return "trigram-retry";
    }
}
