package id.wacontacts.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code wa-contacts [options] [command]}: with no command, opens the window. */
@Command(name = "wa-contacts",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Keeps WhatsApp customer phone numbers, organised by category.",
        footer = {"", "With no command, the WA Contacts window opens."},
        subcommands = {NormalizeCommand.class, StatsCommand.class, SearchCommand.class, ImportCommand.class,
                ExportCommand.class, BackupCommand.class, RestoreCommand.class, WatchCommand.class,
                HistoryCommand.class, TrashCommand.class, EraseCommand.class, MoveCommand.class,
                MergeCategoryCommand.class, CheckCommand.class})
public final class RootCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    private final Runnable openWindow;

    public RootCommand(Runnable openWindow) {
        this.openWindow = openWindow;
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
