package id.wacontacts.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.ContactService;
import id.wacontacts.service.ValidationException;
import id.wacontacts.service.ValidationException.Rule;
import id.wacontacts.testsupport.ServiceFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An import reads category names by the same rules as the window. */
class ImportCategoryNamesTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("import-category-names");

    @TempDir
    Path temp;

    @Test
    void aCategoryColumnsLookAlikesGoToTheExistingCategoryAndControlCharactersAreRefused() throws IOException {
        Path file = list("nomor,kategori\n"
                + "0812-3456-7890,prospek\n"
                + "0813-1111-2222,\uFF30\uFF32\uFF2F\uFF33\uFF30\uFF25\uFF2B\n"
                + "0857-3333-4444,\"Pelanggan\tVIP\"\n"
                + "0858-5555-6666,\"x;ROLLBACK;TRUNCATE phone_numbers;--\nlagi\"\n"
                + "0859-7777-8888," + "k".repeat(101) + "\n"
                + "0811-9999-0000,\u00A0\n");
        ImportOptions options = new ImportOptions(0, OptionalInt.of(1), true, "Lead", true);
        Path rejects = temp.resolve("rejects.csv");

        ImportPreview preview = fixture.imports().preview(file, options, TransferProgress.NONE, new Cancellation());
        ImportSummary summary = fixture.imports().importFile(file, options, rejects, Locale.ENGLISH,
                TransferProgress.NONE, new Cancellation());

        assertThat(preview.newCategories()).isEmpty();
        assertThat(preview.shown()).extracting(PreviewRow::line, row -> row.rejection() == null ? null : row.rejection().code())
                .containsExactlyInAnyOrder(tuple(2L, null), tuple(3L, null), tuple(4L, "CATEGORY_NAME_CONTROL_CHARACTERS"),
                        tuple(5L, "CATEGORY_NAME_CONTROL_CHARACTERS"), tuple(7L, "CATEGORY_NAME_TOO_LONG"), tuple(8L, null));
        assertThat(summary.createdCategories()).isEmpty();
        assertThat(summary.imported()).isEqualTo(3);
        assertThat(all()).extracting(ContactRow::originalNumber, ContactRow::categoryName).containsExactlyInAnyOrder(
                tuple("0812-3456-7890", "Prospek"), tuple("0813-1111-2222", "Prospek"), tuple("0811-9999-0000", "Lead"));
        assertThat(Files.readString(rejects)).contains("CATEGORY_NAME_CONTROL_CHARACTERS", "CATEGORY_NAME_TOO_LONG");
        assertThat(fixture.categories().list()).hasSize(5);
    }

    @Test
    void theChosenCategoryIsFoundByItsLookAlike() throws IOException {
        Path file = list("0812-3456-7890\n");

        ImportSummary summary = fixture.imports().importFile(file,
                new ImportOptions(0, OptionalInt.empty(), false, "\uFF30\uFF32\uFF2F\uFF33\uFF30\uFF25\uFF2B", true), null,
                Locale.ENGLISH, TransferProgress.NONE, new Cancellation());

        assertThat(summary.createdCategories()).isEmpty();
        assertThat(all()).extracting(ContactRow::categoryName).containsExactly("Prospek");
    }

    @Test
    void aChosenNameOverAHundredCharactersIsTooLongNotMissing() throws IOException {
        Path file = list("0812-3456-7890\n");
        ImportOptions options = new ImportOptions(0, OptionalInt.empty(), false, "k".repeat(101), false);

        assertThatThrownBy(() -> fixture.imports().preview(file, options, TransferProgress.NONE, new Cancellation()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.rule()).isEqualTo(Rule.CATEGORY_NAME_TOO_LONG));
        assertThatThrownBy(() -> fixture.imports().importFile(file, options.withCategory("k".repeat(101), true), null,
                Locale.ENGLISH, TransferProgress.NONE, new Cancellation()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.rule()).isEqualTo(Rule.CATEGORY_NAME_TOO_LONG));
        assertThatThrownBy(() -> fixture.imports().importFile(file, options.withCategory("Arisan\tRT 05", true), null,
                Locale.ENGLISH, TransferProgress.NONE, new Cancellation()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.rule()).isEqualTo(Rule.CATEGORY_NAME_CONTROL_CHARACTERS));
        assertThat(all()).isEmpty();
    }

    private Path list(String text) throws IOException {
        Path file = temp.resolve("list.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<ContactRow> all() {
        return fixture.contacts().page(ContactQuery.ALL, Optional.empty(), ContactService.MAX_PAGE_SIZE).items();
    }
}
