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
import java.nio.file.StandardCopyOption;
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

    public ExportService(ContactService contacts) {
        this(contacts, null);
    }

    /** With the event log: every finished export records what it covered and how many rows. */
    public ExportService(ContactService contacts, AppEvents events) {
        this.contacts = contacts;
        this.events = events;
    }

    /**
     * @param zone the time zone {@code created_at} is written in
     * @return how many contacts were written
     * @throws ImportException FILE_UNREADABLE when the file cannot be written
     * @throws java.util.concurrent.CancellationException when cancelled; no file is left behind
     */
    public long export(ContactQuery query, ExportFormat format, Path target, ZoneId zone,
                       TransferProgress progress, Cancellation cancellation) {
        Path absolute = target.toAbsolutePath();
        Path part = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            long written = contacts.inSnapshot(() -> write(query, format, part, zone, progress, cancellation));
            Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING);
            if (events != null) {
                events.record(AppEvent.Kind.EXPORT, absolute + " (" + format + ", " + query + ")", written);
            }
            return written;
        } catch (UncheckedIOException | IOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            throw new ImportException(Problem.FILE_UNREADABLE, absolute.toString(),
                    "Cannot write " + absolute + ": " + cause.getMessage(), cause);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // Left behind only if the folder vanished; nothing to report over the real failure.
            }
        }
    }

    /** Writes the file page by page; runs in one snapshot, so the count and every page agree. */
    private long write(ContactQuery query, ExportFormat format, Path part, ZoneId zone, TransferProgress progress,
                       Cancellation cancellation) {
        MatchCount total = contacts.count(query, COUNT_CAP, cancellation);
        long written = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16);
             RowWriter rows = switch (format) {
                 case CSV -> new CsvRows(text(out, StandardCharsets.UTF_8), zone);
                 case EXCEL_CSV -> new ExcelRows(text(out, StandardCharsets.UTF_16LE), zone);
                 case XLSX -> new WorkbookRows(out, zone);
                 case VCARD -> new VcardRows(text(out, StandardCharsets.UTF_8));
             }) {
            Optional<PageCursor> after = Optional.empty();
            do {
                cancellation.check();
                Page<ContactRow> page = contacts.page(query, after, PAGE, cancellation);
                for (ContactRow row : page.items()) {
                    rows.write(row);
                }
                written += page.items().size();
                progress.update(TransferProgress.Stage.WRITING, written,
                        total.capped() || total.count() == 0 ? -1 : Math.min(1.0, (double) written / total.count()));
                after = page.next();
            } while (after.isPresent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
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
