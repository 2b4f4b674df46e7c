package id.wacontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What nobody caught is logged with its trace and said once, in the window's language. */
class UncaughtFailuresTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(UncaughtFailures.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final List<Runnable> fxQueue = new ArrayList<>();
    private Instant now = Instant.parse("2026-01-05T03:00:00Z");
    private final UncaughtFailures handler = new UncaughtFailures(fxQueue::add, new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
        // These failures are made on purpose: kept off the build's console.
        logger.setAdditive(false);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
        logger.setAdditive(true);
    }

    private void runFxQueue() {
        List<Runnable> queued = new ArrayList<>(fxQueue);
        fxQueue.clear();
        queued.forEach(Runnable::run);
    }

    @Test
    void logsTheTraceAndSaysOneIndonesianSentenceOnTheFxThread() {
        handler.showIn(notifier, new Messages(Messages.INDONESIAN));
        IllegalStateException failure = new IllegalStateException("a bug's English message");

        handler.uncaughtException(new Thread("JavaFX Application Thread"), failure);

        assertThat(notifier.errors).as("nothing is shown off the FX thread").isEmpty();
        runFxQueue();
        assertThat(notifier.errors).containsExactly("Terjadi kesalahan. Rinciannya ada di berkas log.");
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage()).contains("JavaFX Application Thread");
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("a bug's English message");
        });
    }

    @Test
    void aFailureRepeatedInEveryPulseIsLoggedEachTimeButSaidOnce() {
        handler.showIn(notifier, new Messages(Locale.ENGLISH));
        for (int i = 0; i < 50; i++) {
            handler.uncaughtException(Thread.currentThread(), new NullPointerException());
        }
        runFxQueue();
        assertThat(notifier.errors).containsExactly("Something went wrong. The details are in the log file.");
        assertThat(logged.list).hasSize(50);

        now = now.plus(UncaughtFailures.QUIET).plusSeconds(1);
        handler.uncaughtException(Thread.currentThread(), new NullPointerException());
        runFxQueue();
        assertThat(notifier.errors).as("said again after a quiet while").hasSize(2);
    }

    @Test
    void afterTheWindowClosedFailuresAreOnlyLogged() {
        handler.showIn(notifier, new Messages(Locale.ENGLISH));
        handler.stopShowing();

        handler.uncaughtException(Thread.currentThread(), new IllegalStateException());

        assertThat(fxQueue).isEmpty();
        assertThat(logged.list).hasSize(1);
    }

    @Test
    void aNotificationThatFailsIsLoggedNotThrownBackIntoTheHandler() {
        handler.showIn(new Notifier() {
            @Override
            public void info(String message) {
            }

            @Override
            public void error(String message) {
                throw new IllegalStateException("no window");
            }
        }, new Messages(Locale.ENGLISH));

        handler.uncaughtException(Thread.currentThread(), new IllegalStateException("first"));
        runFxQueue();

        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Unexpected failure on thread " + Thread.currentThread().getName(),
                        "Could not tell the user about the failure above");
    }
}
