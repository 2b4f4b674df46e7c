package id.wacontacts.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.ContactRow;
import id.wacontacts.service.Retention;
import id.wacontacts.service.RetentionSettings;
import id.wacontacts.testsupport.ServiceFixture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The open app's purge runs on its own thread, after opening and then whenever the daily one is due. */
class RetentionPurgesTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("retention-purges");

    @Test
    void purgesOnItsOwnThreadWithTheInjectedClock() throws Exception {
        fixture.sql("DELETE FROM trash", "UPDATE app_settings SET last_purge_at = NULL");
        ContactRow row = fixture.contacts().add("0812-3456-7890", fixture.categoryId("Prospek"));
        fixture.contacts().delete(List.of(row.id()));
        CompletableFuture<Retention.Purged> purged = new CompletableFuture<>();
        Clock monthAhead = Clock.fixed(Instant.now().plus(Duration.ofDays(31)), ZoneOffset.UTC);
        RetentionSettings settings = new RetentionSettings(fixture.database().dataSource(), monthAhead);
        try (RetentionPurges purges = new RetentionPurges(settings, purged::complete)) {
            purges.start(Duration.ZERO, Duration.ofHours(1));
            assertThat(purged.get(30, TimeUnit.SECONDS)).isEqualTo(new Retention.Purged(1, 0));
        }
    }
}
