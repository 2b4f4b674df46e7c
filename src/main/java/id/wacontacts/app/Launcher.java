package id.wacontacts.app;

import id.wacontacts.cli.RootCommand;
import id.wacontacts.config.AppConfig;
import id.wacontacts.db.DatabaseStartException;
import id.wacontacts.service.ServiceException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Entry point of the jar: runs a command, or opens the window when there is none. Not a JavaFX
 * Application itself, so a plain {@code java -jar} finds JavaFX on the class path.
 */
public final class Launcher {

    /** Exit code of a command that failed for a reason it explained. */
    public static final int EXIT_FAILED = 1;

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        CommandLine commandLine = new CommandLine(new RootCommand(() -> WaContactsApp.openWindow(args)));
        commandLine.setExecutionStrategy(Launcher::executeWithLogging);
        commandLine.setExecutionExceptionHandler(Launcher::explainFailure);
        return commandLine.execute(args);
    }

    /** Prints a command's failure as one line on stderr; the stack trace goes to the log only. */
    public static int explainFailure(Exception failure, CommandLine cmd, ParseResult parseResult) {
        if (failure instanceof DatabaseStartException || failure instanceof ServiceException) {
            cmd.getErr().println("wa-contacts: " + failure.getMessage());
            LoggerFactory.getLogger(Launcher.class).debug("Command failed", failure);
        } else {
            LoggerFactory.getLogger(Launcher.class).error("Command failed", failure);
            cmd.getErr().println("wa-contacts: " + failure + " (details in the log file)");
        }
        cmd.getErr().flush();
        return EXIT_FAILED;
    }

    /** Points the log file at the data folder before anything logs, then runs the command. */
    private static int executeWithLogging(ParseResult parseResult) {
        RootCommand root = parseResult.commandSpec().commandLine().getCommand();
        AppConfig config = root.databaseOptions().toConfig();
        configureLogging(config);
        return new CommandLine.RunLast().execute(parseResult);
    }

    /** Must run before the first logger is created: logback reads the folder once. */
    static void configureLogging(AppConfig config) {
        if (System.getProperty("wacontacts.log.dir") == null) {
            System.setProperty("wacontacts.log.dir", config.logDir().toString());
        }
    }
}
