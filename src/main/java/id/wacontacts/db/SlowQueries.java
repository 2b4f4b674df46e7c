package id.wacontacts.db;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import id.wacontacts.domain.DatabaseHealth.SlowQuery;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * The app's own statements slower than a second, kept in memory for Help → Database health: Hibernate
 * times every statement it runs and reports those over {@code hibernate.log_slow_query} (set to 1 s
 * in {@link Database}) on the logger {@code org.hibernate.SQL_SLOW}; an appender on that logger keeps
 * the newest {@link #CAPACITY}. They also reach the log file as before. The long statements the app
 * runs over plain JDBC (an import's store, an undo's writes, a restore from the trash) are timed where
 * they run and kept here too ({@link #recordIfSlow}).
 */
public final class SlowQueries {

    /** How many slow statements are kept; older ones are dropped. */
    public static final int CAPACITY = 50;
    /** The longest statement text kept; the rest is cut (an import's statement can be long). */
    static final int MAX_SQL = 2_000;

    private static final String LOGGER = "org.hibernate.SQL_SLOW";
    private static final Pattern MESSAGE = Pattern.compile("(?s).*?took (\\d+) milliseconds \\[(.*)]\\s*");
    private static final Deque<SlowQuery> recent = new ArrayDeque<>();

    private SlowQueries() {
    }

    /** Starts keeping the slow statements Hibernate reports; does nothing the second time. */
    public static synchronized void install() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another logging backend: the statements are only logged
        }
        Logger logger = context.getLogger(LOGGER);
        if (logger.getAppender(Keeper.NAME) != null) {
            return;
        }
        if (logger.getLevel() == null || !logger.isInfoEnabled()) {
            logger.setLevel(ch.qos.logback.classic.Level.INFO);
        }
        Keeper keeper = new Keeper();
        keeper.setContext(context);
        keeper.setName(Keeper.NAME);
        keeper.start();
        logger.addAppender(keeper);
    }

    /** A statement this slow or slower is kept: the same second Hibernate's report uses. */
    public static final long THRESHOLD_MILLIS = 1_000;

    /**
     * Keeps a statement run over plain JDBC, begun at {@code startNanos} ({@link System#nanoTime()}), when
     * it took {@link #THRESHOLD_MILLIS} or longer; logs it as Hibernate logs its own.
     */
    public static void recordIfSlow(long startNanos, String sql) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        if (millis >= THRESHOLD_MILLIS) {
            String kept = shortened(sql.strip().replaceAll("\\s+", " "));
            LoggerFactory.getLogger(SlowQueries.class).info("Slow statement took {} milliseconds [{}]", millis, kept);
            record(Instant.now(), millis, kept);
        }
    }

    /** Records a statement that took {@code millis}; the oldest is dropped beyond {@link #CAPACITY}. */
    public static synchronized void record(Instant at, long millis, String sql) {
        recent.addFirst(new SlowQuery(at, millis, shortened(sql)));
        while (recent.size() > CAPACITY) {
            recent.removeLast();
        }
    }

    private static String shortened(String sql) {
        return sql.length() > MAX_SQL ? sql.substring(0, MAX_SQL) + "…" : sql;
    }

    /** The slow statements kept, newest first. */
    public static synchronized List<SlowQuery> recent() {
        return List.copyOf(recent);
    }

    /** Reads Hibernate's "Slow query took N milliseconds [SQL]". */
    static void recordMessage(Instant at, String message) {
        Matcher matcher = MESSAGE.matcher(message);
        if (matcher.matches()) {
            record(at, Long.parseLong(matcher.group(1)), matcher.group(2).strip());
        }
    }

    private static final class Keeper extends AppenderBase<ILoggingEvent> {
        static final String NAME = "wa-contacts-slow-queries";

        @Override
        protected void append(ILoggingEvent event) {
            recordMessage(Instant.ofEpochMilli(event.getTimeStamp()), event.getFormattedMessage());
        }
    }
}
