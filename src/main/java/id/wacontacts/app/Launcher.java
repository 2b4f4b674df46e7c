package id.wacontacts.app;

import id.wacontacts.cli.CommandFailures;
import id.wacontacts.cli.RootCommand;
import id.wacontacts.config.AppConfig;
import id.wacontacts.config.PrivateFolders;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Entry point of the jar: runs a command, or opens the window when there is none. Not a JavaFX
 * Application itself, so a plain {@code java -jar} finds JavaFX on the class path. The commands
 * know nothing of this package: each opens what it needs through {@code cli.CommandContext}.
 */
public final class Launcher {

    /** The log file's name in the data folder's logs/ (as logback.xml names it). */
    static final String LOG_FILE = "wa-contacts.log";

    /** Exit code of a command that failed for a reason it explained. */
    public static final int EXIT_FAILED = CommandFailures.EXIT_FAILED;

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        // Only the commands the arguments can run: the window starts without reading the others' options.
        CommandLine commandLine = RootCommand.withCommandsFor(
                new CommandLine(new RootCommand(() -> WaContactsApp.openWindow(args))), args);
        commandLine.setExecutionStrategy(Launcher::executeWithLogging);
        commandLine.setExecutionExceptionHandler(CommandFailures::explain);
        return commandLine.execute(args);
    }

    /** Prints a command's failure as one line on stderr; the stack trace goes to the log only. */
    public static int explainFailure(Exception failure, CommandLine cmd, ParseResult parseResult) {
        return CommandFailures.explain(failure, cmd, parseResult);
    }

    /** Points the log file at the data folder before anything logs, then runs the command. */
    private static int executeWithLogging(ParseResult parseResult) {
        RootCommand root = parseResult.commandSpec().commandLine().getCommand();
        AppConfig config = root.databaseOptions().toConfig();
        configureLogging(config, parseResult.hasSubcommand());
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // Errors pass picocli's handler by; they too are one sentence, not a trace.
            return CommandFailures.explain(new IllegalStateException(e), parseResult.commandSpec().commandLine(),
                    parseResult);
        }
    }

    /** {@link #configureLogging(AppConfig, boolean)} for the window. */
    static void configureLogging(AppConfig config) {
        configureLogging(config, false);
    }

    /**
     * Must run before the first logger is created: logback reads these once. Makes the data folder
     * private to its owner first, and creates the log file owner-only, so logback appends to a
     * private file. A command's stderr carries only its one-sentence failure, so the console log
     * stays silent while a command runs.
     */
    static void configureLogging(AppConfig config, boolean command) {
        try {
            PrivateFolders.secureDataFolder(config.dataDir());
        } catch (UncheckedIOException | SecurityException e) {
            // A folder that cannot be made is reported in one sentence when the database opens there.
        }
        if (System.getProperty("wacontacts.log.dir") == null) {
            try {
                Path logs = config.logDir();
                PrivateFolders.createFolder(logs);
                PrivateFolders.createFile(logs.resolve(LOG_FILE));
            } catch (UncheckedIOException | SecurityException e) {
                // Then logback makes them, or says on the console why it cannot.
            }
            System.setProperty("wacontacts.log.dir", config.logDir().toString());
        }
        if (command && System.getProperty("wacontacts.console.level") == null) {
            System.setProperty("wacontacts.console.level", "OFF");
        }
    }
}
