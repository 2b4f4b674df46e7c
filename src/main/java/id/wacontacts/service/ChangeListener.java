package id.wacontacts.service;

import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.domain.ChangeNotice;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on the channel the database's triggers notify ({@value #CHANNEL}) over a connection of
 * its own, outside the pool (a pooled connection would take LISTEN back to the pool). Waits are
 * always bounded. The JSON payloads are decoded by the server itself, in one query per batch.
 */
public final class ChangeListener implements AutoCloseable {

    public static final String CHANNEL = "wa_contacts_changes";

    private static final String DECODE = """
            SELECT p->>'table', p->>'action', (p->>'count')::bigint,
                   ARRAY(SELECT json_array_elements_text(CASE WHEN json_typeof(p->'ids') = 'array' THEN p->'ids'
                                                               ELSE '[]' END)::int),
                   coalesce((p->>'refresh')::boolean, true), (p->>'pid')::int, p->>'app', p->>'instance',
                   (p->>'txid')::bigint
            FROM unnest(?::text[]) WITH ORDINALITY AS n(payload, position), LATERAL (SELECT payload::json) AS j(p)
            ORDER BY position""";

    private final Connection connection;
    private final PGConnection notifications;

    private ChangeListener(Connection connection) throws SQLException {
        this.connection = connection;
        this.notifications = connection.unwrap(PGConnection.class);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
    }

    /** Opens a listening connection with the given application name. */
    public static ChangeListener open(ConnectionSettings settings, String applicationName) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        properties.setProperty("password", settings.password());
        properties.setProperty("ApplicationName", applicationName);
        properties.setProperty("tcpKeepAlive", "true");
        return new ChangeListener(DriverManager.getConnection(settings.jdbcUrl(), properties));
    }

    /** This listener's own backend process id (notifications it caused itself carry it). */
    public int backendPid() throws SQLException {
        return notifications.getBackendPID();
    }

    /**
     * The notifications that arrived, waiting at most {@code wait} for the first one; empty when
     * none came in time. Never waits forever, so a dead connection is noticed by the caller.
     *
     * @throws SQLException the connection is broken
     */
    public List<ChangeNotice> poll(Duration wait) throws SQLException {
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, wait.toMillis()));
        PGNotification[] arrived = notifications.getNotifications(millis);
        if (arrived == null || arrived.length == 0) {
            return List.of();
        }
        String[] payloads = Arrays.stream(arrived).filter(n -> CHANNEL.equals(n.getName()))
                .map(PGNotification::getParameter).toArray(String[]::new);
        List<ChangeNotice> notices = new ArrayList<>(payloads.length);
        try (PreparedStatement statement = connection.prepareStatement(DECODE)) {
            statement.setArray(1, connection.createArrayOf("text", payloads));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    notices.add(notice(rs));
                }
            }
        }
        return notices;
    }

    private static ChangeNotice notice(ResultSet rs) throws SQLException {
        Array ids = rs.getArray(4);
        List<Integer> idList = Arrays.stream((Integer[]) ids.getArray()).toList();
        ids.free();
        return new ChangeNotice(rs.getString(1), rs.getString(2), rs.getLong(3), idList, rs.getBoolean(5),
                rs.getInt(6), rs.getString(7), rs.getString(8), rs.getLong(9));
    }

    /** Whether the listening connection still answers, asked with a round trip bounded by {@code timeout}. */
    public boolean isAlive(Duration timeout) {
        try {
            return connection.isValid((int) Math.max(1, timeout.toSeconds()));
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
