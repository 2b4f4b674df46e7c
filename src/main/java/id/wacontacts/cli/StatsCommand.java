package id.wacontacts.cli;

import id.wacontacts.domain.CategoryCount;
import id.wacontacts.service.CategoryNames;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code stats}: one line per category, {@code CATEGORY<TAB>COUNT}, most numbers first. A name stored
 * with a tab, a line break or another control character (before the rules refused them) is printed
 * escaped ({@code \t}, {@code \n}, or the code of a bidi control), so it cannot forge a line.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print how many numbers each category holds (CATEGORY<TAB>COUNT).")
public final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    private final Supplier<PrintWriter> output;

    public StatsCommand() {
        this(Utf8Output::stdout);
    }

    StatsCommand(Supplier<PrintWriter> output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        try (CommandContext context = CommandContext.open(root.databaseOptions().toConfig())) {
            PrintWriter out = output.get();
            for (CategoryCount category : context.categories().statistics()) {
                out.print(CategoryNames.printable(category.name()));
                out.print('\t');
                out.println(category.phoneCount());
            }
            out.flush();
        }
        return 0;
    }
}
