package id.wacontacts.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.ContactService;
import id.wacontacts.service.ImportException;
import id.wacontacts.service.ImportException.Problem;
import id.wacontacts.testsupport.ServiceFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The encoding of a text list is judged from the whole file, not from its first 64 KiB. */
class TextEncodingTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("text-encoding");

    /** More rows of plain ASCII than the format's sample holds. */
    private static final int ASCII_ROWS = 6_000;

    @TempDir
    Path temp;

    @Test
    void aFileThatIsAsciiForItsFirst64KibAndWindows1252AfterIsReadAsWindows1252() throws IOException {
        ByteArrayOutputStream bytes = asciiRows();
        bytes.write("0813-1111-2222,Caf\u00E9 Ibu Siti\n".getBytes(StandardCharsets.ISO_8859_1));
        Path file = write("ansi.csv", bytes);

        ImportSummary summary = importWithCategoryColumn(file);

        assertThat(summary.encoding()).isEqualTo("Windows-1252");
        assertThat(fixture.categories().findByName("Caf\u00E9 Ibu Siti")).isPresent();
        assertThat(all()).extracting(ContactRow::categoryName).noneMatch(name -> name.contains("\uFFFD"));
    }

    @Test
    void aUtf8FileWhoseLettersComeAfterItsFirst64KibIsReadAsUtf8() throws IOException {
        ByteArrayOutputStream bytes = asciiRows();
        bytes.write("0813-1111-2222,Pelanggan Bandung \u2014 Ciumbuleuit\n".getBytes(StandardCharsets.UTF_8));
        Path file = write("utf8.csv", bytes);

        ImportSummary summary = importWithCategoryColumn(file);

        assertThat(summary.encoding()).isEqualTo("UTF-8");
        assertThat(fixture.categories().findByName("Pelanggan Bandung \u2014 Ciumbuleuit")).isPresent();
    }

    @Test
    void aUtf8FileWithAStrayByteIsRefusedNamingTheLineInsteadOfReadAsWindows1252() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("nomor,kategori\n0812-3456-7890,Pelanggan Bandung \u2014 Ciumbuleuit\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("0813-1111-2222,Caf\u00E9\n".getBytes(StandardCharsets.ISO_8859_1));
        for (int i = 0; i < ASCII_ROWS; i++) {
            bytes.write(String.format(Locale.ROOT, "0812%08d,Ibu \u00D6zt\u00FCrk\n", i).getBytes(StandardCharsets.UTF_8));
        }
        Path file = write("stray.csv", bytes);

        assertThatThrownBy(() -> fixture.imports().inspect(file)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.MIXED_ENCODING);
            assertThat(e.getMessage()).contains("line 3");
        });
        assertThatThrownBy(() -> importWithCategoryColumn(file)).isInstanceOf(ImportException.class);
        assertThat(all()).isEmpty();
    }

    @Test
    void aWindows1252FileWithAnAccidentalUtf8PairIsStillWindows1252() {
        byte[] text = "Caf\u00E9 Cr\u00E8me \u00C3\u00A9 Sa\u00EFd \u00E0 \u00E8 \u00F6 \u00FC \u00E4 \u00EB \u00EF \u00F1 \u00E7 \u00E5 \u00E6 \u00F8 \u00E1 \u00ED \u00F3 \u00FA \u00E2 \u00EA \u00EE"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(SourceFormat.detect("list.csv", text).charset()).isEqualTo(SourceFormat.WINDOWS_1252);
    }

    private ImportSummary importWithCategoryColumn(Path file) {
        return fixture.imports().importFile(file, new ImportOptions(0, OptionalInt.of(1), true, null, true), null,
                Locale.ENGLISH, TransferProgress.NONE, new Cancellation());
    }

    private static ByteArrayOutputStream asciiRows() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("nomor,kategori\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < ASCII_ROWS; i++) {
            bytes.write(String.format(Locale.ROOT, "0812%08d,Prospek\n", i).getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(bytes.size()).isGreaterThan(SourceFormat.SAMPLE_BYTES);
        return bytes;
    }

    private Path write(String name, ByteArrayOutputStream bytes) throws IOException {
        Path file = temp.resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static java.util.List<ContactRow> all() {
        return fixture.contacts().page(ContactQuery.ALL, Optional.empty(), ContactService.MAX_PAGE_SIZE).items();
    }
}
