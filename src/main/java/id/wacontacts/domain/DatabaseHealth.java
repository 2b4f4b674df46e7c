package id.wacontacts.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The figures of Help → Database health, read without superuser rights. An empty optional is a figure
 * the server does not show this role ("not available").
 *
 * @param poolInUse          this app's connections in use now
 * @param poolSize           this app's pool size
 * @param serverConnections  connections to the whole server now (every user's)
 * @param maxConnections     the server's {@code max_connections}
 * @param slowQueries        this app's own statements slower than a second, newest first
 * @param serverStatements   the slowest statements {@code pg_stat_statements} recorded for this database and
 *                           role; empty when the extension is not installed or not readable
 * @param statementsState    whether {@code pg_stat_statements} is there and readable
 * @param tables             the tables' sizes, largest first
 * @param indexes            the indexes' sizes and how often each was used
 * @param addedPerDay        numbers added per day, the last 30 days (days without any included), oldest first
 */
public record DatabaseHealth(OptionalLong poolInUse, OptionalLong poolSize, OptionalLong serverConnections,
                             OptionalLong maxConnections, List<SlowQuery> slowQueries,
                             List<ServerStatement> serverStatements, StatementsState statementsState,
                             List<TableSize> tables, List<IndexUsage> indexes, List<DayCount> addedPerDay) {

    public DatabaseHealth {
        slowQueries = List.copyOf(slowQueries);
        serverStatements = List.copyOf(serverStatements);
        tables = List.copyOf(tables);
        indexes = List.copyOf(indexes);
        addedPerDay = List.copyOf(addedPerDay);
    }

    /** Whether the server's statement statistics can be shown. */
    public enum StatementsState { AVAILABLE, NOT_INSTALLED, NOT_AVAILABLE }

    /** One of the app's statements that took a second or more. */
    public record SlowQuery(Instant at, long millis, String sql) {
    }

    /** A statement as {@code pg_stat_statements} sums it up. */
    public record ServerStatement(String sql, long calls, double meanMillis, double totalMillis) {
    }

    /** A table with its own size, its indexes' and the whole (with TOAST); bytes. */
    public record TableSize(String table, long totalBytes, long tableBytes, long indexBytes, OptionalLong rows) {
    }

    /** An index, its size in bytes and how many scans used it since the statistics were reset. */
    public record IndexUsage(String table, String index, long bytes, OptionalLong scans) {
    }

    /** How many numbers were added on a day (the desktop's calendar day). */
    public record DayCount(LocalDate day, long added) {
    }

    /** The newest slow query, if any. */
    public Optional<SlowQuery> newestSlowQuery() {
        return slowQueries.stream().findFirst();
    }
}
