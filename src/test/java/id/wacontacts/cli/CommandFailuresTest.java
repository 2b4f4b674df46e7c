package id.wacontacts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.wacontacts.config.AppConfig;
import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.testsupport.TcpRelay;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A command's failure is one sentence naming its cause, never a class name or a stack trace. */
class CommandFailuresTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("command-failures");

    @TempDir
    Path dataDir;

    @Test
    @SuppressWarnings("try") // the line is cut inside its own try on purpose: that is the failure under test
    void aConnectionLostWhileACommandRunsIsOneSentenceOnStderr() throws Exception {
        ConnectionSettings settings = fixture.settings();
        StringWriter stderr = new StringWriter();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int port = Integer.parseInt(settings.jdbcUrl().replaceAll("^jdbc:postgresql://[^:/]+:(\\d+)/.*$", "$1"));
        String relayed = settings.jdbcUrl().replaceFirst(":" + port + "/", ":%d/");
        try (Connection blocker = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             TcpRelay line = new TcpRelay(port)) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                // The command, once connected and migrated, waits behind this lock for the server's answer.
                lock.execute("LOCK TABLE categories IN ACCESS EXCLUSIVE MODE");
            }
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> command(stdout)
                    .setErr(new PrintWriter(stderr))
                    .execute("stats", "--data-dir", dataDir.toString(), "--db-url", relayed.formatted(line.port()),
                            "--db-user", settings.user(), "--db-password", settings.password()));
            waitUntilWaitingForTheLock(exit, settings);

            line.close();

            assertThat(exit.get(2, TimeUnit.MINUTES)).isEqualTo(CommandFailures.EXIT_FAILED);
            blocker.rollback();
        }
        assertThat(stdout.size()).isZero();
        assertOneSentence(stderr.toString());
        assertThat(stderr.toString()).contains("connection to the database server was lost");
    }

    @Test
    void aFullDiskNamesTheFolderWhoseDiskIsFull() throws IOException {
        Path devFull = Path.of("/dev/full");
        assumeTrue(Files.isWritable(devFull), "needs /dev/full, which answers every write with ENOSPC");
        IOException full = assertThrows(IOException.class, () -> {
            try (OutputStream out = Files.newOutputStream(devFull)) {
                out.write(new byte[4096]);
            }
        });
        AppConfig embedded = new AppConfig(dataDir, Optional.empty());

        String english = new CommandFailures(Locale.ENGLISH).describe(new UncheckedIOException(full), embedded);
        String indonesian = new CommandFailures(Locale.forLanguageTag("id"))
                .describe(new RuntimeException("write failed", full), embedded);

        assertOneSentence("wa-contacts: " + english);
        assertThat(english).isEqualTo("The command stopped because the disk holding " + dataDir
                + " is full; nothing was changed. Free some space and run it again.");
        assertThat(indonesian).startsWith("Perintah berhenti karena disk tempat " + dataDir + " penuh");
    }

    @Test
    void aServerWhoseDiskIsFullIsNamedAsTheServer() {
        SQLException diskFull = new SQLException("could not extend file \"base/16384/16385\": No space left on device",
                "53100");
        AppConfig server = new AppConfig(dataDir, Optional.of(fixture.settings()));

        String sentence = new CommandFailures(Locale.ENGLISH).describe(new IllegalStateException(diskFull), server);

        assertThat(sentence).startsWith("The command stopped because the database server's disk is full");
    }

    @Test
    void anUnexpectedFailureNamesTheLogFileInsteadOfAClass() {
        AppConfig embedded = new AppConfig(dataDir, Optional.empty());

        String sentence = new CommandFailures(Locale.ENGLISH)
                .describe(new IllegalStateException("boom\n\tat somewhere"), embedded);

        assertOneSentence("wa-contacts: " + sentence);
        assertThat(sentence).endsWith("The details are in " + embedded.logDir().resolve("wa-contacts.log") + ".");
    }

    private static void assertOneSentence(String stderr) {
        assertThat(stderr).hasLineCount(1).startsWith("wa-contacts: ")
                .doesNotContain("Exception").doesNotContain("at ").doesNotContain("Error");
    }

    /** Until the command's thread, its database open, waits for the server's answer behind the lock. */
    /** Until the command, connected and migrated, waits on the server for the locked table. */
    private static void waitUntilWaitingForTheLock(CompletableFuture<Integer> exit, ConnectionSettings settings)
            throws Exception {
        try (Connection watcher = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             PreparedStatement waiting = watcher.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                     + " WHERE wait_event_type = 'Lock' AND application_name LIKE 'WA Contacts/%'")) {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (System.nanoTime() < deadline) {
                assertThat(exit).as("the command ended before it waited for the server").isNotDone();
                try (ResultSet count = waiting.executeQuery()) {
                    if (count.next() && count.getLong(1) > 0) {
                        return;
                    }
                }
                TimeUnit.MILLISECONDS.sleep(20);
            }
        }
        throw new AssertionError("the command never waited for the server");
    }

    private static CommandLine command(ByteArrayOutputStream stdout) {
        return TestCommandLines.with(new StatsCommand(() -> Utf8Output.writer(stdout)));
    }
}
