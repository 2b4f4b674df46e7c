package id.wacontacts.db;

/** Work was not started because the database is known to be unreachable at the moment. */
public final class DatabaseUnreachableException extends RuntimeException {

    public DatabaseUnreachableException() {
        super("The database cannot be reached at the moment; nothing was sent to it.");
    }
}
