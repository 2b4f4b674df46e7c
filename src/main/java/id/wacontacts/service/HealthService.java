package id.wacontacts.service;

import com.zaxxer.hikari.HikariDataSource;
import id.wacontacts.db.SlowQueries;
import id.wacontacts.domain.DatabaseHealth;
import id.wacontacts.domain.DatabaseHealth.DayCount;
import id.wacontacts.domain.DatabaseHealth.IndexUsage;
import id.wacontacts.domain.DatabaseHealth.ServerStatement;
import id.wacontacts.domain.DatabaseHealth.StatementsState;
import id.wacontacts.domain.DatabaseHealth.TableSize;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the figures of Help → Database health with the app's own rights (no superuser): what a
 * server hides from this role is "not available", never an error. Each figure is read on its own,
 * so one the server refuses does not hide the others.
 */
public final class HealthService {

    /** How many days the "numbers added" chart covers, today included. */
    public static final int DAYS = 30;
    /** How many of the server's slowest statements are shown. */
    static final int STATEMENTS = 10;

    private static final Logger log = LoggerFactory.getLogger(HealthService.class);

    private final DataSource dataSource;
    private final ZoneId zone;

    /** @param zone the desktop's time zone: a day in the chart is a day on its calendar */
    public HealthService(DataSource dataSource, ZoneId zone) {
        this.dataSource = dataSource;
        this.zone = zone;
    }

    public DatabaseHealth read() {
        OptionalLong inUse = poolInUse(); // before this reading takes a connection of its own
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Figures figures = new Figures(connection);
                OptionalLong serverConnections = figures.number("SELECT count(*) FROM pg_stat_activity");
                OptionalLong maxConnections = figures.number("SELECT setting::bigint FROM pg_settings WHERE name = 'max_connections'");
                List<TableSize> tables = figures.list(TABLES, rows -> new TableSize(rows.getString(1), rows.getLong(2),
                        rows.getLong(3), rows.getLong(4), rows.getLong(5) < 0 ? OptionalLong.empty() : OptionalLong.of(rows.getLong(5))));
                List<IndexUsage> indexes = figures.list(INDEXES, rows -> new IndexUsage(rows.getString(1), rows.getString(2),
                        rows.getLong(3), rows.getObject(4) == null ? OptionalLong.empty() : OptionalLong.of(rows.getLong(4))));
                StatementsState state = statementsState(figures);
                List<ServerStatement> statements = state == StatementsState.AVAILABLE ? serverStatements(figures) : List.of();
                if (state == StatementsState.AVAILABLE && statements == null) {
                    state = StatementsState.NOT_AVAILABLE;
                    statements = List.of();
                }
                return new DatabaseHealth(inUse, poolSize(),
                        serverConnections, maxConnections, SlowQueries.recent(), statements, state, tables, indexes,
                        addedPerDay(figures));
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
                connection.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database's health could not be read: " + e.getMessage(), e);
        }
    }

    /** This app's connections in use now, from the pool itself. */
    private OptionalLong poolInUse() {
        if (dataSource instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            return OptionalLong.of(hikari.getHikariPoolMXBean().getActiveConnections());
        }
        return OptionalLong.empty();
    }

    private OptionalLong poolSize() {
        return dataSource instanceof HikariDataSource hikari ? OptionalLong.of(hikari.getMaximumPoolSize()) : OptionalLong.empty();
    }

    private static StatementsState statementsState(Figures figures) {
        OptionalLong installed = figures.number("SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'");
        if (installed.isEmpty()) {
            return StatementsState.NOT_AVAILABLE;
        }
        return installed.getAsLong() > 0 ? StatementsState.AVAILABLE : StatementsState.NOT_INSTALLED;
    }

    /** This role's own statements in this database; null when the view cannot be read (not preloaded, no rights). */
    private static List<ServerStatement> serverStatements(Figures figures) {
        List<ServerStatement> statements = figures.list("SELECT query, calls, mean_exec_time, total_exec_time"
                + " FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
                + " AND userid = (SELECT oid FROM pg_roles WHERE rolname = current_user)"
                + " ORDER BY mean_exec_time DESC LIMIT " + STATEMENTS,
                rows -> new ServerStatement(rows.getString(1), rows.getLong(2), rows.getDouble(3), rows.getDouble(4)));
        return figures.lastFailed ? null : statements;
    }

    private List<DayCount> addedPerDay(Figures figures) {
        LocalDate today = LocalDate.now(zone);
        LocalDate first = today.minusDays(DAYS - 1L);
        Map<LocalDate, Long> counted = new LinkedHashMap<>();
        // created_at is UTC wall-clock: shifted to the desktop's zone before taking the day. The bound is on the
        // indexed expression, so only the last days' rows are read.
        figures.list("SELECT CAST((created_at AT TIME ZONE 'UTC') AT TIME ZONE '" + zone.getId().replace("'", "''")
                        + "' AS date), count(*) FROM phone_numbers"
                        + " WHERE COALESCE(created_at, '-infinity') >= CAST(? AS timestamp) GROUP BY 1",
                rows -> counted.put(rows.getObject(1, LocalDate.class), rows.getLong(2)),
                first.minusDays(1).atStartOfDay().toString().replace('T', ' '));
        List<DayCount> days = new ArrayList<>(DAYS);
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            days.add(new DayCount(day, counted.getOrDefault(day, 0L)));
        }
        return days;
    }

    private static final String TABLES = "SELECT c.relname, pg_total_relation_size(c.oid), pg_relation_size(c.oid),"
            + " pg_indexes_size(c.oid), c.reltuples::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY 2 DESC, 1";

    private static final String INDEXES = "SELECT s.relname, s.indexrelname, pg_relation_size(s.indexrelid), s.idx_scan"
            + " FROM pg_stat_user_indexes s WHERE s.schemaname = current_schema() ORDER BY s.relname, s.indexrelname";

    /** Reads figures one by one in a savepoint each: a refused one is "not available" and the next still runs. */
    private static final class Figures {
        private final Connection connection;
        boolean lastFailed;

        Figures(Connection connection) {
            this.connection = connection;
        }

        OptionalLong number(String sql) {
            List<Long> values = list(sql, rows -> rows.getObject(1) == null ? null : rows.getLong(1));
            return values.isEmpty() || values.get(0) == null ? OptionalLong.empty() : OptionalLong.of(values.get(0));
        }

        <T> List<T> list(String sql, RowReader<T> reader, String... parameters) {
            lastFailed = false;
            List<T> values = new ArrayList<>();
            Savepoint savepoint = null;
            try {
                savepoint = connection.setSavepoint();
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int i = 0; i < parameters.length; i++) {
                        statement.setString(i + 1, parameters[i]);
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            values.add(reader.read(rows));
                        }
                    }
                }
                connection.releaseSavepoint(savepoint);
                return values;
            } catch (SQLException e) {
                lastFailed = true;
                log.info("A health figure is not available to this role: {}", e.getMessage());
                try {
                    if (savepoint != null) {
                        connection.rollback(savepoint);
                    }
                } catch (SQLException ignored) {
                    // the transaction is rolled back at the end anyway
                }
                return List.of();
            }
        }
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
