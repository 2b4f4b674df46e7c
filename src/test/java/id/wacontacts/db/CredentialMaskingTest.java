package id.wacontacts.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import id.wacontacts.testsupport.FreshDatabases;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A password given inside the URL ({@code --db-url …?password=…}) reaches no log and no message. */
class CredentialMaskingTest {

    private static final List<String> LOGGERS = List.of(
            Logger.ROOT_LOGGER_NAME, "id.wacontacts", "org.flywaydb", "com.zaxxer", "org.postgresql", "org.hibernate");

    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final Map<String, Level> levels = new HashMap<>();

    @BeforeEach
    void captureEverythingDownToDebug() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        events.setContext(context);
        events.start();
        for (String name : LOGGERS) {
            Logger logger = context.getLogger(name);
            levels.put(name, logger.getLevel());
            if (!name.equals("org.hibernate")) {
                logger.setLevel(Level.DEBUG);
            }
        }
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(events);
        context.getLogger("id.wacontacts").addAppender(events);
    }

    @AfterEach
    void restoreLogging() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(events);
        context.getLogger("id.wacontacts").detachAppender(events);
        levels.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    @Test
    void masksEverySecretParameterAndUserInfoPassword() {
        assertThat(ConnectionSettings.mask("jdbc:postgresql://db:5432/wa?user=ana&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/wa?user=ana&password=***&ssl=true");
        assertThat(ConnectionSettings.mask("jdbc:postgresql://db/wa?PASSWORD=a%26b;sslpassword=k#x"))
                .isEqualTo("jdbc:postgresql://db/wa?PASSWORD=***;sslpassword=***#x");
        assertThat(ConnectionSettings.mask("postgresql://ana:s3cret@db/wa")).isEqualTo("postgresql://ana:***@db/wa");
        assertThat(ConnectionSettings.mask("jdbc:postgresql://db/wa")).isEqualTo("jdbc:postgresql://db/wa");
        assertThat(new ConnectionSettings("jdbc:postgresql://db/wa?password=s3cret", "ana", "other").toString())
                .doesNotContain("s3cret").doesNotContain("other");
    }

    @Test
    void aPasswordInTheUrlIsTakenOutOfItAndWins() {
        ConnectionSettings settings = new ConnectionSettings(
                "jdbc:postgresql://db/wa?user=ana&PassWord=a%26b%3Dc&ssl=true", null, "other");
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db/wa?user=ana&ssl=true");
        assertThat(settings.password()).isEqualTo("a&b=c");
        assertThat(new ConnectionSettings("jdbc:postgresql://db/wa?password=x", null, null).jdbcUrl())
                .isEqualTo("jdbc:postgresql://db/wa");
    }

    @Test
    void aPasswordInTheUrlThatWorksIsNeverLogged() {
        ConnectionSettings real = FreshDatabases.create("masking");
        ConnectionSettings inUrl = new ConnectionSettings(real.jdbcUrl() + "?password=" + real.password(), real.user(), null);

        try (Database database = Database.open(inUrl)) {
            assertThat(database.reachable(java.time.Duration.ofSeconds(5))).isTrue();
        }

        assertThat(events.list).isNotEmpty();
        assertThat(logged()).doesNotContain(real.password());
    }

    @Test
    void aWrongPasswordInTheUrlIsNeitherLoggedNorShown() {
        ConnectionSettings real = FreshDatabases.create("masking_wrong");
        String wrong = "Wr0ngButSecret";
        ConnectionSettings inUrl = new ConnectionSettings(real.jdbcUrl() + "?password=" + wrong, real.user(), null);

        assertThatThrownBy(() -> Database.open(inUrl).close())
                .isInstanceOfSatisfying(DatabaseStartException.class, e -> {
                    assertThat(e.problem()).isEqualTo(DatabaseStartException.Problem.AUTHENTICATION_FAILED);
                    assertThat(e.getMessage()).contains(real.jdbcUrl()).doesNotContain(wrong);
                });
        assertThat(logged()).doesNotContain(wrong);
    }

    private String logged() {
        return events.list.stream()
                .map(event -> event.getFormattedMessage()
                        + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .collect(Collectors.joining("\n"));
    }
}
