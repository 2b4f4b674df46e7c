package id.wacontacts.domain;

import java.time.LocalDateTime;

/**
 * One recorded change to one row of categories or phone_numbers, written by the database's own
 * triggers whichever program made it. Inserts have only an after-image, deletes only a
 * before-image; a TRUNCATE is one event with no row. Times are UTC.
 *
 * @param transactionId the database transaction: the events of one import or one category delete share it
 * @param desktop the writing connection's application name ({@code WA Contacts/<host>/<OS user>} for this app)
 * @param databaseUser the database role that logged in
 */
public record ChangeEvent(long id, LocalDateTime changedAt, long transactionId, Table table, Action action,
        Integer rowId, NumberValues numberBefore, NumberValues numberAfter, CategoryRow categoryBefore,
        CategoryRow categoryAfter, String desktop, String databaseUser) {

    /** The table changed. */
    public enum Table {
        CATEGORIES, PHONE_NUMBERS
    }

    /** What happened to the row. */
    public enum Action {
        INSERT, UPDATE, DELETE, TRUNCATE
    }
}
