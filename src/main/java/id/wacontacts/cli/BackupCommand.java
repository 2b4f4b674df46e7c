package id.wacontacts.cli;

import id.wacontacts.domain.BackupInfo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backup --output FILE}: every category and number to one plain SQL file, from one snapshot. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write every category and phone number to one plain SQL file, as one consistent snapshot"
                + " (others may keep working meanwhile). Restore it with 'restore FILE', or load it with"
                + " 'psql -v ON_ERROR_STOP=1 -d wa_db -f FILE' into a database WA Contacts has set up.",
                "Prints one line: file, counts, size and time."})
public final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "The backup file to write (replaced if it exists; written in full or not at all).")
    Path output;

    private final Supplier<PrintWriter> out;

    public BackupCommand() {
        this(Utf8Output::stdout);
    }

    BackupCommand(Supplier<PrintWriter> out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        try (CommandContext context = CommandContext.open(root.databaseOptions().toConfig())) {
            long start = System.nanoTime();
            BackupInfo backup = context.backups().backup(output);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            PrintWriter writer = out.get();
            writer.printf(Locale.ROOT, "Backed up %,d categories and %,d phone numbers to %s (%s) in %s%n", backup.categories(),
                    backup.phoneNumbers(), backup.file(), Sizes.bytes(backup.sizeBytes()), Sizes.seconds(took));
            writer.flush();
        }
        return 0;
    }
}
