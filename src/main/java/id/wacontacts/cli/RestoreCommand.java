package id.wacontacts.cli;

import id.wacontacts.domain.BackupInfo;
import id.wacontacts.domain.DatabaseContents;
import id.wacontacts.domain.RestorePreview;
import id.wacontacts.domain.RestoreResult;
import id.wacontacts.service.DatabaseNotEmptyException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code restore FILE [--replace]}: says what the backup holds and what the database holds, then
 * restores it in one transaction. A database holding categories or numbers of the user's is only
 * replaced with {@code --replace}, and its contents are saved to the backup folder first.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup made by 'backup' or the automatic daily backups. Prints what the file"
                + " holds (it is checked to its last byte first) and what the database holds now.",
                "An empty database (no numbers, only the five starting categories) is restored at once. A database"
                        + " holding anything else is left alone unless --replace is given; then its contents are"
                        + " first saved to the backups folder of the data folder.",
                "Everything happens in one transaction: a damaged, edited, foreign or newer file changes nothing."})
public final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file.")
    Path file;

    @Option(names = "--replace",
            description = "Replace the categories and numbers the database holds now with the backup's.")
    boolean replace;

    private final Supplier<PrintWriter> out;

    public RestoreCommand() {
        this(Utf8Output::stdout);
    }

    RestoreCommand(Supplier<PrintWriter> out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        PrintWriter writer = out.get();
        try (CommandContext context = CommandContext.open(root.databaseOptions().toConfig())) {
            RestorePreview preview = context.backups().preview(file);
            BackupInfo backup = preview.backup();
            writer.printf(Locale.ROOT, "Backup:   %s%n", backup.file());
            writer.printf(Locale.ROOT, "          made %s UTC by WA Contacts %s (schema version %s), %s%n",
                    backup.createdAt().toString().replace('T', ' ').replace("Z", ""), backup.appVersion(),
                    backup.schemaVersion(), Sizes.bytes(backup.sizeBytes()));
            writer.printf(Locale.ROOT, "          holds %s%n", describe(backup.categories(), backup.phoneNumbers()));
            writer.printf(Locale.ROOT, "Database: %s, holds %s%n", context.databaseLocation(), describe(preview.current()));
            if (preview.replacesContents() && !replace) {
                writer.println("Restoring would replace everything in the database. Nothing was changed;"
                        + " run again with --replace to restore.");
                writer.flush();
                throw new DatabaseNotEmptyException(preview.current());
            }
            writer.flush();
            RestoreResult result = context.backups().restore(file, replace);
            writer.printf(Locale.ROOT, "Restored: the database holds %s now (was %s), in %s%n", describe(result.after()),
                    describe(result.before()), Sizes.seconds(result.duration()));
            result.earlierContents().ifPresent(saved ->
                    writer.printf(Locale.ROOT, "The replaced contents were saved to %s%n", saved));
        } finally {
            writer.flush();
        }
        return 0;
    }

    private static String describe(DatabaseContents contents) {
        return describe(contents.categories(), contents.phoneNumbers());
    }

    private static String describe(long categories, long phoneNumbers) {
        return String.format(Locale.ROOT, "%,d categories and %,d phone numbers", categories, phoneNumbers);
    }
}
