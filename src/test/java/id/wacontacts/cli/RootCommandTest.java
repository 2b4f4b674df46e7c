package id.wacontacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Which commands the command line is built with: the window and a single command skip the others. */
class RootCommandTest {

    private static CommandLine builtFor(String... args) {
        return RootCommand.withCommandsFor(new CommandLine(new RootCommand(() -> { })), args);
    }

    @Test
    void theWindowsArgumentsBuildNoCommand() {
        assertThat(builtFor().getSubcommands()).isEmpty();
        assertThat(builtFor("--data-dir", "/tmp/kantor", "--db-user", "admin").getSubcommands()).isEmpty();
        assertThat(builtFor("--db-url=jdbc:postgresql://server/wa_db").getSubcommands()).isEmpty();
    }

    @Test
    void aCommandIsBuiltAloneAndStillReadsTheSharedOptions() {
        CommandLine commandLine = builtFor("--data-dir", "/tmp/kantor", "stats");
        assertThat(commandLine.getSubcommands()).containsOnlyKeys("stats");
        CommandLine.ParseResult parsed = commandLine.parseArgs("--data-dir", "/tmp/kantor", "stats");
        assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("stats");
        assertThat(((RootCommand) commandLine.getCommand()).databaseOptions().dataDir).hasToString("/tmp/kantor");
    }

    /** An argument given twice (a value repeated, a flag repeated) still finds the command. */
    @Test
    void repeatedArgumentsStillBuildTheCommandTheyName() {
        assertThat(builtFor("import", "a.csv", "--category", "a.csv").getSubcommands()).containsOnlyKeys("import");
        assertThat(builtFor("--data-dir", "x", "--db-user", "x").getSubcommands()).isEmpty();
    }

    @Test
    void helpVersionAndAnythingUnknownBuildEveryCommand() {
        int all = RootCommand.withAllCommands(new CommandLine(new RootCommand(() -> { }))).getSubcommands().size();
        assertThat(all).isEqualTo(14);
        assertThat(builtFor("--help").getSubcommands()).hasSize(all);
        assertThat(builtFor("-V").getSubcommands()).hasSize(all);
        assertThat(builtFor("statz").getSubcommands()).hasSize(all);
        assertThat(builtFor("--data-dri", "/tmp/kantor").getSubcommands()).hasSize(all);
    }
}
