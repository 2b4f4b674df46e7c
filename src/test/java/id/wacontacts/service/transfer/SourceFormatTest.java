package id.wacontacts.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.service.ImportException;
import id.wacontacts.service.ImportException.Problem;
import java.nio.charset.StandardCharsets;
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
                .hasMessageContaining("picture.png is not a CSV or vCard file");
    }

    @Test
    void refusesAnExcelWorkbookSayingToSaveItAsCsv() {
        assertThatThrownBy(() -> SourceFormat.detect(TestFiles.path(TestFiles.WORKBOOK)))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.SPREADSHEET))
                .hasMessageContaining("save it as \"CSV UTF-8");
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
