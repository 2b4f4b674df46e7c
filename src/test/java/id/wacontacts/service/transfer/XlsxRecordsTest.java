package id.wacontacts.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.phone.NormalizationResult;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.phone.RejectReason;
import id.wacontacts.service.ImportException;
import id.wacontacts.service.ImportException.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the import reads from cells a spreadsheet writes in ways the test workbook does not show:
 * a hidden first sheet, formulas, inline strings, scientific notation and number formats.
 */
class XlsxRecordsTest {

    @TempDir
    Path temp;

    @Test
    void readsTheFirstVisibleSheetWithFormulaResultsAndNumbersInPlainDigits() throws IOException {
        Path file = workbook(
                sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>petunjuk</t></is></c></row>"),
                sheet("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>0812-3456-7890</t></is></c>"
                        + "<c r=\"B2\"><f>A2*1</f><v>6.2812345678900003E+12</v></c>"
                        + "<c r=\"C2\" t=\"str\"><f>\"0\"&amp;A3</f><v>085712345678</v></c></row>"
                        + "<row r=\"3\"><c r=\"A3\"><v>8.5712345678E10</v></c><c r=\"C3\"><v>12.50</v></c></row>"
                        + "<row r=\"4\"><c r=\"B4\" t=\"inlineStr\"><is><t> </t></is></c></row>"
                        + "<row r=\"5\"><c r=\"B5\" t=\"e\"><v>#N/A</v></c></row>"));

        List<SourceRecord> records = new ArrayList<>();
        try (XlsxRecords source = new XlsxRecords(file)) {
            for (SourceRecord record = source.next(); record != null; record = source.next()) {
                records.add(record);
            }
            assertThat(source.bytesRead()).isEqualTo(-1);
            assertThat(source.sheets()).containsExactly("Kontak");
        }

        assertThat(records).extracting(SourceRecord::line).containsExactly(2L, 3L, 5L);
        assertThat(records.get(0).fields()).containsExactly("0812-3456-7890", "6281234567890", "085712345678");
        assertThat(records.get(1).fields()).containsExactly("85712345678", "", "1.25E1");
        assertThat(records.get(2).fields()).containsExactly("", "#N/A");
    }

    @Test
    void aFractionIsNeverReadAsDigitsAndAFormulaNeverComputedIsShownAsTheFormula() throws IOException {
        Path file = workbook(sheet("<row r=\"1\"><c r=\"A1\"><v>81234567890.5</v></c>"
                + "<c r=\"B1\"><f>A2*1</f><v>6281234567890.0009</v></c>"
                + "<c r=\"C1\"><f>A2/3</f><v>27078189296.833332</v></c>"
                + "<c r=\"D1\"><f>A2*1</f></c>"
                + "<c r=\"E1\" t=\"b\"><v>1</v></c></row>"));

        List<SourceRecord> records = read(file);

        assertThat(records).hasSize(1);
        assertThat(records.get(0).fields()).containsExactly("8.12345678905E10", "6281234567890", "2.70781892968333E10",
                "=A2*1", "true");
        PhoneNormalizer normalizer = new PhoneNormalizer(PhoneNormalizer.DEFAULT_REGION);
        assertThat(normalizer.normalize("8.12345678905E10")).isInstanceOfSatisfying(NormalizationResult.Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(RejectReason.SCIENTIFIC_NOTATION));
    }

    @Test
    void rowsWithoutTheirNumberAreCountedFromOneAndTrailingEmptyCellsAreNoColumns() throws IOException {
        Path file = workbook(sheet("<row><c t=\"inlineStr\"><is><t>nomor</t></is></c></row>"
                + "<row><c t=\"inlineStr\"><is><t>0812-3456-7890</t></is></c><c s=\"1\"/><c s=\"1\"/></row>"
                + "<row><c s=\"1\"/></row>"
                + "<row><c t=\"inlineStr\"><is><t>0813-1111-2222</t></is></c></row>"));

        List<SourceRecord> records = read(file);

        assertThat(records).extracting(SourceRecord::line).containsExactly(1L, 2L, 4L);
        assertThat(records).allSatisfy(record -> assertThat(record.fields()).hasSize(1));
    }

    @Test
    void aBinaryWorkbookIsRefusedWithWhatToSaveItAs() throws IOException {
        Path file = temp.resolve("daftar.xlsb");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<Types/>");
            put(zip, "xl/workbook.bin", "binary");
        }

