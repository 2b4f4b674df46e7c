package id.wacontacts.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.ContactService;
import id.wacontacts.testsupport.FreshDatabases;
import id.wacontacts.testsupport.TcpRelay;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A statement against a shared server never waits forever, and its failure says which it was: the
 * server is busy (another desktop holds a lock) or the line is gone (cut, or silently dead).
 */
class BusyOrGoneTest {

    /** Short, so the test waits seconds; the app's own are {@link Timeouts#INTERACTIVE}. */
    private static final Timeouts SHORT = new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(5),
            Duration.ofSeconds(2));

    @Test
    void aLockHeldByAnotherDesktopMakesTheWorkFailAsBusyWithinTheLockTimeout() throws Exception {
        ConnectionSettings settings = FreshDatabases.create("busy");
        try (Database database = Database.open(settings, SHORT);
             Connection otherDesktop = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement restore = otherDesktop.createStatement()) {
            // Hibernate boots at its first use and reads the tables' metadata: boot it before the lock.
            ContactService contacts = new ContactService(database.sessionFactory(), new PhoneNormalizer("ID"));
            otherDesktop.setAutoCommit(false);
            restore.execute("LOCK TABLE phone_numbers IN ACCESS EXCLUSIVE MODE");

            long start = System.nanoTime();
            Throwable failure = catchThrowable(() -> contacts.page(ContactQuery.ALL, Optional.empty(), 50));
            Duration waited = Duration.ofNanos(System.nanoTime() - start);

            assertThat(failure).isNotNull();
            assertThat(ConnectionLoss.classify(failure)).as(String.valueOf(failure)).isEqualTo(ConnectionLoss.Trouble.BUSY);
            assertThat(ConnectionLoss.isLost(failure)).isFalse();
            assertThat(waited).isLessThan(Duration.ofSeconds(3));
            otherDesktop.rollback();
            assertThat(contacts.page(ContactQuery.ALL, Optional.empty(), 50).items()).isEmpty();
        }
    }

    @Test
    void aLineThatStopsAnsweringIsGoneWithinTheSocketTimeout() throws Exception {
        ConnectionSettings direct = FreshDatabases.create("blackhole");
        try (TcpRelay relay = new TcpRelay(URI.create(direct.jdbcUrl().substring(5)).getPort());
             Database database = Database.open(throughRelay(direct, relay), SHORT)) {
            ContactService contacts = new ContactService(database.sessionFactory(), new PhoneNormalizer("ID"));
            assertThat(contacts.page(ContactQuery.ALL, Optional.empty(), 50).items()).isEmpty();

            relay.blackhole();
            long start = System.nanoTime();
            Throwable failure = catchThrowable(() -> contacts.page(ContactQuery.ALL, Optional.empty(), 50));
            Duration waited = Duration.ofNanos(System.nanoTime() - start);

            assertThat(failure).isNotNull();
            assertThat(ConnectionLoss.classify(failure)).as(String.valueOf(failure)).isEqualTo(ConnectionLoss.Trouble.GONE);
            assertThat(waited).isLessThan(Duration.ofSeconds(20));
        }
    }

    @Test
    void aCutLineIsGone() throws Exception {
        ConnectionSettings direct = FreshDatabases.create("cut");
        try (TcpRelay relay = new TcpRelay(URI.create(direct.jdbcUrl().substring(5)).getPort());
             Database database = Database.open(throughRelay(direct, relay), SHORT);
             Connection held = database.dataSource().getConnection();
             Statement statement = held.createStatement()) {
            statement.execute("SELECT 1");

            relay.cut();
            Throwable failure = catchThrowable(() -> statement.execute("SELECT 1"));

            assertThat(ConnectionLoss.classify(failure)).as(String.valueOf(failure)).isEqualTo(ConnectionLoss.Trouble.GONE);
        }
    }

    private static ConnectionSettings throughRelay(ConnectionSettings direct, TcpRelay relay) {
        return new ConnectionSettings(direct.jdbcUrl().replaceFirst(":\\d+/", ":" + relay.port() + "/"),
                direct.user(), direct.password());
    }
}
