package id.wacontacts.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.wacontacts.service.AutomaticBackups;
import id.wacontacts.testsupport.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Commands open what they need and nothing else: no daily backup, no background thread to wait for. */
class CommandCompositionTest {

    private final Path dataDir = TestDatabase.newDataDirectory("cli-embedded");

    @AfterEach
    void deleteDataFolder() throws IOException {
        Files.deleteIfExists(dataDir.resolveSibling(dataDir.getFileName() + "-list.csv"));
        if (!Files.exists(dataDir.resolve("pgdata/postmaster.pid"))) {
            TestDatabase.deleteRecursively(dataDir);
        }
    }

    @Test
    void commandsOnTheBuiltInDatabaseWriteNoDailyBackup() throws IOException {
        Path list = Files.writeString(dataDir.resolveSibling(dataDir.getFileName() + "-list.csv"), "nomor\n081234567890\n");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        StringWriter stderr = new StringWriter();

        int imported = command(stdout).setErr(new PrintWriter(stderr))
                .execute("import", list.toString(), "--category", "Lead", "--data-dir", dataDir.toString());
        // The database now holds a contact, so a daily backup would be due at the next opening.
        int stats = command(stdout).setErr(new PrintWriter(stderr)).execute("stats", "--data-dir", dataDir.toString());

        assertThat(imported).as(stderr.toString()).isZero();
        assertThat(stats).as(stderr.toString()).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("imported\t1\n").contains("Lead\t1\n");
        Path backups = dataDir.resolve("backups");
        if (Files.exists(backups)) {
            try (Stream<Path> files = Files.list(backups)) {
                assertThat(files).as("files in the backup folder").isEmpty();
            }
        }
    }

    @Test
    void noCommandKnowsTheDailyBackups() {
        JavaClasses cli = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.wacontacts.cli");

        noClasses().that().resideInAPackage("id.wacontacts.cli..")
                .should().dependOnClassesThat().areAssignableTo(AutomaticBackups.class)
                .because("the daily backup is the window's; a command neither starts one nor waits for it")
                .check(cli);
    }

    private static CommandLine command(ByteArrayOutputStream stdout) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == StatsCommand.class) {
                    return type.cast(new StatsCommand(() -> Utf8Output.writer(stdout)));
                }
                if (type == ImportCommand.class) {
                    return type.cast(new ImportCommand(() -> Utf8Output.writer(stdout)));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine commandLine = RootCommand.withAllCommands(new CommandLine(new RootCommand(() -> {
            throw new AssertionError("no window in a command test");
        }), factory));
        commandLine.setExecutionExceptionHandler(CommandFailures::explain);
        return commandLine;
    }
}
