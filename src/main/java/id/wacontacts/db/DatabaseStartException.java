package id.wacontacts.db;

/**
 * The database could not be started or reached. {@link #problem()} says which way, so the UI can
 * word it in the user's language; {@link #getMessage()} is one plain English sentence for the CLI.
 */
public final class DatabaseStartException extends RuntimeException {

    /** The ways opening the database can fail that a user can act on. */
    public enum Problem {
        /** Another WA Contacts already has this data folder open. */
        ALREADY_RUNNING,
        /** The data folder holds a PostgreSQL cluster of another major version. */
        UNSUPPORTED_VERSION,
        /** The data folder cannot be created, read or written. */
        DATA_DIR_UNUSABLE,
        /** The embedded server did not start. */
        EMBEDDED_START_FAILED,
        /** The server cannot be reached (wrong host or port, down, firewall). */
        UNREACHABLE,
        /** The server refused the user name or password. */
        AUTHENTICATION_FAILED,
        /** The server asks for a password and none was given (no --db-password, no pgpass entry). */
        PASSWORD_MISSING,
        /** The disk holding the data folder is full: the embedded server cannot start or write. */
        DISK_FULL,
        /** The database does not exist on the server. */
        DATABASE_MISSING,
        /** The role lacks the rights the app needs (it must own the database). */
        INSUFFICIENT_PRIVILEGES,
        /** The database was migrated by a newer version of the app. */
        SCHEMA_NEWER,
        /** The tables differ from the ones the app expects. */
        SCHEMA_MISMATCH,
        /** Anything else. */
        OTHER
    }

    private final Problem problem;

    public DatabaseStartException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public DatabaseStartException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
