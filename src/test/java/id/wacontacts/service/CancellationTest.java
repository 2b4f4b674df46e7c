package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.db.Database;
import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.domain.Page;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.testsupport.TcpRelay;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cancelling a search must not wait for the network: the window cancels from its FX thread, and
 * PostgreSQL's cancel opens a new connection to the server, which can hang when the server has just
 * gone away.
 */
class CancellationTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("cancellation");

    @Test
    void cancelReturnsAtOnceWhileTheServerLeavesTheCancelRequestUnanswered() throws Exception {
        ConnectionSettings direct = fixture.settings();
        try (TcpRelay relay = new TcpRelay(port(direct.jdbcUrl()));
             Database database = Database.open(throughRelay(direct, relay));
             Connection blocker = DriverManager.getConnection(direct.jdbcUrl(), direct.user(), direct.password())) {
            ContactService contacts = new ContactService(database.sessionFactory(),
                    new PhoneNormalizer(PhoneNormalizer.DEFAULT_REGION));
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("LOCK TABLE phone_numbers IN ACCESS EXCLUSIVE MODE");
            Cancellation cancellation = new Cancellation();
            CompletableFuture<Page<ContactRow>> search = CompletableFuture.supplyAsync(
                    () -> contacts.page(ContactQuery.search("0812"), Optional.empty(), 50, cancellation));
            awaitQueryWaitingForLock(blocker);
            relay.hold(true); // the line goes quiet: new connections, the cancel's too, get no answer

            CompletableFuture<Void> cancelling = CompletableFuture.runAsync(cancellation::cancel);

            // The driver would wait the minute given below for the server to answer its cancel request.
            cancelling.get(20, TimeUnit.SECONDS);
            assertThat(cancellation.isCancelled()).isTrue();
            awaitHeldConnection(relay); // the cancel request did go out, and still waits for an answer
            relay.hold(false);
            blocker.rollback();
            search.handle((page, failure) -> null).get(30, TimeUnit.SECONDS);
        }
    }

    private static int port(String jdbcUrl) {
        Matcher matcher = Pattern.compile(":(\\d+)/").matcher(jdbcUrl);
        assertThat(matcher.find()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    /** The same database through the relay; the driver waits up to a minute for a cancel's answer. */
    private static ConnectionSettings throughRelay(ConnectionSettings direct, TcpRelay relay) {
        String url = direct.jdbcUrl().replaceFirst(":\\d+/", ":" + relay.port() + "/");
        url += (url.contains("?") ? "&" : "?") + "cancelSignalTimeout=60";
        return new ConnectionSettings(url, direct.user(), direct.password());
    }

    private static void awaitHeldConnection(TcpRelay relay) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (relay.held() == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the cancel request never reached the server's address");
            }
            Thread.sleep(10);
        }
    }

    private static void awaitQueryWaitingForLock(Connection observer) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            // The observer is inside a transaction: drop its cached statistics snapshot before each look.
            observer.createStatement().execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rs = observer.createStatement().executeQuery("SELECT count(*) FROM pg_stat_activity"
                    + " WHERE wait_event_type = 'Lock' AND query LIKE '%phone_numbers%'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the search never reached the locked table");
    }
}
