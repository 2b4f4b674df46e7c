package id.wacontacts.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.service.ImportException;
import id.wacontacts.service.ImportException.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class SourceFormatTest {

    @Test
    void readsExcelsUtf8CsvWithBomAndSemicolons() {
        SourceFormat format = SourceFormat.detect(TestFiles.path(TestFiles.EXCEL_CSV));

        assertThat(format.format()).isEqualTo(FileFormat.CSV);
        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(format.bomLength()).isEqualTo(3);
        assertThat(format.delimiter()).isEqualTo(';');
    }

    @Test
    void findsCommaAndTabSeparators() {
        assertThat(detect("name,phone\nA,0812\nB,0813\n").delimiter()).isEqualTo(',');
        assertThat(detect("name\tphone\nA\t0812\nB\t0813\n").delimiter()).isEqualTo('\t');
    }

    @Test
    void aSeparatorInsideQuotesDoesNotCount() {
        assertThat(detect("nama;hp\n\"Budi, Toko\";0812\n\"Ani, Warung\";0813\n").delimiter()).isEqualTo(';');
    }

    @Test
    void aSingleColumnListIsCsv() {
        assertThat(detect("0812-3456-7890\n0813 1111 2222\n").format()).isEqualTo(FileFormat.CSV);
    }

    @Test
    void recognisesVcardByItsContent() {
        assertThat(SourceFormat.detect(TestFiles.path(TestFiles.PHONE_VCARD)).format()).isEqualTo(FileFormat.VCARD);
    }

    @Test
    void excelsAnsiCsvIsReadAsWindows1252() {
        byte[] bytes = "nama;hp\nJos\u00e9;0812\n".getBytes(SourceFormat.WINDOWS_1252);
        assertThat(SourceFormat.detect("ansi.csv", bytes).charset()).isEqualTo(SourceFormat.WINDOWS_1252);
    }

    @Test
    void excelsUnicodeTextIsUtf16() {
        byte[] text = "nama\thp\nBudi\t0812\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        SourceFormat format = SourceFormat.detect("unicode.txt", bytes);
        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(format.delimiter()).isEqualTo('\t');
    }

    @Test
    void refusesAPicture() {
        assertThatThrownBy(() -> SourceFormat.detect(TestFiles.path(TestFiles.PICTURE)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_TEXT))
                .hasMessageContaining("picture.png is not a CSV, Excel or vCard file");
    }

    @Test
    void readsAnExcelWorkbook() {
        SourceFormat format = SourceFormat.detect(TestFiles.path(TestFiles.WORKBOOK));

        assertThat(format.format()).isEqualTo(FileFormat.XLSX);
        assertThat(format).hasToString("XLSX");
    }

    @Test
    void refusesAnOldExcelWorkbookSayingToSaveItAsXlsxOrCsv() {
        assertThatThrownBy(() -> SourceFormat.detect(TestFiles.path(TestFiles.OLD_WORKBOOK)))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.SPREADSHEET))
                .hasMessageStartingWith("contacts.xls is an Excel 97-2003 workbook (.xls) or a workbook protected by a"
                        + " password. Open it in Excel and save a copy as \"Excel Workbook (.xlsx)\" or \"CSV UTF-8");
    }

    @Test
    void refusesAnOpenDocumentSheetSayingToSaveItAsXlsxOrCsv() {
        assertThatThrownBy(() -> SourceFormat.detect(TestFiles.path(TestFiles.OPEN_DOCUMENT_SHEET)))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.SPREADSHEET))
                .hasMessage("contacts.ods is an OpenDocument spreadsheet (.ods). Save it as \"Excel 2007-365 (.xlsx)\""
                        + " or as CSV first.");
    }

    @Test
    void refusesACompressedFileThatIsNoWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThatThrownBy(() -> SourceFormat.detect("letter.docx", bytes.toByteArray()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_TEXT))
                .hasMessageStartingWith("letter.docx is a compressed file, not a list.");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> SourceFormat.detect("empty.csv", "\uFEFF \n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.EMPTY_FILE));
    }

    private static SourceFormat detect(String text) {
        return SourceFormat.detect("test.csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
