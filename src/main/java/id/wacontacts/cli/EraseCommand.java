package id.wacontacts.cli;

import id.wacontacts.service.Erasure;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code erase NUMBER}: erases a number permanently (UU PDP) from the list, the trash and the
 * history, which keeps only the masked number. Prints {@code MASKED LIVE_ROWS HISTORY_IMAGES TRASH_ITEMS}.
 */
@Command(name = "erase", mixinStandardHelpOptions = true,
        description = {"Erase a number permanently: from the list, the trash and the history, which keeps only",
                "the masked number. Prints MASKED, LIVE_ROWS, HISTORY_IMAGES, TRASH_ITEMS, tab-separated.",
                "Backups made before still hold it."})
public final class EraseCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "NUMBER", description = "The number, in any usual form.")
    String number;

    private final Supplier<PrintWriter> output;

    public EraseCommand() {
        this(Utf8Output::stdout);
    }

    EraseCommand(Supplier<PrintWriter> output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        try (CommandContext context = CommandContext.open(root.databaseOptions().toConfig())) {
            Erasure.Erased erased = new Erasure(context.database().sessionFactory(), context.normalizer()).erase(number);
            PrintWriter out = output.get();
            out.println(erased.masked() + "\t" + erased.liveRows() + "\t" + erased.historyImages() + "\t"
                    + erased.trashItems());
            out.flush();
        }
        return 0;
    }
}
