package id.wacontacts.service.live;

import id.wacontacts.domain.ChangeEvent.Action;
import id.wacontacts.domain.ChangeEvent.Table;
import id.wacontacts.domain.ChangeSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Reads what was missed from the history table {@code change_log}. A {@link Mark} says how far the
 * history had been seen: the highest id, and the oldest transaction still running at that moment
 * (its snapshot's xmin). History ids are taken at insert, not at commit, so a transaction running
 * then may commit rows below that id later: the catch-up reads {@code id > mark OR txid >= xmin},
 * which may repeat a change (harmless: rows are reloaded by id) but never misses one.
 */
final class CatchUp {

    /** How far the history was seen. */
    record Mark(long lastId, long oldestRunningTransaction) {
    }

    /** Above this many missed rows the catch-up says "reload everything" instead of listing them. */
    static final int MAX_ROWS = 5000;

    private static final String MARK = """
            SELECT coalesce((SELECT max(id) FROM change_log), 0),
                   pg_snapshot_xmin(pg_current_snapshot())::text::bigint""";

    private static final String MISSED = """
            SELECT txid, table_name, action, row_id, desktop FROM change_log
            WHERE id > ? OR txid >= ? ORDER BY id LIMIT ?""";

    private final DataSource dataSource;

    CatchUp(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Where the history stands now. */
    Mark mark() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return mark(connection);
        }
    }

    /**
     * Adds to {@code into} every change after {@code since} and returns the new mark, both read in
     * one snapshot so that nothing falls between them.
     */
    Mark readSince(Mark since, ChangeSet.Builder into) throws SQLException {
        Objects.requireNonNull(since, "since");
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                Mark now = mark(connection);
                List<ChangeSet.Change> missed = missed(connection, since);
                connection.commit();
                if (missed == null) {
                    into.reloadEverything();
                } else {
                    missed.forEach(into::add);
                }
                return now;
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static Mark mark(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(MARK)) {
            rs.next();
            return new Mark(rs.getLong(1), rs.getLong(2));
        }
    }

    /** The missed changes grouped by statement (transaction, table, action), or null when too many. */
    private static List<ChangeSet.Change> missed(Connection connection, Mark since) throws SQLException {
        List<ChangeSet.Change> changes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(MISSED)) {
            statement.setLong(1, since.lastId());
            statement.setLong(2, since.oldestRunningTransaction());
            statement.setInt(3, MAX_ROWS + 1);
            int rows = 0;
            Group group = null;
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (++rows > MAX_ROWS) {
                        return null;
                    }
                    Group row = new Group(rs.getLong(1), table(rs.getString(2)), action(rs.getString(3)),
                            rs.getString(5));
                    if (group == null || !group.sameStatement(row)) {
                        if (group != null) {
                            changes.add(group.change());
                        }
                        group = row;
                    }
                    int id = rs.getInt(4);
                    if (!rs.wasNull()) {
                        group.ids.add(id);
                    }
                    group.count++;
                }
            }
            if (group != null) {
                changes.add(group.change());
            }
        }
        return changes;
    }

    static Table table(String name) {
        return Table.valueOf(name.toUpperCase(Locale.ROOT));
    }

    static Action action(String name) {
        return Action.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static final class Group {
        final long txid;
        final Table table;
        final Action action;
        final String desktop;
        final List<Integer> ids = new ArrayList<>();
        long count;

        Group(long txid, Table table, Action action, String desktop) {
            this.txid = txid;
            this.table = table;
            this.action = action;
            this.desktop = desktop;
        }

        boolean sameStatement(Group other) {
            return txid == other.txid && table == other.table && action == other.action;
        }

        ChangeSet.Change change() {
            // Like the notices: ids only when at most 100 rows, otherwise "reload".
            List<Integer> listed = count <= 100 ? ids : List.of();
            return new ChangeSet.Change(table, action, count, listed, txid, desktop);
        }
    }
}
