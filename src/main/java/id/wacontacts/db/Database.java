package id.wacontacts.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import id.wacontacts.db.DatabaseStartException.Problem;
import id.wacontacts.domain.Category;
import id.wacontacts.domain.PhoneNumber;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open, migrated database: one connection pool that serves Flyway, Hibernate and bulk COPY,
 * and the session factory the services use. Works the same on the embedded server and on a
 * shared PostgreSQL server.
 */
public final class Database implements AutoCloseable {

    /** The spec's pool size: several desktops share one server. */
    public static final int POOL_SIZE = 5;

    /** The session setting that names this open database in the change notices its writes cause. */
    public static final String INSTANCE_SETTING = "wa_contacts.instance";

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final ConnectionSettings settings;
    private final HikariDataSource dataSource;
    /** Booted on first use: commands that only run SQL (import, backup, restore) never pay for it. */
    private volatile SessionFactory sessionFactory;
    private final boolean trigramSearch;
    private final boolean openToAnyone;
    private final String instance;

    private Database(ConnectionSettings settings, HikariDataSource dataSource, boolean trigramSearch,
                     boolean openToAnyone) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.trigramSearch = trigramSearch;
        this.openToAnyone = openToAnyone;
        this.instance = instanceOf(dataSource);
    }

    /**
     * Connects, checks the role's rights, migrates (skipped when the history already holds exactly the
     * bundled migrations: {@code MigrationHistory}) and compares the tables with the spec. Hibernate
     * boots at the first {@link #sessionFactory()}.
     */
    public static Database open(ConnectionSettings settings) {
        return open(settings, Timeouts.INTERACTIVE);
    }

    /** As {@link #open(ConnectionSettings)}, with the pool's connections waiting at most {@code timeouts}. */
    public static Database open(ConnectionSettings settings, Timeouts timeouts) {
        long start = System.nanoTime();
        HikariDataSource dataSource = connect(settings, timeouts);
        try {
            long connected = System.nanoTime();
            boolean openToAnyone;
            boolean current;
            try (Connection connection = dataSource.getConnection()) {
                requireOwnership(connection, settings);
                openToAnyone = OpenServerCheck.letsAnyoneIn(connection, settings);
                // Flyway (and its retry of the trigram index) runs unless the history already matches.
                current = MigrationHistory.matchesBundled(connection) && TrigramIndexes.present(connection);
            }
            if (!current) {
                migrate(settings);
            }
            boolean trigramSearch;
            try (Connection connection = dataSource.getConnection()) {
                SchemaVerifier.verify(connection);
                trigramSearch = current || TrigramIndexes.present(connection);
            }
            long migrated = System.nanoTime();
            log.info("Database ready: connect {} ms, {} {} ms", millis(start, connected),
                    current ? "migration history current, schema check" : "migrations", millis(connected, migrated));
            return new Database(settings, dataSource, trigramSearch, openToAnyone);
        } catch (SQLException e) {
            dataSource.close();
            throw ConnectionFailures.explain(e, settings);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static HikariDataSource connect(ConnectionSettings settings, Timeouts timeouts) {
        HikariConfig config = config(settings, "wa-contacts");
        config.setConnectionTimeout(timeouts.connection().toMillis());
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        // Timestamps hold UTC wall-clock, whatever zone this desktop is in; no statement waits forever.
        config.setConnectionInitSql(timeouts.sessionSql());
        config.addDataSourceProperty("socketTimeout", String.valueOf(timeouts.socket().toSeconds()));
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw ConnectionFailures.explain(e, settings);
        }
    }

    /**
     * The connections migrations run on: apart from the pool, without its statement timeout (a
     * migration over a large adopted database may build indexes for minutes), closed afterwards.
     */
    private static HikariDataSource connectForMigrations(ConnectionSettings settings) {
        HikariConfig config = config(settings, "wa-contacts-migrations");
        config.setMaximumPoolSize(3);
        config.setMinimumIdle(0);
        config.setConnectionInitSql("SET TIME ZONE 'UTC'; SET lock_timeout = '" + LongWork.LOCK_WAIT.toSeconds() + "s'");
        config.addDataSourceProperty("socketTimeout", String.valueOf(LongWork.NETWORK_TIMEOUT.toSeconds()));
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw ConnectionFailures.explain(e, settings);
        }
    }

    private static HikariConfig config(ConnectionSettings settings, String poolName) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setJdbcUrl(settings.jdbcUrl());
        if (settings.user() != null) {
            config.setUsername(settings.user());
        }
        if (settings.password() != null) {
            config.setPassword(settings.password());
        }
        config.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        config.addDataSourceProperty(ApplicationName.PROPERTY, ApplicationName.value());
        config.addDataSourceProperty("connectTimeout", "10");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        // This open database's own random id, in every change notice its connections cause, so that
        // this desktop's listener can ignore its own changes (a custom setting, no rights needed).
        config.addDataSourceProperty("options", "-c " + INSTANCE_SETTING + "=" + UUID.randomUUID());
        // Plan each search for its own pattern: a rare substring reads the trigram index, a common
        // one walks the newest-first index; a cached generic plan would pick one for both. The driver
        // never keeps a statement prepared on the server, so each is planned for its values, while
        // the server's own cached plans (the foreign-key check of every row an import inserts) stay.
        config.addDataSourceProperty("prepareThreshold", "0");
        return config;
    }

    private static void requireOwnership(Connection connection, ConnectionSettings settings) throws SQLException {
        String sql = """
                SELECT current_user, current_database(), pg_get_userbyid(d.datdba),
                       pg_has_role(d.datdba, 'MEMBER') OR r.rolsuper, current_setting('server_version_num')::int
                FROM pg_database d, pg_roles r
                WHERE d.datname = current_database() AND r.rolname = current_user
                """;
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            String user = rs.getString(1);
            String database = rs.getString(2);
            if (rs.getInt(5) < 150000) {
                throw new DatabaseStartException(Problem.OTHER, "The server at " + settings.displayUrl()
                        + " runs PostgreSQL " + rs.getInt(5) / 10000 + "; WA Contacts needs PostgreSQL 15 or newer.");
            }
            if (!rs.getBoolean(4)) {
                throw new DatabaseStartException(Problem.INSUFFICIENT_PRIVILEGES,
                        "User '" + user + "' must own the database '" + database + "' (its owner is '"
                                + rs.getString(3) + "'). Ask the administrator to run: ALTER DATABASE \""
                                + database + "\" OWNER TO \"" + user + "\";");
            }
        }
    }

    private static void migrate(ConnectionSettings settings) {
        try (HikariDataSource dataSource = connectForMigrations(settings)) {
            Migrations.migrate(dataSource);
        } catch (FlywayException e) {
            throw new DatabaseStartException(Problem.OTHER,
                    "Could not bring the database " + settings.displayUrl() + " up to date: " + e.getMessage(), e);
        }
    }

    private static SessionFactory bootHibernate(DataSource dataSource) {
        SlowQueries.install(); // keeps the statements over LOG_SLOW_QUERY for Help → Database health
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .applySetting(AvailableSettings.LOG_SLOW_QUERY, 1000L)
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 100)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.SHOW_SQL, false)
                .build();
        try {
            return new MetadataSources(registry)
                    .addAnnotatedClass(Category.class)
                    .addAnnotatedClass(PhoneNumber.class)
                    .buildMetadata()
                    .buildSessionFactory();
        } catch (SchemaManagementException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw new DatabaseStartException(Problem.SCHEMA_MISMATCH,
                    "The database's tables do not match what WA Contacts expects: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    private static long millis(long from, long to) {
        return Duration.ofNanos(to - from).toMillis();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Hibernate's session factory, booted (and the entities validated against the tables) on the first call. */
    public SessionFactory sessionFactory() {
        SessionFactory booted = sessionFactory;
        if (booted == null) {
            synchronized (this) {
                booted = sessionFactory;
                if (booted == null) {
                    long start = System.nanoTime();
                    booted = bootHibernate(dataSource);
                    sessionFactory = booted;
                    log.info("Hibernate booted in {} ms", millis(start, System.nanoTime()));
                }
            }
        }
        return booted;
    }

    public ConnectionSettings settings() {
        return settings;
    }

    /**
     * Whether the server answers now, asked on a new connection of its own rather than the pool's, so
     * the answer comes within {@code timeout} (the pool would wait its 10 s connection timeout) and no
     * pooled connection is held. Stale pooled connections are then replaced by the pool itself.
     */
    public boolean reachable(Duration timeout) {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        String seconds = String.valueOf(Math.max(1, timeout.toSeconds()));
        properties.setProperty("connectTimeout", seconds);
        properties.setProperty("loginTimeout", seconds);
        properties.setProperty("socketTimeout", seconds);
        properties.setProperty(ApplicationName.PROPERTY, ApplicationName.value());
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), properties);
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            log.debug("The database does not answer: {}", e.getMessage());
            return false;
        }
    }

    /**
     * Whether the server let this app in without checking a password ({@code trust} authentication):
     * then anyone who can reach it can read and change every contact. Logged as a warning at opening.
     */
    public boolean openToAnyone() {
        return openToAnyone;
    }

    /** This open database's random id: the {@value #INSTANCE_SETTING} of all its pooled connections. */
    public String instance() {
        return instance;
    }

    private static String instanceOf(HikariDataSource dataSource) {
        String options = dataSource.getDataSourceProperties().getProperty("options");
        return options.substring(options.indexOf('=') + 1);
    }

    /** Whether substring search has its trigram indexes; without them it reads every number. */
    public boolean trigramSearch() {
        return trigramSearch;
    }

    @Override
    public void close() {
        try {
            SessionFactory booted = sessionFactory;
            if (booted != null) {
                booted.close();
            }
        } finally {
            dataSource.close();
        }
    }
}
