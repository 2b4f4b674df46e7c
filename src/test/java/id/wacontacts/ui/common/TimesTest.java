package id.wacontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimesTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Test
    void tableTimesAreShortInTheDesktopsZone() {
        int year = Year.now(JAKARTA).getValue();
        Times english = new Times(Locale.ENGLISH, JAKARTA);
        Times indonesian = new Times(Messages.INDONESIAN, JAKARTA);

        // 10:05 UTC is 17:05 in Jakarta (WIB, UTC+7).
        assertThat(english.format(LocalDateTime.of(year, 11, 24, 10, 5))).isEqualTo("24 Nov 17:05");
        assertThat(indonesian.format(LocalDateTime.of(year, 8, 17, 10, 5))).isEqualTo("17 Agu 17.05");
        assertThat(english.format(LocalDateTime.of(2020, 12, 31, 18, 0))).isEqualTo("1 Jan 2021");
        assertThat(english.format((LocalDateTime) null)).isEmpty();
    }

    @Test
    void fullTimesHaveTheYearAndA24HourClock() {
        Times english = new Times(Locale.ENGLISH, JAKARTA);
        Times indonesian = new Times(Messages.INDONESIAN, JAKARTA);

        assertThat(english.full(LocalDateTime.of(2026, 11, 24, 10, 5))).isEqualTo("24 Nov 2026 17:05");
        assertThat(indonesian.format(Instant.parse("2026-12-24T10:05:00Z"))).isEqualTo("24 Des 2026 17.05");
    }

    @Test
    void countsDaysInTheDesktopsZone() {
        Times times = new Times(Locale.ENGLISH, JAKARTA);
        // 18:00 UTC on the 24th is already the 25th in Jakarta.
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T18:00:00Z"), JAKARTA);

        assertThat(times.daysAgo(Instant.parse("2026-11-24T17:30:00Z"), clock)).isZero();
        assertThat(times.daysAgo(Instant.parse("2026-11-24T16:30:00Z"), clock)).isEqualTo(1);
        assertThat(times.clockTime(Instant.parse("2026-11-24T17:30:00Z"))).isEqualTo("00:30");
    }
}
