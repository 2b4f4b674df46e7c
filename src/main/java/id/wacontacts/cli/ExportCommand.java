package id.wacontacts.cli;

import id.wacontacts.domain.CategoryRow;
import id.wacontacts.domain.ContactQuery;
import id.wacontacts.service.ImportException;
import id.wacontacts.service.ImportException.Problem;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.transfer.ExportFormat;
import id.wacontacts.service.transfer.TransferProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export}: writes a category's (or every) contact to a CSV, Excel CSV, Excel workbook or vCard file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
            "Exports contacts to CSV (UTF-8 with BOM: original_number,normalized_number,category,created_at;"
                    + " created_at in this computer's time zone), CSV for Excel (the same columns, UTF-16 and"
                    + " tab-separated, text cells as =\"...\" so Excel keeps +62 and leading zeros and opens it"
                    + " into columns in any locale), an Excel workbook (.xlsx: the same columns, numbers and"
                    + " categories as text cells, created_at as a date) or vCard 3.0 (one card per number).",
            "Prints exported<TAB>COUNT."
        })
public final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    /** A category or everything. */
    static final class Selection {
        @Option(names = "--category", paramLabel = "NAME", required = true, description = "Export this category.")
        String category;

        @Option(names = "--all", required = true, description = "Export every category.")
        boolean all;
    }

    @Option(names = "--search", paramLabel = "TEXT", description = "Only contacts matching this search, as in the window.")
    String search;

    @Option(names = "--format", paramLabel = "csv|excel|xlsx|vcf", required = true, converter = FormatConverter.class,
            description = "csv, excel (CSV for Excel), xlsx (Excel workbook) or vcf.")
    ExportFormat format;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "The file to write (replaced).")
    Path output;

    private final Supplier<PrintWriter> stdout;

    public ExportCommand() {
        this(Utf8Output::stdout);
    }

    ExportCommand(Supplier<PrintWriter> stdout) {
        this.stdout = stdout;
    }

    @Override
    public Integer call() {
        refuseMisleadingName();
        try (CommandContext context = CommandContext.open(root.databaseOptions().toConfig())) {
            ContactQuery query = ContactQuery.ALL;
            if (selection.category != null) {
                Optional<CategoryRow> category = context.categories().findByName(selection.category);
                if (category.isEmpty()) {
                    throw new ImportException(Problem.CATEGORY_MISSING, selection.category,
                            "There is no category \"" + selection.category.strip() + "\".");
                }
                query = ContactQuery.inCategory(category.get().id());
            }
            query = query.withSearch(search);
            long written = context.exports().export(query, format, output, ZoneId.systemDefault(),
                    TransferProgress.NONE, new Cancellation());
            PrintWriter out = stdout.get();
            out.println("exported\t" + written);
            out.flush();
        }
        return 0;
    }

    /**
     * A file name whose extension promises another kind of file is a usage error: a CSV named
     * .xlsx is refused by Excel as damaged, and a phone does not open a .csv as contacts.
     */
    private void refuseMisleadingName() {
        String name = String.valueOf(output.getFileName());
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String kind = switch (format) {
            case CSV, EXCEL_CSV -> "a CSV export";
            case XLSX -> "an Excel workbook";
            case VCARD -> "a vCard export";
        };
        boolean fits = switch (extension) {
            case "xlsx" -> format == ExportFormat.XLSX;
            case "xls", "xlsm", "ods" -> false;
            case "vcf", "vcard" -> format == ExportFormat.VCARD;
            case "csv", "tsv", "txt" -> format == ExportFormat.CSV || format == ExportFormat.EXCEL_CSV;
            default -> true;
        };
        String problem = fits ? null : "a ." + extension + " name for " + kind
                + (extension.startsWith("xls") && format != ExportFormat.XLSX ? " (--format xlsx writes a workbook)" : "");
        if (problem != null) {
            String suggested = name.substring(0, dot) + "." + format.extension();
            throw new ParameterException(spec.commandLine(),
                    "--output " + name + ": " + problem + "; name it " + suggested + ".");
        }
    }

    /** csv, excel, xlsx or vcf, any case. */
    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return ExportFormat.parse(value);
        }
    }
}
