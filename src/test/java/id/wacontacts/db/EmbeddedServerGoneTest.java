package id.wacontacts.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.CategoryService;
import id.wacontacts.service.ContactService;
import id.wacontacts.testsupport.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The built-in server stopping mid-session, as the window meets it: calls fail in a way
 * {@link ConnectionLoss} recognises, a quick check says the server is gone, and opening again on the
 * same data folder (a new server on a new port) finds every row. Uses a server of its own.
 */
class EmbeddedServerGoneTest {

    private final Path dataDir = TestDatabase.newDataDirectory("gone");
    private EmbeddedDatabase server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        TestDatabase.deleteRecursively(dataDir);
    }

    @Test
    void afterTheServerStopsCallsFailAsALostConnectionAndReopeningFindsTheData() {
        server = EmbeddedDatabase.start(dataDir, TestDatabase.binariesDirectory());
        PhoneNormalizer normalizer = new PhoneNormalizer(PhoneNormalizer.DEFAULT_REGION);
        try (Database database = Database.open(server.connectionSettings())) {
            CategoryService categories = new CategoryService(database.sessionFactory());
            ContactService contacts = new ContactService(database.sessionFactory(), normalizer);
            contacts.add("0812-3456-7890", categories.findByName("Lead").orElseThrow().id());
            assertThat(database.reachable(Duration.ofSeconds(2))).isTrue();
            assertThat(server.isRunning()).isTrue();

            server.close();

            assertThat(server.isRunning()).isFalse();
            long start = System.nanoTime();
            assertThat(database.reachable(Duration.ofSeconds(2))).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            Throwable failure = catchThrowable(categories::list);
            assertThat(failure).isNotNull();
            assertThat(ConnectionLoss.isLost(failure)).as("%s", failure).isTrue();
        }

        server = EmbeddedDatabase.start(dataDir, TestDatabase.binariesDirectory());
        try (Database reopened = Database.open(server.connectionSettings())) {
            ContactService contacts = new ContactService(reopened.sessionFactory(), normalizer);
            assertThat(contacts.findByNormalized("+6281234567890")).hasValueSatisfying(
                    row -> assertThat(row.categoryName()).isEqualTo("Lead"));
        }
    }
}
