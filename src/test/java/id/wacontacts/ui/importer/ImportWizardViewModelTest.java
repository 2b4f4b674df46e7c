package id.wacontacts.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.service.CategoryService;
import id.wacontacts.service.transfer.ImportService;
import id.wacontacts.service.transfer.RowStatus;
import id.wacontacts.service.transfer.TestFiles;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.StepTaskRunner;
import id.wacontacts.ui.common.SynchronousTaskRunner;
import id.wacontacts.ui.importer.ImportWizardViewModel.Step;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ImportWizardViewModelTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("importvm");
    private static ImportService imports;
    private static CategoryService categories;

    private final AtomicInteger imported = new AtomicInteger();
    private ImportWizardViewModel model;

    @TempDir
    Path temp;

    @BeforeAll
    static void openDatabase() {
        imports = fixture.imports();
        categories = fixture.categories();
    }

    @BeforeEach
    void reset() {
        model = new ImportWizardViewModel(imports, categories, new SynchronousTaskRunner(), new Messages(Locale.ENGLISH),
                imported::incrementAndGet);
    }

    @AfterEach
    void dispose() {
        model.dispose();
    }

    @Test
    void choosingAFileGuessesTheColumnsAndListsTheCategories() {
        model.chooseFile(TestFiles.path(TestFiles.EXCEL_CSV));

        assertThat(model.stepProperty().get()).isEqualTo(Step.COLUMNS);
        assertThat(model.columns()).containsExactly("Nama", "No HP", "Kategori", "Alamat");
        assertThat(model.numberColumnProperty().get()).isEqualTo(1);
        assertThat(model.categoryColumnProperty().get()).isEqualTo(2);
        assertThat(model.categoryNames()).contains("Lead", "Prospek");
        assertThat(model.messageProperty().get()).isNull();
    }

    @Test
    void theFileIsNamedWithItsFormatAndAWorkbookWithTheSheetRead() throws IOException {
        model.chooseFile(TestFiles.path(TestFiles.EXCEL_CSV));
        assertThat(model.fileLabel()).isEqualTo("excel-semicolon-bom.csv (CSV utf-8 semicolon)");

        model.chooseFile(TestFiles.path(TestFiles.WORKBOOK));
        assertThat(model.fileLabel()).isEqualTo("contacts.xlsx (Excel workbook, sheet \"contacts\")");

        Path twoSheets = temp.resolve("dua.xlsx");
        try (OutputStream out = Files.newOutputStream(twoSheets)) {
            Workbook workbook = new Workbook(out, "test", null);
            workbook.newWorksheet("Kontak").inlineString(0, 0, "0812-3456-7890");
            workbook.newWorksheet("Lama").inlineString(0, 0, "0813-1111-2222");
            workbook.finish();
        }
        model.chooseFile(twoSheets);
        assertThat(model.fileLabel()).isEqualTo("dua.xlsx (Excel workbook, sheet \"Kontak\": only this first of its 2"
                + " sheets is read; to import another, drag its tab to the front first)");
    }

    @Test
    void aFileThatIsNoListSaysSoAndStaysOnTheFirstStep() {
        model.chooseFile(TestFiles.path(TestFiles.OLD_WORKBOOK));

        assertThat(model.stepProperty().get()).isEqualTo(Step.CHOOSE_FILE);
        assertThat(model.messageProperty().get()).startsWith("contacts.xls is a spreadsheet this app cannot open: an old"
                + " Excel 97-2003 workbook (.xls)");
    }

    @Test
    void previewCountsEveryStatusAndFiltersTheRows() {
        model.chooseFile(TestFiles.path(TestFiles.DUPLICATES_AND_GARBAGE));
        model.categoryProperty().set("Prospek");

        model.preview();

        assertThat(model.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(model.previewProperty().get().valid()).isEqualTo(4);
        assertThat(model.rows()).hasSize(13);
        model.filterProperty().set(RowStatus.INVALID);
        assertThat(model.rows()).hasSize(6);
        assertThat(model.detail(model.rows().get(0))).isEqualTo("The number contains letters; enter digits only.");
    }

    @Test
    void previewNeedsACategory() {
        model.chooseFile(TestFiles.path(TestFiles.DUPLICATES_AND_GARBAGE));

        model.preview();

        assertThat(model.stepProperty().get()).isEqualTo(Step.COLUMNS);
        assertThat(model.messageProperty().get()).isEqualTo("Choose the category to import into.");
    }

    @Test
    void importsIntoANewCategoryAndOffersTheRejectedRows() throws IOException {
        model.chooseFile(TestFiles.path(TestFiles.DUPLICATES_AND_GARBAGE));
        model.categoryProperty().set("Pameran Mei");
        model.preview();

        model.startImport();

        assertThat(model.stepProperty().get()).isEqualTo(Step.SUMMARY);
        assertThat(imported).hasValue(1);
        assertThat(model.summaryTextProperty().get()).isEqualTo("Imported 4 numbers. 6 rows were invalid, 3 repeated a"
                + " number earlier in the file, 0 numbers were already stored. 1 category was created."
                + " The file was read as UTF-8 text.");
        assertThat(categories.findByName("Pameran Mei")).isPresent();
        assertThat(model.hasRejected()).isTrue();
        Path saved = temp.resolve("fix-me.csv");
        model.saveRejected(saved);
        assertThat(Files.readAllLines(saved)).hasSize(7);
        assertThat(model.messageProperty().get()).contains("fix-me.csv");
    }

    @Test
    void cancellingTheImportLeavesTheImportingPageSaysSoAndDeletesTheRejectedRowsFile() {
        StepTaskRunner steps = new StepTaskRunner();
        ImportWizardViewModel stepped = steppedUpToTheImport(steps);

        stepped.startImport();
        Path rejects = stepped.temporaryRejectsFile();
        assertThat(stepped.stepProperty().get()).isEqualTo(Step.IMPORTING);
        assertThat(stepped.busyProperty().get()).isTrue();
        assertThat(stepped.isImporting()).isTrue();
        assertThat(rejects).exists();

        stepped.cancel();

        assertThat(steps.cancelled()).isEqualTo(1);
        assertThat(stepped.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(stepped.busyProperty().get()).isFalse();
        assertThat(stepped.isImporting()).isFalse();
        assertThat(stepped.messageProperty().get()).isEqualTo("The import was cancelled. Nothing was stored.");
        assertThat(rejects).doesNotExist();
        assertThat(imported).hasValue(0);
    }

    @Test
    void cancellingThePreviewSaysSoAndFreesTheColumnsPage() {
        StepTaskRunner steps = new StepTaskRunner();
        ImportWizardViewModel stepped = new ImportWizardViewModel(imports, categories, steps,
                new Messages(Locale.ENGLISH), imported::incrementAndGet);
        stepped.chooseFile(TestFiles.path(TestFiles.DUPLICATES_AND_GARBAGE));
        steps.completeNext();
        stepped.categoryProperty().set("Prospek");
        stepped.preview();
        assertThat(stepped.busyProperty().get()).isTrue();

        stepped.cancel();

        assertThat(stepped.stepProperty().get()).isEqualTo(Step.COLUMNS);
        assertThat(stepped.busyProperty().get()).isFalse();
        assertThat(stepped.messageProperty().get()).isEqualTo("The import was cancelled. Nothing was stored.");
        stepped.dispose();
    }

    @Test
    void aFailedImportGoesBackToThePreviewAndDeletesTheRejectedRowsFile() {
        StepTaskRunner steps = new StepTaskRunner();
        ImportWizardViewModel stepped = steppedUpToTheImport(steps);
        stepped.startImport();
        Path rejects = stepped.temporaryRejectsFile();

        steps.failNext(new IllegalStateException("disk on fire"));

        assertThat(stepped.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(stepped.busyProperty().get()).isFalse();
        assertThat(stepped.isImporting()).isFalse();
        assertThat(stepped.messageProperty().get()).isNotBlank().doesNotContain("disk on fire");
        assertThat(rejects).doesNotExist();
    }

    @Test
    void importProgressShowsTheLatestCountThenTheSummary() {
        StepTaskRunner steps = new StepTaskRunner();
        ImportWizardViewModel stepped = steppedUpToTheImport(steps);
        stepped.startImport();

        steps.completeNext();

        assertThat(stepped.stepProperty().get()).isEqualTo(Step.SUMMARY);
        assertThat(stepped.progressTextProperty().get()).isEqualTo("Storing 13 rows…");
        assertThat(stepped.busyProperty().get()).isFalse();
        assertThat(imported).hasValue(1);
        stepped.dispose();
    }

    /** A wizard on a step-by-step runner, with the file read and the preview shown. */
    private ImportWizardViewModel steppedUpToTheImport(StepTaskRunner steps) {
        ImportWizardViewModel stepped = new ImportWizardViewModel(imports, categories, steps,
                new Messages(Locale.ENGLISH), imported::incrementAndGet);
        stepped.chooseFile(TestFiles.path(TestFiles.DUPLICATES_AND_GARBAGE));
        steps.completeNext();
        stepped.categoryProperty().set("Prospek");
        stepped.preview();
        steps.completeNext();
        assertThat(stepped.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(steps.waiting()).isZero();
        return stepped;
    }
}
