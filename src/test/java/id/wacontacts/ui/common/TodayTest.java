package id.wacontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TodayTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Test
    void theDateTurnsAtMidnightOnTheClockAndNotBefore() throws InterruptedException {
        LocalDate day = LocalDate.of(2026, 11, 24);
        Instant midnight = day.plusDays(1).atStartOfDay(JAKARTA).toInstant();
        Clock[] clock = {Clock.fixed(midnight.minusMillis(200), JAKARTA)};
        Clock desktop = new Clock() {
            @Override
            public ZoneId getZone() {
                return JAKARTA;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return clock[0].instant();
            }
        };
        CountDownLatch turned = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger invalidated = new java.util.concurrent.atomic.AtomicInteger();
        Today today = new Today(desktop, Runnable::run);
        today.dateProperty().addListener((observable, old, date) -> turned.countDown());
        today.dateProperty().addListener(observable -> invalidated.incrementAndGet());
        today.start();
        try {
            assertThat(today.dateProperty().get()).isEqualTo(day);
            // Wake-ups at the clock's midnight find it still standing before it.
            assertThat(turned.await(600, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(today.dateProperty().get()).isEqualTo(day);
            // Wake-ups on the same day signal nothing, not even an invalidation.
            assertThat(invalidated).hasValue(0);

            clock[0] = Clock.fixed(midnight.plusSeconds(1), JAKARTA);

            assertThat(turned.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(today.dateProperty().get()).isEqualTo(day.plusDays(1));
            assertThat(invalidated).hasValue(1);
        } finally {
            today.stop();
        }
    }
}
