package id.wacontacts.service.transfer;

import id.wacontacts.service.Cancellation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.service.CategoryService;
import id.wacontacts.service.ContactService;
import id.wacontacts.service.ImportException;
import id.wacontacts.service.ImportException.Problem;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import id.wacontacts.testsupport.ServiceFixture;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("import");
    private static ImportService imports;
    private static CategoryService categories;
    private static ContactService contacts;

    @TempDir
    Path temp;

    @BeforeAll
    static void openDatabase() {
        imports = fixture.imports();
        categories = fixture.categories();
        contacts = fixture.contacts();
    }

    /** The import's store runs over plain JDBC, which Hibernate does not time: the app times it itself. */
    @Test
    void anImportWhoseStoreTakesOverASecondIsListedAmongTheSlowStatements() throws Exception {
        fixture.sql("CREATE FUNCTION wa_test_slow() RETURNS trigger LANGUAGE plpgsql AS"
                        + " 'BEGIN PERFORM pg_sleep(1.1); RETURN NULL; END'",
                "CREATE TRIGGER wa_test_slow AFTER INSERT ON phone_numbers FOR EACH STATEMENT"
                        + " EXECUTE FUNCTION wa_test_slow()");
        try {
            Path file = temp.resolve("slow.csv");
            Files.writeString(file, "nomor\n0812-3456-7890\n");
            java.time.Instant before = java.time.Instant.now();

            imports.importFile(file, new ImportOptions(0, OptionalInt.empty(), true, "Prospek", false), null,
                    Locale.ENGLISH, TransferProgress.NONE, new Cancellation());

            assertThat(id.wacontacts.db.SlowQueries.recent()).anySatisfy(slow -> {
                assertThat(slow.sql()).contains("INSERT INTO phone_numbers").contains("INSERT INTO number_types");
                assertThat(slow.millis()).isGreaterThanOrEqualTo(1_000);
                assertThat(slow.at()).isAfterOrEqualTo(before);
            });
        } finally {
            fixture.sql("DROP TRIGGER wa_test_slow ON phone_numbers", "DROP FUNCTION wa_test_slow()");
        }
    }

    @Test
    void inspectingExcelsCsvFindsTheHeaderTheNumberAndCategoryColumnsAndQuotedFields() {
        FileInspection inspection = imports.inspect(TestFiles.path(TestFiles.EXCEL_CSV));

        assertThat(inspection.hasHeader()).isTrue();
        assertThat(inspection.columns()).containsExactly("Nama", "No HP", "Kategori", "Alamat");
        assertThat(inspection.numberColumn()).isEqualTo(1);
        assertThat(inspection.categoryColumn()).hasValue(2);
        assertThat(inspection.sample().get(0)).containsExactly("Budi Santoso", "0812-3456-7890", "Pelanggan VIP",
                "Jl. Merdeka; No. 5 \"Toko Budi\"");
        assertThat(inspection.sample().get(4).get(3)).isEqualTo("Baris ganda\r\nkedua");
    }

    @Test
    void aColumnIsChosenByPositionOrHeaderName() {
        FileInspection inspection = imports.inspect(TestFiles.path(TestFiles.EXCEL_CSV));

        assertThat(inspection.column("2")).isEqualTo(1);
        assertThat(inspection.column("no hp")).isEqualTo(1);
        assertThatThrownBy(() -> inspection.column("Email"))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NO_SUCH_COLUMN))
                .hasMessageContaining("1 (Nama), 2 (No HP)");
    }

    @Test
    void importsExcelsCsvIntoANewCategoryStoringTheCleanedOriginals() {
        ImportSummary summary = importFile(TestFiles.EXCEL_CSV, "Arisan", true);

        assertThat(summary.rows()).isEqualTo(10);
        assertThat(summary.imported()).isEqualTo(6);
        assertThat(summary.invalid()).isEqualTo(3);
        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(summary.alreadyStored()).isZero();
        assertThat(summary.createdCategories()).containsExactly("Arisan");
        assertThat(all()).extracting(ContactRow::originalNumber, ContactRow::normalizedNumber, ContactRow::categoryName)
                .containsExactlyInAnyOrder(
                        tuple("0812-3456-7890", "+6281234567890", "Arisan"),
                        tuple("+62 813 1111 2222", "+6281311112222", "Arisan"),
                        tuple("085712345678", "+6285712345678", "Arisan"),
                        tuple("081298765432", "+6281298765432", "Arisan"),
                        tuple("(021) 5551234", "+62215551234", "Arisan"),
                        tuple("+62 856-4321-0987", "+6285643210987", "Arisan"));
    }

    @Test
    void anExistingCategoryNeedsNoPermissionToCreate() {
        ImportSummary summary = importFile(TestFiles.DUPLICATES_AND_GARBAGE, "Prospek", false);

        assertThat(summary.imported()).isEqualTo(4);
        assertThat(summary.createdCategories()).isEmpty();
    }

    @Test
    void aMissingCategoryIsRefusedUnlessCreatingIsAllowedAndNothingIsStored() {
        assertThatThrownBy(() -> importFile(TestFiles.DUPLICATES_AND_GARBAGE, "Belum Ada", false))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.CATEGORY_MISSING));
        assertThat(all()).isEmpty();
    }

    @Test
    void theCategoryColumnCreatesCategoriesWhenAllowedAndRowsWithoutOneGoToTheChosenCategory() {
        FileInspection inspection = imports.inspect(TestFiles.path(TestFiles.EXCEL_CSV));
        ImportOptions options = inspection.guessedOptions("Lead", true).withCategoryColumn(inspection.categoryColumn());

        ImportSummary summary = imports.importFile(inspection.file(), options, null, Locale.ENGLISH,
                TransferProgress.NONE, new Cancellation());

        assertThat(summary.imported()).isEqualTo(6);
        assertThat(summary.createdCategories()).containsExactly("Reseller Jawa Barat");
        assertThat(all()).extracting(ContactRow::normalizedNumber, ContactRow::categoryName).contains(
                tuple("+6281234567890", "Pelanggan VIP"),
                tuple("+6285712345678", "Reseller Jawa Barat"),
                tuple("+6281298765432", "Lead"),
                tuple("+62215551234", "Prospek"));
    }

    @Test
    void withoutPermissionRowsNamingAMissingCategoryAreRefusedWithTheirReason() throws IOException {
        FileInspection inspection = imports.inspect(TestFiles.path(TestFiles.EXCEL_CSV));
        ImportOptions options = inspection.guessedOptions("Lead", false).withCategoryColumn(inspection.categoryColumn());
        Path rejects = temp.resolve("rejected.csv");

        ImportSummary summary = imports.importFile(inspection.file(), options, rejects, Locale.ENGLISH,
                TransferProgress.NONE, new Cancellation());

        assertThat(summary.imported()).isEqualTo(4);
        assertThat(summary.invalid()).isEqualTo(5);
        assertThat(summary.rejectsFile()).contains(rejects.toAbsolutePath());
        String text = Files.readString(rejects, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFline,number,category,reason_code,reason\r\n");
        assertThat(text).contains("4,'085712345678,Reseller Jawa Barat,CATEGORY_MISSING,The category named in this row"
                + " does not exist");
        assertThat(text).contains("10,08xx-xxxx-xxxx,Prospek,CONTAINS_LETTERS,");
        assertThat(temp.resolve("rejected.csv.part")).doesNotExist();
    }

    @Test
    void theRejectedRowsFileSpeaksTheUsersLanguage() throws IOException {
        Path rejects = temp.resolve("ditolak.csv");
        FileInspection inspection = imports.inspect(TestFiles.path(TestFiles.DUPLICATES_AND_GARBAGE));

        imports.importFile(inspection.file(), inspection.guessedOptions("Prospek", false), rejects,
                Locale.forLanguageTag("id"), TransferProgress.NONE, new Cancellation());

        assertThat(Files.readString(rejects)).contains("5,hello,Prospek,CONTAINS_LETTERS,Nomor").doesNotContain("The number");
    }

    @Test
    void importsEveryNumberOfEveryCardOfAPhonesVcard() {
        FileInspection inspection = imports.inspect(TestFiles.path(TestFiles.PHONE_VCARD));
        assertThat(inspection.format().format()).isEqualTo(FileFormat.VCARD);
        assertThat(inspection.columns()).containsExactly("TEL", "FN", "CATEGORIES");
        assertThat(inspection.categoryColumn()).hasValue(2);

        ImportSummary summary = importFile(TestFiles.PHONE_VCARD, "Kontak HP", true);

        assertThat(summary.rows()).isEqualTo(7);
        assertThat(summary.imported()).isEqualTo(6);
        assertThat(summary.invalid()).isEqualTo(1);
        assertThat(all()).extracting(ContactRow::normalizedNumber).containsExactlyInAnyOrder("+6281234567890",
                "+62215551234", "+6281311112222", "+6285712345678", "+6285643210987", "+442071838750");
    }

    @Test
    void importingTheSameFileTwiceAddsNothingTheSecondTime() {
        ImportSummary first = importFile(TestFiles.DUPLICATES_AND_GARBAGE, "Prospek", false);
        ImportSummary second = importFile(TestFiles.DUPLICATES_AND_GARBAGE, "Lead", false);

        assertThat(first.imported()).isEqualTo(4);
        assertThat(second.imported()).isZero();
        assertThat(second.alreadyStored()).isEqualTo(4);
        assertThat(second.duplicates()).isEqualTo(3);
        assertThat(second.invalid()).isEqualTo(6);
        assertThat(all()).hasSize(4).allSatisfy(row -> assertThat(row.categoryName()).isEqualTo("Prospek"));
    }

    @Test
    void theFirstRowOfANumberWinsAndNumbersStoredBeforeKeepTheirCategory() {
        contacts.add("+62 813-1111-2222", categories.findByName("Lead").orElseThrow().id());

        ImportSummary summary = importFile(TestFiles.DUPLICATES_AND_GARBAGE, "Prospek", false);

        assertThat(summary.imported()).isEqualTo(3);
        assertThat(summary.alreadyStored()).isEqualTo(1);
        assertThat(contacts.findByNormalized("+6281234567890").orElseThrow().originalNumber()).isEqualTo("0812-3456-7890");
        assertThat(contacts.findByNormalized("+6281311112222").orElseThrow().categoryName()).isEqualTo("Lead");
    }

    @Test
    void previewClassifiesEveryRowWithoutStoringAnything() {
        contacts.add("0813-1111-2222", categories.findByName("Lead").orElseThrow().id());
        FileInspection inspection = imports.inspect(TestFiles.path(TestFiles.DUPLICATES_AND_GARBAGE));

        ImportPreview preview = imports.preview(inspection.file(), inspection.guessedOptions("Prospek", false),
                TransferProgress.NONE, new Cancellation());

        assertThat(preview.rows()).isEqualTo(13);
        assertThat(preview.valid()).isEqualTo(3);
        assertThat(preview.alreadyStored()).isEqualTo(1);
        assertThat(preview.duplicates()).isEqualTo(3);
        assertThat(preview.invalid()).isEqualTo(6);
        assertThat(preview.shown()).extracting(PreviewRow::line, PreviewRow::status, PreviewRow::e164, PreviewRow::holder)
                .startsWith(
                        tuple(2L, RowStatus.VALID, "+6281234567890", null),
                        tuple(3L, RowStatus.DUPLICATE_IN_FILE, "+6281234567890", null),
                        tuple(4L, RowStatus.ALREADY_STORED, "+6281311112222", "Lead"));
        assertThat(preview.shown().get(3).rejection().code()).isEqualTo("CONTAINS_LETTERS");
        assertThat(all()).hasSize(1);
    }

    @Test
    void previewNamesTheCategoryOfStoredNumbersInEveryChunk() throws IOException {
        int rows = 3 * NormalizedRows.CHUNK_ROWS;
        // Every third number is new; the others are stored, alternately in Lead and Prospek.
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " SELECT '0812' || lpad(i::text, 8, '0'), '+62812' || lpad(i::text, 8, '0'),"
                + " CASE WHEN i % 2 = 0 THEN " + fixture.categoryId("Lead") + " ELSE " + fixture.categoryId("Prospek")
                + " END FROM generate_series(0, " + (rows - 1) + ") i WHERE i % 3 <> 0");

        ImportPreview preview = imports.preview(bigList(rows), new ImportOptions(0, OptionalInt.empty(), false,
                "Prospek", false), TransferProgress.NONE, new Cancellation());

        assertThat(preview.alreadyStored()).isEqualTo(rows - rows / 3);
        assertThat(preview.valid()).isEqualTo(rows / 3);
        List<PreviewRow> stored = preview.shown().stream().filter(r -> r.status() == RowStatus.ALREADY_STORED).toList();
        assertThat(stored).hasSize(ImportService.PREVIEW_ROWS_PER_STATUS);
        assertThat(stored.get(stored.size() - 1).line()).isGreaterThan(NormalizedRows.CHUNK_ROWS);
        for (PreviewRow row : preview.shown()) {
            int i = (int) row.line() - 1;
            assertThat(row.status()).as("line %d", row.line())
                    .isEqualTo(i % 3 == 0 ? RowStatus.VALID : RowStatus.ALREADY_STORED);
            assertThat(row.holder()).as("line %d", row.line())
                    .isEqualTo(i % 3 == 0 ? null : i % 2 == 0 ? "Lead" : "Prospek");
        }
    }

    @Test
    void aCategoryMadeWhileThePreviewRunsIsNamedForTheNumbersItHolds() throws IOException {
        int rows = 2 * NormalizedRows.CHUNK_ROWS;
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " SELECT '0812' || lpad(i::text, 8, '0'), '+62812' || lpad(i::text, 8, '0'), "
                + fixture.categoryId("Lead") + " FROM generate_series(0, " + (rows - 1) + ") i");
        int moved = NormalizedRows.CHUNK_ROWS;
        List<Long> seen = new ArrayList<>();

        // After the first chunk, another desktop moves the first numbers of the second chunk to a new category.
        ImportPreview preview = imports.preview(bigList(rows), new ImportOptions(0, OptionalInt.empty(), false,
                "Prospek", false), (stage, read, fraction) -> {
                    if (seen.isEmpty()) {
                        fixture.sql("INSERT INTO categories (name) VALUES ('Pindahan')",
                                "UPDATE phone_numbers SET category_id = (SELECT id FROM categories WHERE name = 'Pindahan')"
                                        + " WHERE normalized_number BETWEEN '+62812" + String.format("%08d", moved)
                                        + "' AND '+6281200009999'");
                    }
                    seen.add(read);
                }, new Cancellation());

        assertThat(preview.alreadyStored()).isEqualTo(rows);
        // Lines moved+1 to 10,000 hold the numbers moved; a preview lists 10,000 rows of a status.
        assertThat(ImportService.PREVIEW_ROWS_PER_STATUS).isEqualTo(10_000);
        assertThat(preview.shown()).hasSize(ImportService.PREVIEW_ROWS_PER_STATUS);
        assertThat(preview.shown()).allSatisfy(row -> assertThat(row.holder()).as("line %d", row.line())
                .isEqualTo(row.line() > moved && row.line() <= 10_000 ? "Pindahan" : "Lead"));
        assertThat(preview.shown()).extracting(PreviewRow::holder).contains("Pindahan");
    }

    @Test
    void betweenChunksAPreviewHoldsNoLockThatWouldStopARestore() throws IOException {
        int rows = 2 * NormalizedRows.CHUNK_ROWS;
        List<Long> lockedAfter = new ArrayList<>();

        imports.preview(bigList(rows), new ImportOptions(0, OptionalInt.empty(), false, "Prospek", false),
                (stage, read, fraction) -> {
                    if (lockedAfter.isEmpty()) {
                        // What a restore takes; NOWAIT fails at once on any lock the preview still holds.
                        fixture.sql("BEGIN; LOCK TABLE phone_numbers, categories IN ACCESS EXCLUSIVE MODE NOWAIT; COMMIT");
                        lockedAfter.add(read);
                    }
                }, new Cancellation());

        assertThat(lockedAfter).containsExactly((long) NormalizedRows.CHUNK_ROWS);
    }

    @Test
    void cancellingAPreviewMidwayStopsItAndReturnsItsConnection() throws IOException {
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " SELECT '0812' || lpad(i::text, 8, '0'), '+62812' || lpad(i::text, 8, '0'), "
                + fixture.categoryId("Lead") + " FROM generate_series(0, 59999) i");
        Path big = bigList(60_000);
        Cancellation cancellation = new Cancellation();
        List<Long> seen = new ArrayList<>();

        assertThatThrownBy(() -> imports.preview(big, new ImportOptions(0, OptionalInt.empty(), false, "Prospek", false),
                (stage, rows, fraction) -> {
                    seen.add(rows);
                    cancellation.cancel();
                }, cancellation)).isInstanceOf(CancellationException.class);

        assertThat(seen).hasSize(1);
        HikariPoolMXBean pool = ((HikariDataSource) fixture.database().dataSource()).getHikariPoolMXBean();
        assertThat(pool.getActiveConnections()).isZero();
    }

    @Test
    void previewsOneAfterAnotherEachReturnTheirConnection() {
        contacts.add("0813-1111-2222", categories.findByName("Lead").orElseThrow().id());
        FileInspection inspection = imports.inspect(TestFiles.path(TestFiles.DUPLICATES_AND_GARBAGE));

        for (int i = 0; i < 8; i++) {
            ImportPreview preview = imports.preview(inspection.file(), inspection.guessedOptions("Prospek", false),
                    TransferProgress.NONE, new Cancellation());
            assertThat(preview.alreadyStored()).isEqualTo(1);
        }

        HikariPoolMXBean pool = ((HikariDataSource) fixture.database().dataSource()).getHikariPoolMXBean();
        assertThat(pool.getActiveConnections()).isZero();
    }

    @Test
    void cancellingMidwayStoresNothingNotEvenTheNewCategory() throws IOException {
        Path big = bigList(30_000);
        Cancellation cancellation = new Cancellation();
        List<Long> seen = new ArrayList<>();

        assertThatThrownBy(() -> imports.importFile(big, new ImportOptions(0, OptionalInt.empty(), false, "Baru", true),
                null, Locale.ENGLISH, (stage, rows, fraction) -> {
                    seen.add(rows);
                    cancellation.cancel();
                }, cancellation)).isInstanceOf(CancellationException.class);

        assertThat(seen).hasSize(1);
        assertThat(all()).isEmpty();
        assertThat(categories.findByName("Baru")).isEmpty();
    }

    @Test
    void cancellingWhileStoringStoresNothing() throws IOException {
        Path big = bigList(20_000);
        Cancellation cancellation = new Cancellation();

        assertThatThrownBy(() -> imports.importFile(big, new ImportOptions(0, OptionalInt.empty(), false, "Prospek", false),
                null, Locale.ENGLISH, (stage, rows, fraction) -> {
                    if (stage == TransferProgress.Stage.STORING) {
                        cancellation.cancel();
                    }
                }, cancellation)).isInstanceOf(CancellationException.class);

        assertThat(all()).isEmpty();
    }

    @Test
    void anExcelWorkbooksFirstSheetIsInspectedPreviewedAndImportedWithItsSheetRowNumbers() {
        FileInspection inspection = imports.inspect(TestFiles.path(TestFiles.WORKBOOK));
        assertThat(inspection.hasHeader()).isTrue();
        assertThat(inspection.columns()).containsExactly("Nama", "No HP", "Kategori");
        assertThat(inspection.numberColumn()).isEqualTo(1);
        assertThat(inspection.categoryColumn()).hasValue(2);
        assertThat(inspection.sample().get(0)).containsExactly("Bu Sari", "81234567890", "Arisan");
        ImportOptions options = inspection.guessedOptions("Lead", true).withCategoryColumn(inspection.categoryColumn());

        ImportPreview preview = imports.preview(inspection.file(), options, TransferProgress.NONE, new Cancellation());
        ImportSummary summary = imports.importFile(inspection.file(), options, null, Locale.ENGLISH,
                TransferProgress.NONE, new Cancellation());

        assertThat(preview.rows()).isEqualTo(8);
        assertThat(preview.shown()).filteredOn(row -> row.status() != RowStatus.VALID)
                .extracting(PreviewRow::line, PreviewRow::number, PreviewRow::status).containsExactly(
                        tuple(6L, "12345", RowStatus.INVALID),
                        tuple(7L, "0812-3456-7890", RowStatus.DUPLICATE_IN_FILE),
                        tuple(9L, "tidak ada", RowStatus.INVALID));
        assertThat(summary.rows()).isEqualTo(8);
        assertThat(summary.imported()).isEqualTo(5);
        assertThat(summary.invalid()).isEqualTo(2);
        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(summary.createdCategories()).containsExactlyInAnyOrder("Arisan", "Reseller");
        assertThat(all()).extracting(ContactRow::originalNumber, ContactRow::normalizedNumber, ContactRow::categoryName)
                .containsExactlyInAnyOrder(
                        tuple("81234567890", "+6281234567890", "Arisan"),
                        tuple("+62 857-1234-5678", "+6285712345678", "Arisan"),
                        tuple("0813 1111 2222", "+6281311112222", "Reseller"),
                        tuple("(021) 3659 0075", "+622136590075", "Reseller"),
                        tuple("6285712340000", "+6285712340000", "Arisan"));
    }

    @Test
    void aWorkbookWhoseFirstVisibleSheetIsEmptyIsRefusedNamingThatSheet() throws IOException {
        Path file = temp.resolve("kosong.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", null);
            workbook.newWorksheet("Kosong");
            workbook.newWorksheet("Kontak").inlineString(0, 0, "0812-3456-7890");
            workbook.finish();
        }

        assertThatThrownBy(() -> imports.inspect(file))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.EMPTY_FILE);
                    assertThat(e.detail()).isEqualTo("kosong.xlsx › Kosong");
                });
    }

    @Test
    void aDamagedWorkbookIsRefusedAsNoListAndNothingIsStored() {
        assertThatThrownBy(() -> imports.inspect(TestFiles.path(TestFiles.DAMAGED_WORKBOOK)))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.DAMAGED_WORKBOOK);
                    assertThat(e.detail()).isEqualTo("customers.xlsx");
                });
        assertThat(all()).isEmpty();
    }

    @Test
    void aPictureOrASpreadsheetThatCannotBeReadIsRefusedAndNothingIsStored() {
        for (String name : List.of(TestFiles.PICTURE, TestFiles.DAMAGED_WORKBOOK, TestFiles.OLD_WORKBOOK,
                TestFiles.OPEN_DOCUMENT_SHEET)) {
            assertThatThrownBy(() -> imports.inspect(TestFiles.path(name))).isInstanceOf(ImportException.class);
            assertThatThrownBy(() -> imports.importFile(TestFiles.path(name),
                    new ImportOptions(0, OptionalInt.empty(), false, "Prospek", false), null, Locale.ENGLISH,
                    TransferProgress.NONE, new Cancellation())).isInstanceOf(ImportException.class);
        }
        assertThat(all()).isEmpty();
    }

    @Test
    void categoryCellsWrittenAsExcelTextFormulasNameTheCategoryInside() throws IOException {
        Path file = temp.resolve("excel.csv");
        Files.write(file, ("\uFEFFnumber\tcategory\r\n"
                + "=\"0812-3456-7890\"\t=\"Pelanggan VIP\"\r\n"
                + "=\"+6285712345678\"\t=\"Toko \"\"Budi\"\"\"\r\n").getBytes(StandardCharsets.UTF_16LE));
        FileInspection inspection = imports.inspect(file);
        assertThat(inspection.categoryColumn()).hasValue(1);

        ImportSummary summary = imports.importFile(file, inspection.guessedOptions(null, true)
                        .withCategoryColumn(inspection.categoryColumn()), null, Locale.ENGLISH,
                TransferProgress.NONE, new Cancellation());

        assertThat(summary.imported()).isEqualTo(2);
        assertThat(summary.createdCategories()).containsExactly("Toko \"Budi\"");
        assertThat(all()).extracting(ContactRow::originalNumber, ContactRow::normalizedNumber, ContactRow::categoryName)
                .containsExactlyInAnyOrder(
                        tuple("0812-3456-7890", "+6281234567890", "Pelanggan VIP"),
                        tuple("+6285712345678", "+6285712345678", "Toko \"Budi\""));
    }

    @Test
    void fieldsWithQuotesCommasAndTabsReachTheDatabaseIntact() throws IOException {
        Path file = temp.resolve("odd.csv");
        Files.writeString(file, "nomor\n\"0812,3456\t7890\"\n\"0813 \"\"1111\"\" 2222\"\n", StandardCharsets.UTF_8);

        ImportSummary summary = imports.importFile(file, new ImportOptions(0, OptionalInt.empty(), true, "Prospek", false),
                null, Locale.ENGLISH, TransferProgress.NONE, new Cancellation());

        assertThat(summary.rows()).isEqualTo(2);
        assertThat(summary.imported() + summary.invalid()).isEqualTo(2);
    }

    /**
     * An import inserts a batch at a time: a number repeated in a later batch is still a repeat in
     * the file (its first row wins), not a number stored before, and each new number gets its type.
     */
    @Test
    void batchesKeepTheFirstRowOfEachNumberAndTellRepeatsFromNumbersStoredBefore() throws Exception {
        contacts.add("0812 9999 0001", categories.findByName("Lead").orElseThrow().id());
        Path file = temp.resolve("batches.csv");
        StringBuilder text = new StringBuilder("nomor,kategori\n");
        for (int i = 0; i < 2_500; i++) {
            text.append("0812").append(String.format("%08d", i)).append(",Prospek\n");
        }
        text.append("0812 9999 0001,Prospek\n");
        for (int i = 0; i < 2_500; i += 10) {
            text.append("+62 812 ").append(String.format("%08d", i)).append(",Pelanggan VIP\n");
        }
        Files.writeString(file, text);
        ImportService small = new ImportService(fixture.database().dataSource(),
                new id.wacontacts.phone.PhoneNormalizer("ID"), 2, 1_000);

        ImportSummary summary = small.importFile(file, new ImportOptions(0, OptionalInt.of(1), true, null, false),
                null, Locale.ENGLISH, TransferProgress.NONE, new Cancellation());

        assertThat(summary.imported()).isEqualTo(2_500);
        assertThat(summary.duplicates()).isEqualTo(250);
        assertThat(summary.alreadyStored()).isEqualTo(1);
        assertThat(contacts.findByNormalized("+6281200000010").orElseThrow())
                .satisfies(row -> assertThat(row.originalNumber()).isEqualTo("081200000010"))
                .satisfies(row -> assertThat(row.categoryName()).isEqualTo("Prospek"));
        assertThat(contacts.findByNormalized("+6281299990001").orElseThrow().categoryName()).isEqualTo("Lead");
        assertThat(count("SELECT count(*) FROM number_types WHERE kind = 1 AND line_type = 'MOBILE'")).isEqualTo(2_501);
    }

    /**
     * Two desktops importing overlapping lists at once, in opposite orders, across several batches:
     * both finish and every number is stored once. Without imports taking turns, each would wait on
     * rows the other inserted first, and PostgreSQL would abort one as a deadlock.
     */
    @Test
    void twoImportsOfOverlappingListsAtOnceBothFinish() throws Exception {
        Path up = temp.resolve("up.csv");
        Path down = temp.resolve("down.csv");
        StringBuilder ascending = new StringBuilder();
        StringBuilder descending = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            ascending.append("0812").append(String.format("%08d", i)).append('\n');
            descending.append("0812").append(String.format("%08d", 39_999 - i)).append('\n');
        }
        Files.writeString(up, ascending);
        Files.writeString(down, descending);
        ImportService small = new ImportService(fixture.database().dataSource(),
                new id.wacontacts.phone.PhoneNormalizer("ID"), 1, 2_000);
        ImportOptions options = new ImportOptions(0, OptionalInt.empty(), false, "Prospek", false);
        // Both start storing together, so that each is mid-way when they meet.
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        TransferProgress together = (stage, rows, fraction) -> {
            if (stage == TransferProgress.Stage.READING && rows <= NormalizedRows.CHUNK_ROWS) {
                try {
                    start.await(1, java.util.concurrent.TimeUnit.MINUTES);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        java.util.concurrent.ExecutorService desktops = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = desktops.submit(() -> small.importFile(up, options, null, Locale.ENGLISH,
                    together, new Cancellation()));
            var second = desktops.submit(() -> small.importFile(down, options, null, Locale.ENGLISH,
                    together, new Cancellation()));

            ImportSummary a = first.get(2, java.util.concurrent.TimeUnit.MINUTES);
            ImportSummary b = second.get(2, java.util.concurrent.TimeUnit.MINUTES);

            assertThat(a.imported() + b.imported()).isEqualTo(40_000);
            assertThat(a.alreadyStored() + b.alreadyStored()).isEqualTo(40_000);
            assertThat(count("SELECT count(*) FROM phone_numbers")).isEqualTo(40_000);
        } finally {
            desktops.shutdownNow();
        }
    }

    /**
     * An import waits for its turn before it writes anything, a new category included: had it
     * created the category first, the import whose turn it is would wait on that uncommitted name
     * when it met the name too, while this one waits for the turn, and PostgreSQL would abort one
     * of them as a deadlock.
     */
    @Test
    void anImportWaitingForItsTurnHoldsNoNewCategoryTheOtherImportMayMeet() throws Exception {
        Path file = temp.resolve("new-category.csv");
        Files.writeString(file, "nomor,kategori\n0812 7777 0001,Arisan Baru\n0812 7777 0002,Arisan Baru\n");
        java.util.concurrent.ExecutorService desktop = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (java.sql.Connection other = fixture.database().dataSource().getConnection();
             java.sql.Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            // Another desktop's import has the turn.
            statement.execute("SELECT pg_advisory_xact_lock(hashtext('wa_contacts.import'))");
            long otherPid = count("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted");
            List<TransferProgress.Stage> stages = new java.util.concurrent.CopyOnWriteArrayList<>();
            var importing = desktop.submit(() -> imports.importFile(file,
                    new ImportOptions(0, OptionalInt.of(1), true, null, true), null, Locale.ENGLISH,
                    (stage, rows, fraction) -> stages.add(stage), new Cancellation()));
            org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> count(
                    "SELECT count(*) FROM pg_stat_activity WHERE pid NOT IN (pg_backend_pid(), " + otherPid + ")"
                            + " AND query LIKE '%advisory_xact_lock%'") > 0);

            org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                    () -> stages.contains(TransferProgress.Stage.WAITING));

            // The other import meets the same new name: nothing holds it.
            statement.execute("SET LOCAL lock_timeout = '5s'");
            statement.execute("INSERT INTO categories (name) VALUES ('Arisan Baru') ON CONFLICT (name) DO NOTHING");
            other.commit();

            ImportSummary summary = importing.get(1, java.util.concurrent.TimeUnit.MINUTES);
            assertThat(summary.imported()).isEqualTo(2);
            assertThat(summary.createdCategories()).isEmpty();
            assertThat(stages.get(stages.size() - 1)).as("once the turn came").isEqualTo(TransferProgress.Stage.STORING);
            assertThat(contacts.findByNormalized("+6281277770001").orElseThrow().categoryName()).isEqualTo("Arisan Baru");
        } finally {
            desktop.shutdownNow();
        }
    }

    private static long count(String sql) throws java.sql.SQLException {
        try (java.sql.Connection connection = fixture.database().dataSource().getConnection();
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Path bigList(int rows) throws IOException {
        Path file = temp.resolve("big.csv");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            text.append("0812").append(String.format("%08d", i)).append('\n');
        }
        Files.writeString(file, text);
        return file;
    }

    private static ImportSummary importFile(String name, String category, boolean create) {
        FileInspection inspection = imports.inspect(TestFiles.path(name));
        return imports.importFile(inspection.file(), inspection.guessedOptions(category, create), null, Locale.ENGLISH,
                TransferProgress.NONE, new Cancellation());
    }

    static List<ContactRow> all() {
        return contacts.page(ContactQuery.ALL, Optional.empty(), ContactService.MAX_PAGE_SIZE).items();
    }
}
