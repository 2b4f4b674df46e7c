package id.wacontacts.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.service.ImportException;
import id.wacontacts.service.ImportException.Problem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to use up the memory are refused with an import problem by a JVM with a 256 MB heap.
 * The bombs are made here (small files that unpack or parse into gigabytes), never committed.
 */
class ReaderBoundsTest {

    @TempDir
    Path temp;

    @Test
    void aWorkbookWhoseOneCellUnpacksToAQuarterGibibyteIsRefused() throws Exception {
        Path bomb = workbook("bomb.xlsx", 256L << 20);
        assertThat(Files.size(bomb)).isLessThan(8L << 20);

        assertThat(readInSmallHeap(bomb)).startsWith("TOO_LARGE ").contains("bomb.xlsx");
    }

    @Test
    void aContactCardHoldingAMillionNumbersIsRefused() throws Exception {
        Path bomb = temp.resolve("bomb.vcf");
        try (Writer out = Files.newBufferedWriter(bomb, StandardCharsets.UTF_8)) {
            out.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bom\r\n");
            for (int i = 0; i < 1_000_000; i++) {
                out.write("TEL;TYPE=CELL:+62812" + String.format("%08d", i) + "\r\n");
            }
            out.write("END:VCARD\r\n");
        }
        assertThat(Files.size(bomb)).isGreaterThan(30_000_000L);

        assertThat(readInSmallHeap(bomb)).startsWith("TOO_LARGE ").contains("more than 1000 numbers");
    }

    @Test
    void aCsvFieldOfAHundredMegabytesIsRefused() throws Exception {
        Path bomb = temp.resolve("bomb.csv");
        try (BufferedWriter out = Files.newBufferedWriter(bomb, StandardCharsets.UTF_8)) {
            out.write("nomor,catatan\n0812-3456-7890,\"");
            char[] line = new char[1 << 16];
            Arrays.fill(line, 'x');
            for (int i = 0; i < 1600; i++) {
                out.write(line);
            }
            out.write("\"\n");
        }

        assertThat(readInSmallHeap(bomb)).startsWith("TOO_LARGE ");
    }

    @Test
    void ordinaryCardsWorkbooksAndRowsStayWellInsideTheBounds() throws IOException {
        Path cards = temp.resolve("cards.vcf");
        StringBuilder text = new StringBuilder();
        for (int card = 0; card < 3; card++) {
            text.append("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kontak ").append(card).append("\r\n");
            for (int i = 0; i < 1_000; i++) {
                text.append("item").append(i).append(".TEL:+62812").append(String.format("%04d%04d", card, i)).append("\r\n");
            }
            for (int i = 0; i < 5_000; i++) {
                text.append("NOTE:catatan ").append(i).append("\r\n");
            }
            text.append("END:VCARD\r\n");
        }
        Files.writeString(cards, text);
        Path sheet = workbook("ok.xlsx", 10_000);

        assertThat(readAll(cards)).isEqualTo(3_000);
        assertThat(readAll(sheet)).isEqualTo(1);
        assertThat(readAll(TestFiles.path(TestFiles.WORKBOOK))).isPositive();
    }

    @Test
    void aCardOfAThousandAndOneNumbersOrTwentyThousandLinesIsRefused() throws IOException {
        Path numbers = temp.resolve("numbers.vcf");
        Files.writeString(numbers, "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                + "tel;type=cell:+6281234567890\r\n".repeat(1_001) + "END:VCARD\r\n");
        Path lines = temp.resolve("lines.vcf");
        Files.writeString(lines, "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:+6281234567890\r\n"
                + "NOTE:x\r\n".repeat(20_000) + "END:VCARD\r\n");

        for (Path file : List.of(numbers, lines)) {
            assertThatThrownBy(() -> readAll(file)).isInstanceOfSatisfying(ImportException.class,
                    e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
        }
    }

    @Test
    void aWorkbookThatUnpacksToMoreThanAHundredTimesItsSizeIsRefused() throws IOException {
        Path file = temp.resolve("repeated.xlsx");
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            rows.append("<row><c t=\"inlineStr\"><is><t>0812</t></is></c></row>");
        }
        writeWorkbook(file, out -> out.write(rows.toString().getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> readAll(file)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
    }

    private static long readAll(Path file) throws IOException {
        try (RecordSource source = RecordSource.open(file, SourceFormat.detect(file))) {
            long records = 0;
            while (source.next() != null) {
                records++;
            }
            return records;
        }
    }

    /** What {@link ReadAllRecords} printed, run with -Xmx256m. */
    private static String readInSmallHeap(Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ReadAllRecords.class.getName(), file.toString())).redirectErrorStream(true).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the reading finishes").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().reduce((first, last) -> last).orElse("");
    }

    /** A workbook whose sheet holds one text cell of {@code cellBytes} letters. */
    private Path workbook(String name, long cellBytes) throws IOException {
        Path file = temp.resolve(name);
        writeWorkbook(file, out -> {
            out.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.US_ASCII));
            byte[] letters = new byte[1 << 16];
            Arrays.fill(letters, (byte) 'a');
            for (long written = 0; written < cellBytes; written += letters.length) {
                out.write(letters, 0, (int) Math.min(letters.length, cellBytes - written));
            }
            out.write("</t></is></c></row>".getBytes(StandardCharsets.US_ASCII));
        });
        return file;
    }

    @FunctionalInterface
    private interface Rows {
        void write(OutputStream out) throws IOException;
    }

    private static void writeWorkbook(Path file, Rows rows) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            rows.write(zip);
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
