package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.db.Database;
import id.wacontacts.domain.AppEvent;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.testsupport.ServiceFixture;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The office-wide retention settings in the database, and the daily purge with the clock injected. */
class RetentionSettingsTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("retention-settings");

    @BeforeEach
    void clear() {
        fixture.sql("DELETE FROM trash", "DELETE FROM change_log", "DELETE FROM app_events",
                "UPDATE app_settings SET trash_days = 30, history_days = 365, last_purge_at = NULL");
    }

    @Test
    void theSettingsAreStoredOnceForEveryDesktopOfTheDatabase() {
        RetentionSettings here = settings(Duration.ZERO);
        assertThat(here.read()).isEqualTo(Retention.Settings.DEFAULTS);

        here.save(new Retention.Settings(14, OptionalInt.empty()));

        try (Database otherDesktop = Database.open(fixture.settings())) {
            assertThat(new RetentionSettings(otherDesktop.dataSource(), Clock.systemUTC()).read())
                    .isEqualTo(new Retention.Settings(14, OptionalInt.empty()));
        }
        here.save(new Retention.Settings(60, OptionalInt.of(90)));
        assertThat(here.read()).isEqualTo(new Retention.Settings(60, OptionalInt.of(90)));
    }

    @Test
    void theDatabaseRefusesSettingsOutsideTheBoundsFromAnyClient() {
        assertThatThrownBy(() -> fixture.sql("UPDATE app_settings SET trash_days = 6")).hasMessageContaining("check");
        assertThatThrownBy(() -> fixture.sql("UPDATE app_settings SET trash_days = 366")).hasMessageContaining("check");
        assertThatThrownBy(() -> fixture.sql("UPDATE app_settings SET trash_days = 60, history_days = 30"))
                .hasMessageContaining("check");
        assertThatThrownBy(() -> fixture.sql("INSERT INTO app_settings (id) VALUES (false)")).hasMessageContaining("check");
        assertThatThrownBy(() -> new Retention.Settings(30, OptionalInt.of(Retention.MAX_HISTORY_DAYS + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDailyPurgeFollowsTheStoredSettingsAndRunsOncePerDayWhicheverDesktopStarts() {
        settings(Duration.ZERO).save(new Retention.Settings(7, OptionalInt.empty()));
        ContactRow row = fixture.contacts().add("0812-3456-7890", fixture.categoryId("Prospek"));
        fixture.contacts().delete(List.of(row.id()));

        // Six days on: nothing is old enough yet, but the day's purge has run.
        assertThat(settings(Duration.ofDays(6)).purgeIfDue()).contains(new Retention.Purged(0, 0));
        // Eight days on, but within a day of that purge (by the injected clock): not due.
        assertThat(settings(Duration.ofDays(6).plusHours(23)).purgeIfDue()).isEmpty();
        assertThat(trash()).isEqualTo(1);
        // A day after the last purge: due, and past the seven days.
        assertThat(settings(Duration.ofDays(7).plusHours(1)).purgeIfDue()).contains(new Retention.Purged(1, 0));
        assertThat(trash()).isZero();
        assertThat(new AppEvents(fixture.database().sessionFactory()).page(OptionalLong.empty(), 10))
                .extracting(AppEvent::kind)
                .containsExactly(AppEvent.Kind.TRASH_PURGE, AppEvent.Kind.TRASH_PURGE);
    }

    @Test
    void aDesktopSkipsThePurgeWhileAnotherRunsIt() throws Exception {
        ContactRow row = fixture.contacts().add("0812-3456-7890", fixture.categoryId("Prospek"));
        fixture.contacts().delete(List.of(row.id()));
        try (Connection otherDesktop = fixture.database().dataSource().getConnection();
             PreparedStatement lock = otherDesktop.prepareStatement("SELECT pg_advisory_lock(hashtext(?))")) {
            lock.setString(1, RetentionSettings.LOCK_KEY);
            lock.execute();
            assertThat(settings(Duration.ofDays(31)).purgeIfDue()).isEmpty();
            assertThat(trash()).isEqualTo(1);
            try (PreparedStatement unlock = otherDesktop.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
                unlock.setString(1, RetentionSettings.LOCK_KEY);
                unlock.execute();
            }
        }
        assertThat(settings(Duration.ofDays(31)).purgeIfDue()).contains(new Retention.Purged(1, 0));
    }

    private static RetentionSettings settings(Duration ahead) {
        return new RetentionSettings(fixture.database().dataSource(), Clock.fixed(Instant.now().plus(ahead), ZoneOffset.UTC));
    }

    private static long trash() {
        try (Connection connection = fixture.database().dataSource().getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM trash");
             ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
