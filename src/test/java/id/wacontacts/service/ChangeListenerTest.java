package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.ChangeNotice;
import id.wacontacts.testsupport.ServiceFixture;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/** The triggers' notifications, received over a LISTEN connection with bounded waits. */
class ChangeListenerTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("listen");

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void anInsertByAnotherClientArrivesWithItsIdsAndSender() throws SQLException {
        try (ChangeListener listener = ChangeListener.open(fixture.settings(), "WA Contacts/test/listener");
             Connection writer = connect()) {
            int writerPid = pid(writer);
            try (Statement statement = writer.createStatement()) {
                statement.execute("SET application_name = 'psql'");
                statement.execute("SET wa_contacts.instance = 'desk-7'");
                statement.execute("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                        + " VALUES ('0812 1', '+628121000001', 1), ('0812 2', '+628121000002', 2)");
            }

            ChangeNotice notice = awaitOne(listener, "phone_numbers");

            assertThat(notice.action()).isEqualTo("insert");
            assertThat(notice.count()).isEqualTo(2);
            assertThat(notice.refresh()).isFalse();
            assertThat(notice.ids()).hasSize(2);
            assertThat(notice.senderPid()).isEqualTo(writerPid).isNotEqualTo(listener.backendPid());
            assertThat(notice.application()).isEqualTo("psql");
            assertThat(notice.instance()).isEqualTo("desk-7");
        }
    }

    @Test
    void aHundredThousandRowStatementSendsOneSmallRefreshNotice() throws SQLException {
        try (Connection listening = connect(); Connection writer = connect()) {
            try (Statement statement = listening.createStatement()) {
                statement.execute("LISTEN " + ChangeListener.CHANNEL);
            }
            try (Statement statement = writer.createStatement()) {
                statement.execute("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                        + " SELECT '0812' || g, '+62812' || g, 1 + g % 5 FROM generate_series(1000000, 1099999) g");
                statement.execute("DELETE FROM phone_numbers WHERE category_id = 3");
            }
            List<PGNotification> received = new ArrayList<>();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (received.size() < 2 && System.nanoTime() < deadline) {
                PGNotification[] batch = listening.unwrap(PGConnection.class).getNotifications(500);
                if (batch != null) {
                    received.addAll(List.of(batch));
                }
            }
            assertThat(received).hasSize(2);
            assertThat(received).allSatisfy(n -> {
                assertThat(n.getParameter().length()).isLessThan(400);
                assertThat(n.getParameter()).contains("\"refresh\" : true");
            });
            assertThat(received.get(0).getParameter()).contains("\"count\" : 100000");
            assertThat(received.get(1).getParameter()).contains("\"count\" : 20000", "\"action\" : \"delete\"");
        }
    }

    @Test
    void aStatementOfMoreThanAHundredRowsDecodesAsARefreshWithoutIds() throws SQLException {
        try (ChangeListener listener = ChangeListener.open(fixture.settings(), "WA Contacts/test/listener");
             Connection writer = connect();
             Statement statement = writer.createStatement()) {
            statement.execute("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                    + " SELECT '0812' || g, '+62812' || g, 1 FROM generate_series(2000000, 2000100) g");

            ChangeNotice notice = awaitOne(listener, "phone_numbers");

            assertThat(notice.count()).isEqualTo(101);
            assertThat(notice.refresh()).isTrue();
            assertThat(notice.ids()).isEmpty();
        }
    }

    @Test
    void aRolledBackChangeNotifiesNothingAndAnEmptyStatementNeither() throws SQLException {
        try (ChangeListener listener = ChangeListener.open(fixture.settings(), "WA Contacts/test/listener");
             Connection writer = connect()) {
            try (Statement statement = writer.createStatement()) {
                statement.execute("UPDATE phone_numbers SET category_id = 2 WHERE false");
                writer.setAutoCommit(false);
                statement.execute("INSERT INTO categories (name) VALUES ('Batal')");
                writer.rollback();
                writer.setAutoCommit(true);
                statement.execute("INSERT INTO categories (name) VALUES ('Jadi')");
            }
            ChangeNotice notice = awaitOne(listener, "categories");
            assertThat(notice.action()).isEqualTo("insert");
            assertThat(notice.count()).isEqualTo(1);
            assertThat(listener.poll(Duration.ofMillis(200))).isEmpty();
        }
    }

    private static ChangeNotice awaitOne(ChangeListener listener, String table) throws SQLException {
        List<ChangeNotice> received = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (received.isEmpty() && System.nanoTime() < deadline) {
            received.addAll(listener.poll(Duration.ofMillis(500)));
        }
        assertThat(received).singleElement().satisfies(n -> assertThat(n.table()).isEqualTo(table));
        return received.get(0);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(fixture.settings().jdbcUrl(), fixture.settings().user(),
                fixture.settings().password());
    }

    private static int pid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
