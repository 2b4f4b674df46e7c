package id.wacontacts.cli;

import id.wacontacts.domain.CategoryRow;
import id.wacontacts.domain.ContactQuery;
import id.wacontacts.service.ImportException;
import id.wacontacts.service.ImportException.Problem;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.transfer.ExportFormat;
import id.wacontacts.service.transfer.ExportOptions;
import id.wacontacts.service.transfer.ExportOptions.CustomColumn;
import id.wacontacts.service.transfer.ExportOptions.Field;
import id.wacontacts.service.transfer.ExportOptions.NameSource;
import id.wacontacts.service.transfer.ExportOptions.NumberForm;
import id.wacontacts.service.transfer.ExportOptions.Preset;
import id.wacontacts.service.transfer.ExportSummary;
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
            "Presets for WhatsApp tools: --preset whatsapp (phone,name,category), wame (an HTML page of wa.me"
                    + " links) or custom (--columns, --number-form); --mobile-only, --split N.",
            "Prints exported<TAB>COUNT, then skipped<TAB>KIND<TAB>COUNT for numbers left out as not mobile,"
                    + " and file<TAB>PATH for each file of a split or wa.me export."
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

    @Option(names = "--format", paramLabel = "csv|excel|xlsx|vcf", converter = FormatConverter.class,
            description = "csv, excel (CSV for Excel), xlsx (Excel workbook) or vcf. Required without --preset;"
                    + " with one, csv unless given (wame always writes an HTML page).")
    ExportFormat format;

    @Option(names = "--preset", paramLabel = "whatsapp|wame|custom", converter = PresetConverter.class,
            description = "whatsapp: phone,name,category with the phone as digits and no + (6281234567890);"
                    + " wame: an HTML page of https://wa.me/ links per category; custom: --columns.")
    Preset preset;

    @Option(names = "--mobile-only", negatable = true, paramLabel = "",
            description = "Only mobile numbers (the default for whatsapp and wame; --no-mobile-only for all).")
    Boolean mobileOnly;

    @Option(names = "--split", paramLabel = "N", description = "Files of at most N rows: NAME-001.csv, NAME-002.csv, ...")
    int split;

    @Option(names = "--name", paramLabel = "category|empty|TEXT",
            description = "The whatsapp preset's name column: the category (default), empty, or this text.")
    String name;

    @Option(names = "--columns", paramLabel = "FIELD[:HEADER],...", split = ",",
            description = "The custom preset's columns in order: phone, original, category, created_at, type,"
                    + " each with an optional header (phone:Nomor).")
    java.util.List<String> columns;

    @Option(names = "--number-form", paramLabel = "plus|digits|national",
            description = "How the custom preset writes the phone: +6281... (plus, default), 6281... or 081...")
    String numberForm;

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
            ExportSummary summary = context.exports().export(query, format, options(), output, ZoneId.systemDefault(),
                    TransferProgress.NONE, new Cancellation());
            PrintWriter out = stdout.get();
            out.println("exported\t" + summary.written());
            summary.skipped().forEach((kind, count) ->
                    out.println("skipped\t" + kind.name().toLowerCase(Locale.ROOT) + "\t" + count));
            if (preset != null && (split > 0 || preset == Preset.WAME)) {
                summary.files().forEach(file -> out.println("file\t" + file));
            }
            out.flush();
        }
        return 0;
    }

    private ExportOptions options() {
        if (preset == null) {
            return ExportOptions.STANDARD.withMobileOnly(Boolean.TRUE.equals(mobileOnly)).withSplitRows(split);
        }
        ExportOptions options = ExportOptions.of(preset).withSplitRows(split);
        if (mobileOnly != null) {
            options = options.withMobileOnly(mobileOnly);
        }
        if (name != null) {
            String value = name.strip();
            options = switch (value.toLowerCase(Locale.ROOT)) {
                case "category" -> options.withName(NameSource.CATEGORY, "");
                case "empty" -> options.withName(NameSource.EMPTY, "");
                default -> options.withName(NameSource.FIXED, value);
            };
        }
        if (preset == Preset.CUSTOM) {
            if (columns == null || columns.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--preset custom needs --columns, such as phone:Nomor,category");
            }
            options = options.withColumns(columns.stream().map(this::column).toList());
        }
        if (numberForm != null) {
            options = options.withNumberForm(switch (numberForm.strip().toLowerCase(Locale.ROOT)) {
                case "plus" -> NumberForm.INTERNATIONAL;
                case "digits" -> NumberForm.DIGITS;
                case "national" -> NumberForm.NATIONAL;
                default -> throw new ParameterException(spec.commandLine(),
                        "--number-form " + numberForm + ": use plus, digits or national");
            });
        }
        return options;
    }

    private CustomColumn column(String text) {
        int colon = text.indexOf(':');
        String field = (colon < 0 ? text : text.substring(0, colon)).strip().toUpperCase(Locale.ROOT);
        try {
            return new CustomColumn(Field.valueOf(field), colon < 0 ? null : text.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--columns " + text
                    + ": use phone, original, category, created_at or type");
        }
    }

    /**
     * A file name whose extension promises another kind of file is a usage error: a CSV named
     * .xlsx is refused by Excel as damaged, and a phone does not open a .csv as contacts.
     */
    private void refuseMisleadingName() {
        if (split < 0) {
            throw new ParameterException(spec.commandLine(), "--split " + split + ": give a number of rows above 0");
        }
        if (format == null) {
            if (preset == null) {
                throw new ParameterException(spec.commandLine(), "Missing required option: '--format=csv|excel|xlsx|vcf'");
            }
            format = ExportFormat.CSV;
        }
        if (preset == Preset.WAME) {
            return;
        }
        if (preset != null && format == ExportFormat.VCARD) {
            throw new ParameterException(spec.commandLine(), "--preset " + preset.name().toLowerCase(Locale.ROOT)
                    + " writes csv, excel or xlsx, not vcf");
        }
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

    /** whatsapp, wame or custom, any case. */
    static final class PresetConverter implements ITypeConverter<Preset> {
        @Override
        public Preset convert(String value) {
            return Preset.parse(value);
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
