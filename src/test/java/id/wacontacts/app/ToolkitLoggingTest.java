package id.wacontacts.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** What JavaFX and java.util.prefs log reaches the log file, not stderr, without the class-path warning. */
class ToolkitLoggingTest {

    private final Logger javafx = (Logger) LoggerFactory.getLogger("javafx");
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        javafx.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        javafx.detachAppender(logged);
    }

    @Test
    void javaFxLinesGoToTheLogAndTheClassPathWarningNowhere() {
        ToolkitLogging.route();

        java.util.logging.Logger toolkit = java.util.logging.Logger.getLogger("javafx");
        toolkit.warning("Unsupported JavaFX configuration: classes were loaded from 'unnamed module @69eee410'");
        toolkit.warning("CSS Error parsing file:app.css: Expected RBRACE");

        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("CSS Error parsing file:app.css: Expected RBRACE");
        assertThat(Arrays.asList(java.util.logging.Logger.getLogger("").getHandlers()))
                .as("java.util.logging prints on stderr no more").singleElement()
                .isInstanceOf(SLF4JBridgeHandler.class);
    }
}
