package id.wacontacts.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code wa-contacts [options] [command]}: with no command, opens the window. */
@Command(name = "wa-contacts",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Keeps WhatsApp customer phone numbers, organised by category.",
        footer = {"", "With no command, the WA Contacts window opens."})
public final class RootCommand implements Callable<Integer> {

    /**
     * The commands, in the order the help lists them. They are added by {@link #addCommands}, not named in
     * the annotation: picocli reads every added command's options when the command line is built, which
     * the window and a single command need not wait for.
     */
    private static final List<Class<?>> COMMANDS = List.of(NormalizeCommand.class, StatsCommand.class,
            SearchCommand.class, ImportCommand.class, ExportCommand.class, BackupCommand.class, RestoreCommand.class,
            WatchCommand.class, HistoryCommand.class, TrashCommand.class, EraseCommand.class, MoveCommand.class,
            MergeCategoryCommand.class, CheckCommand.class);

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    private final Runnable openWindow;

    public RootCommand(Runnable openWindow) {
        this.openWindow = openWindow;
    }

    /** Adds every command to {@code commandLine}, whose root is a {@code RootCommand}; returns it. */
    public static CommandLine withAllCommands(CommandLine commandLine) {
        return addCommands(commandLine, name -> true);
    }

    /**
     * Adds to {@code commandLine} the commands {@code args} can run: those it names, else (help, a
     * misspelt command or option) all of them, so that the help lists them and an error can suggest one.
     * None for arguments that only open the window with the shared options.
     */
    public static CommandLine withCommandsFor(CommandLine commandLine, String... args) {
        List<String> given = Arrays.asList(args); // an argument may come twice
        Set<String> named = COMMANDS.stream().map(RootCommand::nameOf).filter(given::contains)
                .collect(Collectors.toSet());
        if (!named.isEmpty()) {
            return addCommands(commandLine, named::contains);
        }
        try {
            new CommandLine(new DatabaseOptions()).parseArgs(args);
            return commandLine;
        } catch (CommandLine.ParameterException notOnlySharedOptions) {
            return withAllCommands(commandLine);
        }
    }

    private static CommandLine addCommands(CommandLine commandLine, Predicate<String> wanted) {
        for (Class<?> command : COMMANDS) {
            String name = nameOf(command);
            if (wanted.test(name)) {
                commandLine.addSubcommand(name, command);
            }
        }
        return commandLine;
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    public DatabaseOptions databaseOptions() {
        return database;
    }

    @Override
    public Integer call() {
        openWindow.run();
        return 0;
    }
}
