package id.wacontacts.service.transfer;

import id.wacontacts.service.Cancellation;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Categories;
import ezvcard.property.StructuredName;
import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.domain.MatchCount;
import id.wacontacts.domain.Page;
import id.wacontacts.domain.PageCursor;
import id.wacontacts.domain.AppEvent;
import id.wacontacts.service.AppEvents;
import id.wacontacts.service.ContactService;
import id.wacontacts.service.NumberTypes;
import id.wacontacts.domain.LineKind;
import java.util.EnumMap;
import java.util.Map;
import id.wacontacts.service.ImportException;
import id.wacontacts.service.ImportException.Problem;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Writes the contacts of a view (a category, a search, or everything) to a CSV, Excel CSV, Excel workbook or vCard file,
 * page by page (keyset, as the lists page), never holding more than one page, all pages from one
 * snapshot ({@link ContactService#inSnapshot}): what others change meanwhile is wholly in the file
 * or not at all. The file appears
 * only when complete: it is written beside the target and moved into place.
 */
public final class ExportService {

    /** CSV columns, in this order. */
    public static final String[] CSV_HEADER = {"original_number", "normalized_number", "category", "created_at"};

    /** Spreadsheets read this as a date and time; the zone is the desktop's (see the README). */
    static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final int PAGE = ContactService.MAX_PAGE_SIZE;
    private static final int COUNT_CAP = 10_000_000;

    private final ContactService contacts;
    private final AppEvents events;
    private NumberTypes numberTypes;

    public ExportService(ContactService contacts) {
        this(contacts, null);
    }

    /** With the event log: every finished export records what it covered and how many rows. */
    public ExportService(ContactService contacts, AppEvents events) {
        this.contacts = contacts;
        this.events = events;
    }

    /** Classifies numbers not checked yet before a mobiles-only export; without it they are skipped. */
    public ExportService withNumberTypes(NumberTypes types) {
        this.numberTypes = types;
        return this;
    }

    /**
     * @param zone the time zone {@code created_at} is written in
     * @return how many contacts were written
     * @throws ImportException FILE_UNREADABLE when the file cannot be written
     * @throws java.util.concurrent.CancellationException when cancelled; no file is left behind
     */
    public long export(ContactQuery query, ExportFormat format, Path target, ZoneId zone,
                       TransferProgress progress, Cancellation cancellation) {
        return export(query, format, ExportOptions.STANDARD, target, zone, progress, cancellation).written();
    }

    /**
     * As {@link #export(ContactQuery, ExportFormat, Path, ZoneId, TransferProgress, Cancellation)} with a
     * preset, mobiles only and files of at most {@link ExportOptions#splitRows()} rows: then the files are
     * named after {@code target} with a number ({@code kantor-001.csv}, {@code kantor-002.csv}, ...). Every
     * file appears only once all are complete.
     */
    public ExportSummary export(ContactQuery query, ExportFormat format, ExportOptions options, Path target,
                                ZoneId zone, TransferProgress progress, Cancellation cancellation) {
        Path absolute = target.toAbsolutePath();
        if (options.mobileOnly() && numberTypes != null) {
            // Numbers other programs stored are classified first, so none is skipped only for being new.
            numberTypes.catchUp(cancellation);
        }
        OutputFiles files = new OutputFiles(absolute, options.splitRows() > 0, PresetRows.extension(options, format));
        try {
            ExportSummary summary = contacts.inSnapshot(() -> write(query, format, options, files, zone, progress,
                    cancellation));
            files.moveIntoPlace();
            if (events != null) {
                events.record(AppEvent.Kind.EXPORT, absolute + " (" + format + ", " + options.preset() + ", " + query
                        + ")", summary.written());
            }
            return summary;
        } catch (UncheckedIOException | IOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            throw new ImportException(Problem.FILE_UNREADABLE, absolute.toString(),
                    "Cannot write " + absolute + ": " + cause.getMessage(), cause);
        } finally {
            files.deleteParts();
        }
    }

    /** Writes the files page by page; runs in one snapshot, so the count and every page agree. */
    private ExportSummary write(ContactQuery query, ExportFormat format, ExportOptions options, OutputFiles files,
                                ZoneId zone, TransferProgress progress, Cancellation cancellation) {
        MatchCount total = contacts.count(query, COUNT_CAP, cancellation);
        long written = 0;
        long read = 0;
        Map<LineKind, Long> skipped = new EnumMap<>(LineKind.class);
        RowWriter rows = null;
        long inFile = 0;
        try {
            Optional<PageCursor> after = Optional.empty();
            do {
                cancellation.check();
                Page<ContactRow> page = contacts.page(query, after, PAGE, cancellation);
                for (ContactRow row : page.items()) {
                    if (options.mobileOnly() && row.lineKind() != LineKind.MOBILE) {
                        skipped.merge(row.lineKind(), 1L, Long::sum);
                        continue;
                    }
                    if (rows == null || (options.splitRows() > 0 && inFile == options.splitRows())) {
                        if (rows != null) {
                            rows.close();
                        }
                        OutputStream out = new BufferedOutputStream(Files.newOutputStream(files.next()), 1 << 16);
                        rows = open(format, options, out, zone);
                        inFile = 0;
                    }
                    rows.write(row);
                    inFile++;
                    written++;
                }
                read += page.items().size();
                progress.update(TransferProgress.Stage.WRITING, written,
                        total.capped() || total.count() == 0 ? -1 : Math.min(1.0, (double) read / total.count()));
                after = page.next();
            } while (after.isPresent());
            if (rows == null) {
                // Nothing to write still makes one file with its header: the user sees the export ran.
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(files.next()), 1 << 16);
                rows = open(format, options, out, zone);
            }
            rows.close();
            rows = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (rows != null) {
                try {
                    rows.close();
                } catch (IOException ignored) {
                    // The export failed already; its part files are deleted.
                }
            }
        }
        return new ExportSummary(written, files.targets(), skipped);
    }

    /** The writer of one file; closing it finishes the file and closes the stream (a workbook leaves that to us). */
    private static RowWriter open(ExportFormat format, ExportOptions options, OutputStream out, ZoneId zone)
            throws IOException {
        RowWriter writer = writerFor(format, options, out, zone);
        return new RowWriter() {
            @Override
            public void write(ContactRow row) throws IOException {
                writer.write(row);
            }

            @Override
            public void close() throws IOException {
                try (out) {
                    writer.close();
                }
            }
        };
    }

    private static RowWriter writerFor(ExportFormat format, ExportOptions options, OutputStream out, ZoneId zone)
            throws IOException {
        if (options.preset() != ExportOptions.Preset.STANDARD) {
            return PresetRows.open(options, format, out, zone);
        }
        return switch (format) {
            case CSV -> new CsvRows(text(out, StandardCharsets.UTF_8), zone);
            case EXCEL_CSV -> new ExcelRows(text(out, StandardCharsets.UTF_16LE), zone);
            case XLSX -> new WorkbookRows(out, zone);
            case VCARD -> new VcardRows(text(out, StandardCharsets.UTF_8));
        };
    }

    private static Writer text(OutputStream out, Charset charset) {
        return new BufferedWriter(new OutputStreamWriter(out, charset), 1 << 16);
    }

    private static String created(ContactRow row, ZoneId zone) {
        return row.createdAt() == null ? ""
                : CREATED.format(row.createdAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone));
    }

    /** Writes one contact; closing finishes the file. */
    interface RowWriter extends AutoCloseable {
        void write(ContactRow row) throws IOException;

        @Override
        void close() throws IOException;
    }

    /**
     * UTF-8 with a BOM so that Excel does not read it as ANSI; CRLF line ends; fields quoted as needed;
     * no cell can start a formula in Excel ({@link FormulaGuard}), and import reads such cells back.
     */
    private static final class CsvRows implements RowWriter {

        private final CsvWriter csv;
        private final ZoneId zone;

        CsvRows(Writer writer, ZoneId zone) throws IOException {
            writer.write('\uFEFF');
            this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).quoteStrategy(FormulaGuard.quoteSemicolons(0, 1, 2)).build(writer);
            this.zone = zone;
            csv.writeRecord(CSV_HEADER);
        }

        @Override
        public void write(ContactRow row) {
            csv.writeRecord(FormulaGuard.neutralise(row.originalNumber()), FormulaGuard.neutralise(row.normalizedNumber()),
                    FormulaGuard.neutralise(row.categoryName()), created(row, zone));
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }

    /**
     * For Excel opened by double-click: UTF-16LE with a BOM and tabs, which Excel reads into columns
     * whatever the locale's list separator (a comma file lands in column A under Indonesian settings),
     * CRLF line ends. Text cells are {@link ExcelText#formula formulas}, so Excel keeps {@code +62…}
     * and {@code 08…} as written and never evaluates a category name starting with {@code =}. No
     * cell is CSV-quoted, so FastCSV, which quotes any field holding {@code "}, cannot write it.
     */
    private static final class ExcelRows implements RowWriter {

        private final Writer writer;
        private final ZoneId zone;

        ExcelRows(Writer writer, ZoneId zone) throws IOException {
            this.writer = writer;
            this.zone = zone;
            writer.write('\uFEFF');
            line(CSV_HEADER);
        }

        @Override
        public void write(ContactRow row) throws IOException {
            line(ExcelText.formula(row.originalNumber()), ExcelText.formula(row.normalizedNumber()),
                    ExcelText.formula(row.categoryName()), created(row, zone));
        }

        private void line(String... cells) throws IOException {
            writer.write(String.join("\t", cells));
            writer.write("\r\n");
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    /**
     * vCard 3.0, which every phone's contacts app reads: one card per number, named after its
     * category and number so the contacts of one category sort together.
     */
    private static final class VcardRows implements RowWriter {

        private final VCardWriter vcards;

        VcardRows(Writer writer) {
            this.vcards = new VCardWriter(writer, VCardVersion.V3_0);
            this.vcards.setAddProdId(false);
        }

        @Override
        public void write(ContactRow row) throws IOException {
            VCard card = new VCard();
            StructuredName name = new StructuredName();
            name.setGiven(row.categoryName());
            name.setFamily(row.originalNumber());
            card.setStructuredName(name);
            card.setFormattedName(row.categoryName() + " " + row.originalNumber());
            card.addTelephoneNumber(row.normalizedNumber(), TelephoneType.CELL);
            Categories categories = new Categories();
            categories.getValues().add(row.categoryName());
            card.setCategories(categories);
            vcards.write(card);
        }

        @Override
        public void close() throws IOException {
            vcards.close();
        }
    }

}
