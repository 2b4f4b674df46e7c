package id.wacontacts.cli;

import id.wacontacts.domain.CategoryRow;
import id.wacontacts.domain.MergeResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code merge-category FROM --into TO}: moves every number of FROM to TO and deletes FROM, in one
 * transaction; the history keeps FROM's name and description. Prints {@code moved<TAB>N} and
 * {@code deleted<TAB>FROM}.
 */
@Command(name = "merge-category", mixinStandardHelpOptions = true,
        description = "Merge a category into another: its numbers move, then it is deleted (one transaction)."
                + " Prints moved<TAB>COUNT and deleted<TAB>NAME.")
public final class MergeCategoryCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FROM", description = "The category merged (and deleted).")
    String from;

    @Option(names = "--into", paramLabel = "TO", required = true, description = "The category that keeps the numbers.")
    String into;

    private final Supplier<PrintWriter> output;

    public MergeCategoryCommand() {
        this(Utf8Output::stdout);
    }

    MergeCategoryCommand(Supplier<PrintWriter> output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        try (CommandContext context = CommandContext.open(root.databaseOptions().toConfig())) {
            CategoryRow merged = MoveCommand.existing(context, from);
            CategoryRow kept = MoveCommand.existing(context, into);
            if (merged.id() == kept.id()) {
                throw new ParameterException(spec.commandLine(), "\"" + merged.name() + "\" cannot be merged into itself.");
            }
            MergeResult result = context.categories().merge(merged.id(), kept.id());
            PrintWriter out = output.get();
            out.println("moved\t" + result.moved());
            out.println("deleted\t" + id.wacontacts.service.CategoryNames.printable(merged.name()));
            out.flush();
        }
        return 0;
    }
}
