package id.wacontacts.cli;

import id.wacontacts.domain.CategoryRow;
import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.domain.MatchCount;
import id.wacontacts.phone.NormalizationResult.Normalized;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.CategoryNames;
import id.wacontacts.service.ContactService;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.Times;
import id.wacontacts.ui.contact.ContactListViewModel;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code search}: the window's search from the command line, through the same service calls (its
 * first page, then its capped count), so that it can be timed or explained from a shell.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {
            "Searches as the window's search field does and prints the first page as the window's table"
                    + " shows it, one contact a line: number as typed, international (E.164) number, category,"
                    + " type, added, changed (tab-separated, times in this computer's time zone).",
            "Then prints matches<TAB>COUNT, capped as in the window (10000+)."
        })
public final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TEXT", description = "What to search for, as typed into the window's search field.")
    String text;

    @Option(names = "--category", paramLabel = "NAME", description = "Search this category only.")
    String category;

    @Option(names = "--limit", paramLabel = "N", description = "Contacts to print at most (default: the window's page, 200).")
    int limit = ContactListViewModel.PAGE_SIZE;

    private final Supplier<PrintWriter> output;

    public SearchCommand() {
        this(Utf8Output::stdout);
    }

    SearchCommand(Supplier<PrintWriter> output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        if (limit < 1 || limit > ContactService.MAX_PAGE_SIZE) {
            throw new ParameterException(spec.commandLine(),
                    "--limit " + limit + ": give a number from 1 to " + ContactService.MAX_PAGE_SIZE + ".");
        }
        try (CommandContext context = CommandContext.open(root.databaseOptions().toConfig())) {
            Optional<Integer> categoryId = Optional.empty();
            if (category != null) {
                categoryId = Optional.of(context.categories().findByName(category).map(CategoryRow::id)
                        .orElseThrow(() -> new ParameterException(spec.commandLine(),
                                "--category: there is no category \"" + CategoryNames.printable(category.strip()) + "\".")));
            }
            ContactQuery query = new ContactQuery(categoryId, text);
            ContactService contacts = context.contacts();
            // The type column works the number out as the window does, with the app's one region.
            Table table = new Table(new Messages(Messages.defaultLocale()), new PhoneNormalizer(PhoneNormalizer.DEFAULT_REGION));
            PrintWriter out = output.get();
            for (ContactRow row : contacts.page(query, Optional.empty(), limit).items()) {
                out.println(table.line(row));
            }
            MatchCount matches = contacts.count(query, ContactListViewModel.COUNT_CAP);
            out.println("matches\t" + matches.count() + (matches.capped() ? "+" : ""));
            out.flush();
        }
        return 0;
    }

    /** A contact as the window's table shows it: its columns, in order, as text. */
    private record Table(Messages messages, Times times, PhoneNormalizer normalizer) {

        Table(Messages messages, PhoneNormalizer normalizer) {
            this(messages, new Times(messages.locale(), ZoneId.systemDefault()), normalizer);
        }

        String line(ContactRow row) {
            String type = normalizer.normalize(row.normalizedNumber()) instanceof Normalized normalized
                    ? messages.get("type." + normalized.type().name()) : "";
            return String.join("\t", CategoryNames.printable(row.originalNumber()),
                    CategoryNames.printable(row.normalizedNumber()), CategoryNames.printable(row.categoryName()), type,
                    times.format(row.createdAt()), times.format(row.updatedAt()));
        }
    }
}
