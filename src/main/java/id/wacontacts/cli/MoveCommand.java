package id.wacontacts.cli;

import id.wacontacts.domain.BulkResult;
import id.wacontacts.domain.CategoryRow;
import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.LineKind;
import id.wacontacts.service.BulkService;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.ImportException;
import id.wacontacts.service.ImportException.Problem;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code move}: moves every number of a category, a search or the whole list to another category, in
 * one transaction (one step in the history). Prints {@code moved<TAB>N}; numbers already in the target
 * category stay and are not counted.
 */
@Command(name = "move", mixinStandardHelpOptions = true,
        description = "Move every number of a category, a search, or all numbers (of one type with --type) to"
                + " another category (one transaction). Prints moved<TAB>COUNT.")
public final class MoveCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    /** Which numbers move. */
    static final class Which {
        @Option(names = "--category", paramLabel = "NAME", required = true, description = "The numbers of this category.")
        String category;

        @Option(names = "--search", paramLabel = "TEXT", required = true,
                description = "The numbers matching this search, as in the window.")
        String search;

        @Option(names = "--all", required = true, description = "Every number.")
        boolean all;
    }

    @Option(names = "--type", paramLabel = "mobile|fixed|other", converter = KindConverter.class,
            description = "Only numbers of this type, as the window's type filter.")
    LineKind kind;

    @Option(names = "--to", paramLabel = "NAME", required = true, description = "The category they move to.")
    String to;

    private final Supplier<PrintWriter> output;

    public MoveCommand() {
        this(Utf8Output::stdout);
    }

    MoveCommand(Supplier<PrintWriter> output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        try (CommandContext context = CommandContext.open(root.databaseOptions().toConfig())) {
            CategoryRow target = existing(context, to);
            ContactQuery query = query(context);
            if (kind != null) {
                // Numbers other programs stored are classified first, so none is left behind only for being new.
                context.numberTypes().catchUp(new Cancellation());
            }
            BulkService bulk = context.contacts().bulk();
            BulkResult result = bulk.move(bulk.selectAll(query), target.id(), new Cancellation());
            PrintWriter out = output.get();
            out.println("moved\t" + result.done());
            out.flush();
        }
        return 0;
    }

    /**
     * The numbers to move, as the window's list would show them. Further filters (such as a number
     * type) narrow this query: each is one more option and one more condition here.
     */
    ContactQuery query(CommandContext context) {
        ContactQuery query;
        if (which.category != null) {
            query = ContactQuery.inCategory(existing(context, which.category).id());
        } else {
            query = which.search != null ? ContactQuery.search(which.search) : ContactQuery.ALL;
        }
        return query.withLineKind(Optional.ofNullable(kind));
    }

    /** The type filter's three choices, by the names the window's filter shows in English. */
    static final class KindConverter implements ITypeConverter<LineKind> {
        @Override
        public LineKind convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "mobile" -> LineKind.MOBILE;
                case "fixed", "fixed-line", "landline" -> LineKind.FIXED_LINE;
                case "other" -> LineKind.OTHER;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "--type is mobile, fixed or other, not \"" + value + "\"");
            };
        }
    }

    static CategoryRow existing(CommandContext context, String name) {
        return context.categories().findByName(name).orElseThrow(() -> new ImportException(Problem.CATEGORY_MISSING,
                name, "There is no category \"" + name.strip() + "\"."));
    }
}
