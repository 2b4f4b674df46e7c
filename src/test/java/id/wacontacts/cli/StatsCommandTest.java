package id.wacontacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.testsupport.ServiceFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StatsCommandTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("stats");

    @TempDir
    Path dataDir;

    @BeforeAll
    static void openDatabase() {
        fixture.reset();
        fixture.sql("INSERT INTO categories (name) VALUES ('Pelanggan Bandung — Ciumbuleuit')",
                "INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                        + " SELECT '0812' || n, '+62812' || lpad(n::text, 8, '0'), 5 FROM generate_series(1, 2) n");
    }

    @Test
    void printsEveryCategoryWithItsCountTabSeparatedInUtf8() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int exit = run(stdout, "stats", "--data-dir", dataDir.toString(), "--db-url", fixture.settings().jdbcUrl(),
                "--db-user", fixture.settings().user(), "--db-password", fixture.settings().password());

        assertThat(exit).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "Lead\t2",
                "Pelanggan Bandung — Ciumbuleuit\t0",
                "Pelanggan Regular\t0",
                "Pelanggan VIP\t0",
                "Pelanggan VIP 2\t0",
                "Prospek\t0");
    }

    @Test
    void aStoredNameWithATabOrALineBreakCannotForgeALine() {
        // Stored before the rules refused such names, or by another program.
        fixture.sql("INSERT INTO categories (name) VALUES (E'Forged\\t999\\nLead\\u202E')");
        try {
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            int exit = run(stdout, "stats", "--data-dir", dataDir.toString(), "--db-url", fixture.settings().jdbcUrl(),
                    "--db-user", fixture.settings().user(), "--db-password", fixture.settings().password());

            assertThat(exit).isZero();
            assertThat(stdout.toString(StandardCharsets.UTF_8).lines())
                    .hasSize(7)
                    .contains("Forged\\t999\\nLead\\u202E\t0")
                    .filteredOn(line -> line.startsWith("Lead")).containsExactly("Lead\t2");
        } finally {
            fixture.sql("DELETE FROM categories WHERE name LIKE 'Forged%'");
        }
    }

    @Test
    void acceptsTheDatabaseOptionsBeforeTheCommandName() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int exit = run(stdout, "--data-dir", dataDir.toString(), "--db-url", fixture.settings().jdbcUrl(),
                "--db-user", fixture.settings().user(), "--db-password", fixture.settings().password(), "stats");

        assertThat(exit).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).startsWith("Lead\t2\n");
    }

    @Test
    void aWrongPasswordIsOneLineOnStderrAndANonZeroExit() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        StringWriter stderr = new StringWriter();
        int exit = command(stdout).setErr(new PrintWriter(stderr)).execute("stats", "--data-dir", dataDir.toString(),
                "--db-url", fixture.settings().jdbcUrl(), "--db-user", fixture.settings().user(),
                "--db-password", "wrong");

        assertThat(exit).isNotZero();
        assertThat(stdout.size()).isZero();
        assertThat(stderr.toString()).startsWith("wa-contacts: The database server refused user")
                .hasLineCount(1);
    }

    private static int run(ByteArrayOutputStream stdout, String... args) {
        return command(stdout).execute(args);
    }

    private static CommandLine command(ByteArrayOutputStream stdout) {
        return TestCommandLines.with(new StatsCommand(() -> Utf8Output.writer(stdout)));
    }
}
