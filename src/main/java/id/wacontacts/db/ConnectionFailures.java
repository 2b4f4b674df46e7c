package id.wacontacts.db;

import id.wacontacts.db.DatabaseStartException.Problem;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Turns a failure to reach a PostgreSQL server into one sentence a user can act on. */
final class ConnectionFailures {

    private ConnectionFailures() {
    }

    static DatabaseStartException explain(Throwable failure, ConnectionSettings target) {
        SQLException sql = find(failure, SQLException.class);
        String state = sql == null ? null : sql.getSQLState();
        String where = target.displayUrl();
        String user = target.user() == null ? "(default user)" : target.user();
        if (state != null) {
            if (state.equals("28P01") || state.equals("28000")) {
                return new DatabaseStartException(Problem.AUTHENTICATION_FAILED,
                        "The database server refused user '" + user + "': wrong user name or password ("
                                + where + ").", failure);
            }
            if (state.equals("08004") && target.password() == null && mentionsPassword(sql)) {
                return new DatabaseStartException(Problem.PASSWORD_MISSING,
                        "The database server at " + where + " asks for the password of user '" + user
                                + "', and none was given. Give it with --db-password (or WA_DB_PASSWORD), or put it"
                                + " in the pgpass file (~/.pgpass, %APPDATA%\\postgresql\\pgpass.conf on Windows).",
                        failure);
            }
            if (state.equals("3D000")) {
                return new DatabaseStartException(Problem.DATABASE_MISSING,
                        "The database in " + where + " does not exist on the server. Create it first "
                                + "(see the README, \"Using a PostgreSQL server\").", failure);
            }
            if (state.equals("42501")) {
                return new DatabaseStartException(Problem.INSUFFICIENT_PRIVILEGES,
                        "User '" + user + "' may not use the database " + where + ": " + firstLine(sql), failure);
            }
            if (state.startsWith("08") || state.equals("57P03")) {
                return unreachable(failure, where);
            }
        }
        if (find(failure, ConnectException.class) != null || find(failure, UnknownHostException.class) != null) {
            return unreachable(failure, where);
        }
        return new DatabaseStartException(Problem.OTHER,
                "Could not open the database " + where + ": " + firstLine(failure), failure);
    }

    /** The driver's own refusal to log in without a password, whatever the authentication method. */
    private static boolean mentionsPassword(SQLException sql) {
        for (Throwable t = sql; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("password")) {
                return true;
            }
        }
        return false;
    }

    private static DatabaseStartException unreachable(Throwable failure, String where) {
        return new DatabaseStartException(Problem.UNREACHABLE,
                "Cannot reach the database server at " + where
                        + ". Check that it is running and that this computer may connect to it.", failure);
    }

    private static String firstLine(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
