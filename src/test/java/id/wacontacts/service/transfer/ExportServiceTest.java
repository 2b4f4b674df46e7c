package id.wacontacts.service.transfer;

import id.wacontacts.service.Cancellation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.service.CategoryService;
import id.wacontacts.service.ContactService;
import id.wacontacts.testsupport.ServiceFixture;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.assertj.core.groups.Tuple;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExportServiceTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("export");
    private static ImportService imports;
    private static ExportService exports;
    private static CategoryService categories;
    private static ContactService contacts;

    @TempDir
    Path temp;

    @BeforeAll
    static void openDatabase() {
        imports = fixture.imports();
        categories = fixture.categories();
        contacts = fixture.contacts();
        exports = fixture.exports();
    }

    @BeforeEach
    void fill() {
        importFile(TestFiles.EXCEL_CSV, "Arisan");
        importFile(TestFiles.PHONE_VCARD, "Kontak HP");
        importFile(TestFiles.DUPLICATES_AND_GARBAGE, "Prospek, \"Jakarta\"");
    }

    @Test
    void csvHasABomAHeaderQuotedFieldsAndLocalTimes() throws IOException {
        Path file = exportArisansNumberAddedAt0030Jakarta(ExportFormat.CSV, "arisan.csv");

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "original_number,normalized_number,category,created_at\r\n"
                + "0812-3456-7890,+6281234567890,Arisan,2024-05-02 00:30:00\r\n");
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"CSV", "EXCEL_CSV", "XLSX"})
    void everySpreadsheetFormatRoundTripsEveryContactAndCategory(ExportFormat format) {
        List<Tuple> before = snapshot(true);
        Path file = temp.resolve("all." + format.extension());
        exports.export(ContactQuery.ALL, format, file, JAKARTA, TransferProgress.NONE, new Cancellation());
        fixture.reset();

        FileInspection inspection = imports.inspect(file);
        assertThat(inspection.format().format()).isEqualTo(format == ExportFormat.XLSX ? FileFormat.XLSX : FileFormat.CSV);
        assertThat(inspection.hasHeader()).isTrue();
        assertThat(inspection.numberColumn()).isZero();
        assertThat(inspection.categoryColumn()).hasValue(2);
        ImportSummary summary = imports.importFile(file, inspection.guessedOptions(null, true)
                        .withCategoryColumn(inspection.categoryColumn()), null, Locale.ENGLISH, TransferProgress.NONE,
                new Cancellation());

        assertThat(summary.invalid()).isZero();
        assertThat(summary.imported()).isEqualTo(before.size());
        assertThat(snapshot(true)).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void excelCsvIsUtf16WithABomTabsCrlfAndTextFormulas() throws IOException {
        Path file = exportArisansNumberAddedAt0030Jakarta(ExportFormat.EXCEL_CSV, "arisan.csv");

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0xFF, (byte) 0xFE);
        assertThat(new String(bytes, StandardCharsets.UTF_16LE)).isEqualTo("\uFEFF"
                + "original_number\tnormalized_number\tcategory\tcreated_at\r\n"
                + "=\"0812-3456-7890\"\t=\"+6281234567890\"\t=\"Arisan\"\t2024-05-02 00:30:00\r\n");
        SourceFormat detected = SourceFormat.detect(file);
        assertThat(detected.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(detected.delimiter()).isEqualTo('\t');
    }

    @Test
    void excelCsvWritesACategoryNameThatLooksLikeAFormulaAsText() throws IOException {
        int hyperlink = categories.create("=HYPERLINK(\"x\")", null).id();
        contacts.add("+62 811-2000-3000", hyperlink);
        Path file = temp.resolve("hyperlink.csv");

        exports.export(ContactQuery.inCategory(hyperlink), ExportFormat.EXCEL_CSV, file, JAKARTA,
                TransferProgress.NONE, new Cancellation());

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_16LE);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).split("\t")).startsWith(
                "=\"+62 811-2000-3000\"", "=\"+6281120003000\"", "=\"=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void workbookHasTextCellsADateCellAndAFrozenHeader() throws IOException {
        Path file = exportArisansNumberAddedAt0030Jakarta(ExportFormat.XLSX, "arisan.xlsx");

        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("WA Contacts");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).stream().map(Cell::getText))
                    .containsExactly("original_number", "normalized_number", "category", "created_at");
            assertThat(rows.get(1).stream().limit(3)).allSatisfy(cell -> assertThat(cell.getType()).isEqualTo(CellType.STRING))
                    .extracting(Cell::getText).containsExactly("0812-3456-7890", "+6281234567890", "Arisan");
            assertThat(rows.get(1).getCell(3).asDate()).isEqualTo(LocalDateTime.of(2024, 5, 2, 0, 30));
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(sheet).contains("ySplit=\"1\"", "state=\"frozen\"").doesNotContain("<f>");
        }
    }

    @Test
    void aWorkbookGoesOnInANewSheetWhenOneIsFull() throws IOException {
        Path file = temp.resolve("sheets.xlsx");
        LocalDateTime added = LocalDateTime.of(2025, 1, 1, 1, 0);
        try (OutputStream out = Files.newOutputStream(file); WorkbookRows rows = new WorkbookRows(out, JAKARTA, 2)) {
            for (int i = 1; i <= 5; i++) {
                rows.write(new ContactRow(i, "0812-0000-000" + i, "+62812000000" + i, 1, "Lead", added, added));
            }
        }

        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            assertThat(workbook.getSheets().map(Sheet::getName))
                    .containsExactly("WA Contacts", "WA Contacts (2)", "WA Contacts (3)");
            List<List<String>> numbers = workbook.getSheets().map(sheet -> {
                try {
                    return sheet.read().stream().map(row -> row.getCellText(1)).toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            assertThat(numbers).containsExactly(
                    List.of("normalized_number", "+628120000001", "+628120000002"),
                    List.of("normalized_number", "+628120000003", "+628120000004"),
                    List.of("normalized_number", "+628120000005"));
        }
    }

    @Test
    void excelCsvOfACategoryImportsIntoAnotherWithTheSameNumbers() {
        int arisan = categories.findByName("Arisan").orElseThrow().id();
        List<Tuple> before = contacts.page(ContactQuery.inCategory(arisan), Optional.empty(),
                ContactService.MAX_PAGE_SIZE).items().stream()
                .map(row -> tuple(row.originalNumber(), row.normalizedNumber())).toList();
        assertThat(before).isNotEmpty();
        Path file = temp.resolve("arisan.csv");
        exports.export(ContactQuery.inCategory(arisan), ExportFormat.EXCEL_CSV, file, JAKARTA, TransferProgress.NONE,
                new Cancellation());
        fixture.reset();

        FileInspection inspection = imports.inspect(file);
        ImportSummary summary = imports.importFile(file, inspection.guessedOptions("Arisan Baru", true), null,
                Locale.ENGLISH, TransferProgress.NONE, new Cancellation());

        assertThat(summary.imported()).isEqualTo(before.size());
        int copy = categories.findByName("Arisan Baru").orElseThrow().id();
        assertThat(contacts.page(ContactQuery.inCategory(copy), Optional.empty(), ContactService.MAX_PAGE_SIZE).items())
                .extracting(ContactRow::originalNumber, ContactRow::normalizedNumber)
                .containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void vcardRoundTripsEveryNumberAndCategory() throws IOException {
        List<Tuple> before = snapshot(false);
        Path file = temp.resolve("all.vcf");
        exports.export(ContactQuery.ALL, ExportFormat.VCARD, file, JAKARTA, TransferProgress.NONE, new Cancellation());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
                .contains("TEL;TYPE=cell:+6281234567890", "CATEGORIES:Arisan", "FN:Arisan 0812-3456-7890")
                .doesNotContain("PRODID");
        fixture.reset();

        FileInspection inspection = imports.inspect(file);
        ImportSummary summary = imports.importFile(file, inspection.guessedOptions(null, true)
                        .withCategoryColumn(inspection.categoryColumn()), null, Locale.ENGLISH, TransferProgress.NONE,
                new Cancellation());

        assertThat(summary.imported()).isEqualTo(before.size());
        assertThat(snapshot(false)).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aCancelledExportLeavesNoFile() {
        Path file = temp.resolve("cancelled.csv");
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> exports.export(ContactQuery.ALL, ExportFormat.CSV, file,
                JAKARTA, TransferProgress.NONE, cancellation)).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(file).doesNotExist();
        assertThat(temp.resolve("cancelled.csv.part")).doesNotExist();
    }

    /** Exports the one Arisan number matching "0812-3456", added 2024-05-01 17:30 UTC (00:30 in Jakarta). */
    private Path exportArisansNumberAddedAt0030Jakarta(ExportFormat format, String name) {
        fixture.sql("UPDATE phone_numbers SET created_at = '2024-05-01 17:30:00' WHERE normalized_number = '+6281234567890'");
        int arisan = categories.findByName("Arisan").orElseThrow().id();
        Path file = temp.resolve(name);

        long written = exports.export(ContactQuery.inCategory(arisan).withSearch("0812-3456"), format, file, JAKARTA,
                TransferProgress.NONE, new Cancellation());

        assertThat(written).isEqualTo(1);
        return file;
    }

    private static List<Tuple> snapshot(boolean withOriginal) {
        List<ContactRow> rows = contacts.page(ContactQuery.ALL, Optional.empty(), ContactService.MAX_PAGE_SIZE).items();
        assertThat(rows).hasSize(8);
        return rows.stream().map(row -> withOriginal
                ? tuple(row.originalNumber(), row.normalizedNumber(), row.categoryName())
                : tuple(row.normalizedNumber(), row.categoryName())).toList();
    }

    private static void importFile(String name, String category) {
        FileInspection inspection = imports.inspect(TestFiles.path(name));
        imports.importFile(inspection.file(), inspection.guessedOptions(category, true), null, Locale.ENGLISH,
                TransferProgress.NONE, new Cancellation());
    }
}
