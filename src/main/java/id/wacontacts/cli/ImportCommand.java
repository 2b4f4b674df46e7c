package id.wacontacts.cli;

import id.wacontacts.service.ImportException;
import id.wacontacts.service.ImportException.Problem;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.transfer.FileInspection;
import id.wacontacts.service.transfer.ImportOptions;
import id.wacontacts.service.transfer.ImportSummary;
import id.wacontacts.service.transfer.TransferProgress;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code import}: stores the numbers of a CSV, Excel or vCard file in one transaction and prints what it did. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {
            "Imports the phone numbers of a CSV file (comma, semicolon or tab; UTF-8 with or without BOM),"
                    + " an Excel workbook (.xlsx: its first visible sheet) or a vCard file (.vcf) in one transaction:"
                    + " on any failure nothing is stored.",
            "Prints NAME<TAB>COUNT lines: rows, imported, invalid, duplicate (repeats an earlier row),"
                    + " already_stored, categories_created."
        })
public final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV, Excel (.xlsx) or vCard file.")
    Path file;

    @Option(names = "--category", paramLabel = "NAME",
            description = "Category for the numbers (for rows without one when --category-column is given).")
    String category;

    @Option(names = "--create-category",
            description = "Create the category (and those --category-column names) when missing.")
    boolean createCategory;

    @Option(names = "--column", paramLabel = "N|NAME",
            description = "Column holding the numbers: 1-based position or header name (default: guessed).")
    String column;

    @Option(names = "--category-column", paramLabel = "N|NAME",
            description = "Column naming each row's category (vCard: CATEGORIES).")
    String categoryColumn;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Save refused rows with their reasons to this CSV, to fix and import again.")
    Path rejects;

    private final Supplier<PrintWriter> output;

    public ImportCommand() {
        this(Utf8Output::stdout);
    }

    ImportCommand(Supplier<PrintWriter> output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(Problem.FILE_UNREADABLE, file.toString(), "No such file: " + file);
        }
        try (CommandContext context = CommandContext.open(root.databaseOptions().toConfig())) {
            FileInspection inspection = context.imports().inspect(file);
            ImportOptions options;
            if (column == null) {
                options = inspection.guessedOptions(category, createCategory);
            } else {
                options = new ImportOptions(inspection.column(column), OptionalInt.empty(), inspection.hasHeader(),
                        category, createCategory);
            }
            if (categoryColumn != null) {
                options = options.withCategoryColumn(OptionalInt.of(inspection.column(categoryColumn)));
            }
            ImportSummary summary = context.imports().importFile(file, options, rejects, Locale.ENGLISH,
                    TransferProgress.NONE, new Cancellation());
            PrintWriter out = output.get();
            out.println("rows\t" + summary.rows());
            out.println("imported\t" + summary.imported());
            out.println("invalid\t" + summary.invalid());
            out.println("duplicate\t" + summary.duplicates());
            out.println("already_stored\t" + summary.alreadyStored());
            out.println("categories_created\t" + summary.createdCategories().size());
            summary.rejectsFile().ifPresent(path -> out.println("rejects\t" + path));
            if (!summary.encoding().isEmpty()) {
                out.println("encoding\t" + summary.encoding());
            }
            out.flush();
        }
        return 0;
    }
}
