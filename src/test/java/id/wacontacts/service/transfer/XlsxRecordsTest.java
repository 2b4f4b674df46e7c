package id.wacontacts.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        assertThat(records.get(1).fields()).containsExactly("85712345678", "", "12.5");
        assertThat(records.get(2).fields()).containsExactly("", "#N/A");
    }

    /** A workbook whose first sheet is hidden. */
    private Path workbook(String hidden, String shown) throws IOException {
        Path file = temp.resolve("book.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"Petunjuk\" sheetId=\"1\" state=\"hidden\" r:id=\"rId1\"/>"
                    + "<sheet name=\"Kontak\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/worksheet\" Target=\"worksheets/sheet2.xml\"/></Relationships>");
            put(zip, "xl/worksheets/sheet1.xml", hidden);
            put(zip, "xl/worksheets/sheet2.xml", shown);
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
