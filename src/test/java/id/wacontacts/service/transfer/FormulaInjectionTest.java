package id.wacontacts.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.CategoryService;
import id.wacontacts.service.ContactService;
import id.wacontacts.testsupport.ServiceFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** No CSV the app writes for Excel can make Excel run a formula, and import reads such cells back. */
class FormulaInjectionTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("formula");
    private static ImportService imports;
    private static ExportService exports;
    private static CategoryService categories;
    private static ContactService contacts;

    @TempDir
    Path temp;

    @BeforeAll
    static void openDatabase() {
        imports = fixture.imports();
        exports = fixture.exports();
        categories = fixture.categories();
        contacts = fixture.contacts();
    }

    @Test
    void cellsThatWouldStartAFormulaGetALeadingApostrophePhoneNumbersStayAsWritten() {
        assertThat(FormulaGuard.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(FormulaGuard.neutralise("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(FormulaGuard.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(FormulaGuard.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FormulaGuard.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(FormulaGuard.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(FormulaGuard.neutralise("+62 812-3456-7890")).isEqualTo("+62 812-3456-7890");
        assertThat(FormulaGuard.neutralise("+6281234567890")).isEqualTo("+6281234567890");
        assertThat(FormulaGuard.neutralise("Pelanggan VIP")).isEqualTo("Pelanggan VIP");
        assertThat(FormulaGuard.restore("'=1+1")).isEqualTo("=1+1");
        assertThat(FormulaGuard.restore("'Ndeso")).isEqualTo("'Ndeso");
    }

    @Test
    void theRejectedRowsFileNeutralisesCellsFromTheImportedFileAndImportsAgainAsWritten() throws IOException {
        Path file = temp.resolve("hostile.csv");
        Files.writeString(file, "nomor,kategori\n"
                + "\"=HYPERLINK(\"\"http://evil\"\",\"\"klik\"\")\",Prospek\n"
                + "0812-3456-7890,\"-Diskon;=cmd|' /C calc'!A0\"\n"
                + "+62 813-1111-2222,@Promo\n", StandardCharsets.UTF_8);
        Path rejects = temp.resolve("rejects.csv");

        ImportSummary summary = imports.importFile(file,
                new ImportOptions(0, OptionalInt.of(1), true, null, false), rejects, Locale.ENGLISH,
                TransferProgress.NONE, new Cancellation());

        assertThat(summary.invalid()).isEqualTo(3);
        String text = Files.readString(rejects, StandardCharsets.UTF_8);
        assertThat(text).contains("'=HYPERLINK(").contains("\"'-Diskon;=cmd|' /C calc'!A0\"").contains("'@Promo")
                .contains("+62 813-1111-2222,");
        List<List<String>> rows = cells(rejects);
        assertThat(rows).allSatisfy(row -> assertThat(row).allSatisfy(cell -> assertThat(cell).doesNotStartWith("=")
                .doesNotStartWith("+1").doesNotStartWith("-").doesNotStartWith("@")));

        categories.create("-Diskon;=cmd|' /C calc'!A0", null);
        categories.create("@Promo", null);
        ImportSummary again = imports.importFile(rejects, new ImportOptions(1, OptionalInt.of(2), true, null, false),
                null, Locale.ENGLISH, TransferProgress.NONE, new Cancellation());

        assertThat(again.imported()).isEqualTo(2);
        assertThat(all()).extracting(ContactRow::originalNumber, ContactRow::categoryName).containsExactlyInAnyOrder(
                tuple("0812-3456-7890", "-Diskon;=cmd|' /C calc'!A0"), tuple("+62 813-1111-2222", "@Promo"));
    }

    @Test
    void thePlainCsvExportNeutralisesCategoryNamesAndReadsThemBack() throws IOException {
        int hyperlink = categories.create("=HYPERLINK(\"x\")", null).id();
        contacts.add("+62 811-2000-3000", hyperlink);
        Path file = temp.resolve("export.csv");

        exports.export(ContactQuery.ALL, ExportFormat.CSV, file, ZoneId.of("Asia/Jakarta"), TransferProgress.NONE,
                new Cancellation());

        assertThat(cells(file).get(1)).startsWith("+62 811-2000-3000", "+6281120003000", "'=HYPERLINK(\"x\")");
        fixture.reset();
        FileInspection inspection = imports.inspect(file);
        imports.importFile(file, inspection.guessedOptions(null, true).withCategoryColumn(inspection.categoryColumn()),
                null, Locale.ENGLISH, TransferProgress.NONE, new Cancellation());
        assertThat(all()).extracting(ContactRow::originalNumber, ContactRow::categoryName)
                .containsExactly(tuple("+62 811-2000-3000", "=HYPERLINK(\"x\")"));
    }

    private static List<List<String>> cells(Path file) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            return reader.stream().map(CsvRecord::getFields).toList();
        }
    }

    private static List<ContactRow> all() {
        return contacts.page(ContactQuery.ALL, Optional.empty(), ContactService.MAX_PAGE_SIZE).items();
    }
}
