package id.wacontacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.testsupport.ServiceFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BackupRestoreCommandTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("backup_command");

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final StringWriter stderr = new StringWriter();

    @BeforeEach
    void reset() {
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " SELECT '0812' || n, '+62812' || lpad(n::text, 8, '0'), 5 FROM generate_series(1, 3) n");
    }

    @Test
    void backupPrintsOneLineWithTheFileCountsSizeAndTime() {
        Path file = dataDir.resolve("kantor.sql");

        int exit = run("backup", "--output", file.toString());

        assertThat(exit).isZero();
        assertThat(file).exists();
        assertThat(out().lines()).singleElement().asString()
                .matches("Backed up 5 categories and 3 phone numbers to " + java.util.regex.Pattern.quote(file.toString())
                        + " \\(\\d+\\.\\d kB\\) in \\d+\\.\\d s");
    }

    @Test
    void restoreLeavesADatabaseHoldingContactsAloneWithoutReplaceAndSaysWhatItWouldDo() {
        Path file = dataDir.resolve("kantor.sql");
        run("backup", "-o", file.toString());
        fixture.sql("INSERT INTO categories (name) VALUES ('Arisan')");
        stdout.reset();

        int exit = run("restore", file.toString());

        assertThat(exit).isNotZero();
        assertThat(out()).contains("holds 5 categories and 3 phone numbers", "holds 6 categories and 3 phone numbers",
                "run again with --replace");
        assertThat(stderr.toString()).hasLineCount(1).contains("nothing was changed");
        assertThat(count("categories")).isEqualTo(6);
    }

    @Test
    void restoreWithReplaceRestoresAndSavesTheReplacedContents() {
        Path file = dataDir.resolve("kantor.sql");
        run("backup", "-o", file.toString());
        fixture.sql("INSERT INTO categories (name) VALUES ('Arisan')", "DELETE FROM phone_numbers WHERE id = 1");
        stdout.reset();

        int exit = run("restore", file.toString(), "--replace");

        assertThat(exit).as(stderr.toString()).isZero();
        assertThat(out()).contains("Restored: the database holds 5 categories and 3 phone numbers now"
                + " (was 6 categories and 2 phone numbers)", "The replaced contents were saved to " + dataDir.resolve("backups"));
        assertThat(count("categories")).isEqualTo(5);
        assertThat(count("phone_numbers")).isEqualTo(3);
    }

    @Test
    void restoreIntoAnEmptyDatabaseNeedsNoReplace() {
        Path file = dataDir.resolve("kantor.sql");
        run("backup", "-o", file.toString());
        fixture.reset();

        int exit = run("restore", file.toString());

        assertThat(exit).as(stderr.toString()).isZero();
        assertThat(count("phone_numbers")).isEqualTo(3);
        assertThat(dataDir.resolve("backups")).doesNotExist();
    }

    @Test
    void aDamagedFileIsOneLineOnStderrAndChangesNothing() throws IOException {
        Path file = dataDir.resolve("kantor.sql");
        run("backup", "-o", file.toString());
        Files.writeString(file, Files.readString(file).replace("+6281200000002", "+6281200000009"));
        fixture.sql("DELETE FROM phone_numbers WHERE id = 1");

        int exit = run("restore", file.toString(), "--replace");

        assertThat(exit).isNotZero();
        assertThat(stderr.toString()).hasLineCount(1).startsWith("wa-contacts: ").contains("is damaged");
        assertThat(count("phone_numbers")).isEqualTo(2);
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString(), "--db-url", fixture.settings().jdbcUrl(),
                "--db-user", fixture.settings().user(), "--db-password", fixture.settings().password()));
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == BackupCommand.class) {
                    return type.cast(new BackupCommand(() -> Utf8Output.writer(stdout)));
                }
                if (type == RestoreCommand.class) {
                    return type.cast(new RestoreCommand(() -> Utf8Output.writer(stdout)));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine commandLine = RootCommand.withAllCommands(new CommandLine(new RootCommand(() -> {
            throw new AssertionError("no window in a command test");
        }), factory));
        commandLine.setExecutionExceptionHandler(id.wacontacts.app.Launcher::explainFailure);
        commandLine.setErr(new PrintWriter(stderr));
        return commandLine.execute(all.toArray(String[]::new));
    }

    private static long count(String table) {
        try (var connection = java.sql.DriverManager.getConnection(fixture.settings().jdbcUrl(),
                fixture.settings().user(), fixture.settings().password());
             var rs = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
