package id.wacontacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.testsupport.FreshDatabases;
import id.wacontacts.testsupport.ServiceFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WatchCommandTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("watch");

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    @Test
    void printsAPsqlInsertAsOneTabSeparatedLinePerRow() throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        StringWriter stderr = new StringWriter();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> command(stdout)
                .setErr(new PrintWriter(stderr)).execute("watch", "--max-events", "2", "--timeout", "60",
                        "--data-dir", dataDir.toString(), "--db-url", fixture.settings().jdbcUrl(),
                        "--db-user", fixture.settings().user(), "--db-password", fixture.settings().password()));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!stderr.toString().contains("watch: live")) {
            assertThat(System.nanoTime()).as("watch starts listening; stderr: " + stderr).isLessThan(deadline);
            assertThat(exit).isNotDone();
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
        }

        psql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " VALUES ('0812 1111 2222', '+6281211112222', 1), ('0813 3333 4444', '+6281333334444', 2)");

        assertThat(exit.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8).lines())
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).matches(
                        "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\tinsert\t\\+628\\d+\tpsql-admin"))
                .anySatisfy(line -> assertThat(line).contains("\t+6281211112222\t"))
                .anySatisfy(line -> assertThat(line).contains("\t+6281333334444\t"));
    }

    @Test
    void stopsAtItsTimeoutWhenNothingHappens() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int exit = command(stdout).setErr(new PrintWriter(new StringWriter())).execute("watch", "--timeout", "1",
                "--data-dir", dataDir.toString(), "--db-url", fixture.settings().jdbcUrl(),
                "--db-user", fixture.settings().user(), "--db-password", fixture.settings().password());

        assertThat(exit).isZero();
        assertThat(stdout.size()).isZero();
    }

    private static void psql(String sql) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", fixture.settings().user());
        properties.setProperty("password", fixture.settings().password());
        properties.setProperty("ApplicationName", "psql-admin");
        try (Connection connection = DriverManager.getConnection(fixture.settings().jdbcUrl(), properties);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static CommandLine command(ByteArrayOutputStream stdout) {
        return TestCommandLines.with(new WatchCommand(() -> Utf8Output.writer(stdout)));
    }
}
