package id.wacontacts.cli;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.domain.Page;
import id.wacontacts.domain.PageCursor;
import id.wacontacts.domain.QualityFinding;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.ContactService;
import id.wacontacts.service.QualityCheck;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code check}: the data quality check, tab-separated. Changes no number; it records which
 * libphonenumber validated each one and what it found, for the window's lists.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {
            "Validates every stored number again with the bundled libphonenumber and lists numbers that became"
                    + " invalid or changed type, and suspicious originals (doubled country code, lost leading 0,"
                    + " Excel scientific notation). No number is changed.",
            "Prints checked<TAB>COUNT<TAB>VERSION, then FINDING<TAB>COUNT for each list, then one line per"
                    + " number found: FINDING<TAB>ID<TAB>ORIGINAL<TAB>E164<TAB>CATEGORY. FINDING is one of"
                    + " became_invalid, changed_type, doubled_country_code, lost_leading_zero, scientific_notation."
        })
public final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    private final Supplier<PrintWriter> output;

    public CheckCommand() {
        this(Utf8Output::stdout);
    }

    CheckCommand(Supplier<PrintWriter> output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        try (CommandContext context = CommandContext.open(root.databaseOptions().toConfig())) {
            QualityCheck check = new QualityCheck(context.database().dataSource(), context.numberTypes());
            QualityCheck.Report report = check.run(QualityCheck.Progress.NONE, new Cancellation());
            PrintWriter out = output.get();
            out.println("checked\t" + report.checked() + "\t" + report.version());
            for (QualityFinding finding : QualityFinding.values()) {
                out.println(name(finding) + "\t" + report.count(finding));
            }
            ContactService contacts = context.contacts();
            for (QualityFinding finding : QualityFinding.values()) {
                if (report.count(finding) > 0) {
                    list(contacts, finding, out);
                }
            }
            out.flush();
        }
        return 0;
    }

    private static void list(ContactService contacts, QualityFinding finding, PrintWriter out) {
        ContactQuery query = ContactQuery.ALL.withFinding(Optional.of(finding));
        Optional<PageCursor> after = Optional.empty();
        do {
            Page<ContactRow> page = contacts.page(query, after, ContactService.MAX_PAGE_SIZE);
            for (ContactRow row : page.items()) {
                out.println(name(finding) + "\t" + row.id() + "\t" + Cells.clean(row.originalNumber()) + "\t"
                        + row.normalizedNumber() + "\t" + Cells.clean(row.categoryName()));
            }
            after = page.next();
        } while (after.isPresent());
    }

    private static String name(QualityFinding finding) {
        return finding.name().toLowerCase(Locale.ROOT);
    }
}