        assertThatThrownBy(() -> new XlsxRecords(file)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.SPREADSHEET))
                .hasMessageStartingWith("daftar.xlsb is an Excel binary workbook (.xlsb).");
    }

    @Test
    void aWorkbookCutShortOrNotAPackageIsDamagedAndLeavesNoFileOpen() throws IOException {
        Path good = workbook(sheet("<row r=\"1\"><c r=\"A1\"><v>81234567890</v></c></row>"));
        byte[] bytes = Files.readAllBytes(good);
        Path cut = temp.resolve("terpotong.xlsx");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        Path notAPackage = TestFiles.path(TestFiles.DAMAGED_WORKBOOK);
        long open = openFiles();

        for (int i = 0; i < 20; i++) {
            for (Path file : List.of(cut, notAPackage)) {
                assertThatThrownBy(() -> new XlsxRecords(file)).isInstanceOfSatisfying(ImportException.class,
                        e -> {
                            assertThat(e.problem()).isEqualTo(Problem.DAMAGED_WORKBOOK);
                            assertThat(e.detail()).isEqualTo(file.getFileName().toString());
                        });
            }
        }

        if (open >= 0) {
            assertThat(openFiles()).isLessThan(open + 5);
        }
    }

    @Test
    void aDamagedSheetIsDescribedInWordsNotByTheParsersClassNames() throws IOException {
        Path broken = workbook(sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>0812</is></c></row>"));

        assertThatThrownBy(() -> read(broken)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.DAMAGED_WORKBOOK);
            assertThat(e.getMessage()).doesNotContainPattern("\\b[a-z]+\\.[a-z]+\\.[a-zA-Z.]*[A-Z]\\w*")
                    .doesNotContain("Exception").contains("cannot be read as an Excel workbook (");
        });
        assertThat(RecordSource.reason(new IllegalStateException(new RuntimeException(
                "com.fasterxml.aalto.WFCException: Unexpected close tag </is>; expected </t>.\n at [row,col]: [1,40]"))))
                .isEqualTo("Unexpected close tag </is>; expected </t>. at [row,col]: [1,40]");
        assertThat(RecordSource.reason(new IllegalStateException((String) null))).isEqualTo("the data is damaged");
    }

    private static List<SourceRecord> read(Path file) throws IOException {
        List<SourceRecord> records = new ArrayList<>();
        try (XlsxRecords source = new XlsxRecords(file)) {
            for (SourceRecord record = source.next(); record != null; record = source.next()) {
                records.add(record);
            }
        }
        return records;
    }

    /** This process's open files, where Linux lists them; -1 elsewhere. */
    private static long openFiles() throws IOException {
        Path descriptors = Path.of("/proc/self/fd");
        if (!Files.isDirectory(descriptors)) {
            return -1;
        }
        try (Stream<Path> files = Files.list(descriptors)) {
            return files.count();
        }
    }

    /** A workbook whose first sheet is hidden. */
    private Path workbook(String hidden, String shown) throws IOException {
        return workbook("book.xlsx", new String[] {"Petunjuk", "hidden", hidden}, new String[] {"Kontak", null, shown});
    }

    /** A workbook of one sheet. */
    private Path workbook(String sheet) throws IOException {
        return workbook("one.xlsx", new String[] {"Kontak", null, sheet});
    }

    /** Sheets given as name, state (null: visible) and the sheet's XML. */
    private Path workbook(String fileName, String[]... sheets) throws IOException {
        Path file = temp.resolve(fileName);
        StringBuilder types = new StringBuilder();
        StringBuilder entries = new StringBuilder();
        StringBuilder relations = new StringBuilder();
        for (int i = 1; i <= sheets.length; i++) {
            String[] sheet = sheets[i - 1];
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                    .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            entries.append("<sheet name=\"").append(sheet[0]).append("\" sheetId=\"").append(i).append('"')
                    .append(sheet[1] == null ? "" : " state=\"" + sheet[1] + "\"").append(" r:id=\"rId").append(i)
                    .append("\"/>");
            relations.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/")
                    .append("officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i)
                    .append(".xml\"/>");
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".spreadsheetml.sheet.main+xml\"/>" + types + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + entries + "</sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + relations + "</Relationships>");
            for (int i = 1; i <= sheets.length; i++) {
                put(zip, "xl/worksheets/sheet" + i + ".xml", sheets[i - 1][2]);
            }
        }
        return file;
    }

    private static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + rows + "</sheetData></worksheet>";
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
