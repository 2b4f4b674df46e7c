package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.domain.AppEvent;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.testsupport.ServiceFixture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The trash and history purges after their retention, with the clock injected. */
class RetentionTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("retention");
    private static ChangeHistory history;
    private static AppEvents events;

    @BeforeAll
    static void open() {
        history = new ChangeHistory(fixture.database().sessionFactory());
        events = new AppEvents(fixture.database().sessionFactory());
    }

    @BeforeEach
    void emptyHistory() {
        fixture.sql("DELETE FROM trash", "DELETE FROM change_log", "DELETE FROM app_events");
    }

    @Test
    void theTrashKeepsItsItemsForTheRetentionAndThenPurgesThemWithASummaryEvent() {
        ContactRow row = fixture.contacts().add("0812-3456-7890", fixture.categoryId("Prospek"));
        fixture.contacts().delete(List.of(row.id()));

        assertThat(retention(Duration.ofDays(29)).purgeTrash(30)).isZero();
        assertThat(history.trash(OptionalLong.empty(), 10)).hasSize(1);

        assertThat(retention(Duration.ofDays(31)).purgeTrash(30)).isEqualTo(1);
        assertThat(history.trash(OptionalLong.empty(), 10)).isEmpty();
        List<AppEvent> summaries = events.page(OptionalLong.empty(), 10);
        assertThat(summaries).extracting(AppEvent::kind).containsExactly(AppEvent.Kind.TRASH_PURGE, AppEvent.Kind.TRASH_PURGE);
        assertThat(summaries.get(0).rowCount()).isEqualTo(1);
        assertThat(summaries.get(1).rowCount()).isZero();
    }

    @Test
    void theHistoryPurgeKeepsTheEventsOfItemsStillInTheTrash() {
        ContactRow kept = fixture.contacts().add("0812-1111-2222", fixture.categoryId("Prospek"));
        ContactRow gone = fixture.contacts().add("0813-3333-4444", fixture.categoryId("Prospek"));
        fixture.contacts().delete(List.of(gone.id()));

        long purged = retention(Duration.ofDays(400)).purgeHistory(365);

        assertThat(purged).isEqualTo(2);
        assertThat(history.forNumber(kept.id(), 10)).isEmpty();
        assertThat(history.forNumber(gone.id(), 10)).singleElement()
                .satisfies(e -> assertThat(e.numberBefore().normalizedNumber()).isEqualTo("+6281333334444"));
        assertThat(events.page(OptionalLong.empty(), 1)).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(AppEvent.Kind.HISTORY_PURGE));
    }

    @Test
    void aPurgeLargerThanOneBatchRemovesEverything() {
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                        + " SELECT '0812' || n, '+62812' || lpad(n::text, 8, '0'), 1 FROM generate_series(1, 25000) n",
                "DELETE FROM phone_numbers");

        assertThat(retention(Duration.ofDays(31)).purgeTrash(30)).isEqualTo(25_000);
        assertThat(history.trash(OptionalLong.empty(), 10)).isEmpty();
    }

    @Test
    void theSettingsKeepTheTrashBetweenAWeekAndAYear() {
        assertThat(Retention.Settings.DEFAULTS).isEqualTo(new Retention.Settings(30, OptionalInt.of(365)));
        assertThatThrownBy(() -> new Retention.Settings(6, OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Retention.Settings(366, OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Retention.Settings(30, OptionalInt.of(10))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Retention.Settings(7, OptionalInt.empty()).historyDays()).isEmpty();
    }

    private static Retention retention(Duration ahead) {
        return new Retention(fixture.database().dataSource(), Clock.fixed(Instant.now().plus(ahead), ZoneOffset.UTC));
    }
}
