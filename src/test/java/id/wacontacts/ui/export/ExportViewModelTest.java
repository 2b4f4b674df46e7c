package id.wacontacts.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.service.CategoryService;
import id.wacontacts.service.ContactService;
import id.wacontacts.service.transfer.ExportFormat;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.StepTaskRunner;
import id.wacontacts.ui.common.SynchronousTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportViewModelTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("exportvm");
    private static ContactService contacts;
    private static CategoryService categories;

    @TempDir
    Path temp;

    @BeforeAll
    static void openDatabase() {
        fixture.reset();
        contacts = fixture.contacts();
        categories = fixture.categories();
    }

    @Test
    void exportsTheViewInTheFormatTheFileNameAsksFor() throws IOException {
        int lead = categories.findByName("Lead").orElseThrow().id();
        contacts.add("0812-3456-7890", lead);
        contacts.add("0813-1111-2222", categories.findByName("Prospek").orElseThrow().id());
        ExportViewModel model = new ExportViewModel(fixture.exports(), new SynchronousTaskRunner(),
                new Messages(Locale.ENGLISH));
        Path file = temp.resolve("lead.vcf");

        model.export(ContactQuery.inCategory(lead), file, ExportViewModel.formatOf(file));

        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("1 contact exported to lead.vcf.");
        assertThat(Files.readString(file)).contains("TEL;TYPE=cell:+6281234567890").doesNotContain("+6281311112222");
        assertThat(ExportViewModel.formatOf(Path.of("a.CSV"))).isEqualTo(ExportFormat.CSV);
        assertThat(ExportViewModel.formatOf(Path.of("a.XLSX"))).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportViewModel.withExtension(Path.of("/tmp/Prospek"), ExportFormat.XLSX))
                .isEqualTo(Path.of("/tmp/Prospek.xlsx"));
        assertThat(ExportViewModel.withExtension(Path.of("/tmp/Prospek.csv"), ExportFormat.EXCEL_CSV))
                .isEqualTo(Path.of("/tmp/Prospek.csv"));
    }

    @ParameterizedTest(name = "{0} with filter {1} is {2}")
    @CsvSource({
        "lead.xlsx, 0, XLSX",
        "lead.csv, 1, CSV",
        "lead.csv, 2, EXCEL_CSV",
        "lead.vcf, 3, VCARD",
        "lead.CSV, 2, EXCEL_CSV",
        "lead.csv, -1, CSV",
        "lead.xlsx, -1, XLSX",
        "lead.vcf, -1, VCARD",
        "lead.vcf, 2, VCARD",
        "lead.csv, 3, CSV",
        "lead.csv, 0, CSV",
        "lead.csv, 7, CSV",
        "lead, -1, XLSX",
        "lead.txt, -1, CSV",
    })
    void theSelectedFilterPicksTheFormatWhenTheFileNameHasItsExtension(String name, int filter, ExportFormat format) {
        assertThat(ExportViewModel.formatOf(Path.of(name), filter)).isEqualTo(format);
    }

    @Test
    void theDialogOffersTheWorkbookFirstThenPlainCsvThenCsvForExcelThenVcard() {
        assertThat(ExportViewModel.FORMATS).containsExactly(ExportFormat.XLSX, ExportFormat.CSV, ExportFormat.EXCEL_CSV,
                ExportFormat.VCARD);
    }

    @Test
    void exportsInTheFormatGivenEvenWhenTheExtensionIsShared() throws IOException {
        int lead = categories.findByName("Lead").orElseThrow().id();
        ExportViewModel model = new ExportViewModel(fixture.exports(), new SynchronousTaskRunner(),
                new Messages(Locale.ENGLISH));
        Path file = temp.resolve("lead.csv");

        model.export(ContactQuery.inCategory(lead), file, ExportFormat.EXCEL_CSV);

        assertThat(model.messageProperty().get()).endsWith("exported to lead.csv.");
        assertThat(Files.readAllBytes(file)).startsWith((byte) 0xFF, (byte) 0xFE);
    }

    @Test
    void cancellingTheExportSaysNothingWasWrittenAndOffersClose() {
        StepTaskRunner steps = new StepTaskRunner();
        ExportViewModel model = new ExportViewModel(fixture.exports(), steps, new Messages(Locale.ENGLISH));
        Path file = temp.resolve("semua.xlsx");
        model.export(ContactQuery.ALL, file, ExportFormat.XLSX);
        assertThat(model.busyProperty().get()).isTrue();

        model.cancel();

        assertThat(steps.cancelled()).isEqualTo(1);
        assertThat(model.busyProperty().get()).isFalse(); // the dialog shows Close instead of Cancel
        assertThat(model.messageProperty().get()).isEqualTo("The export was cancelled; no file was written.");
        assertThat(file).doesNotExist();
    }

    @Test
    void aFailedExportSaysWhyInOneSentenceAndOffersClose() {
        StepTaskRunner steps = new StepTaskRunner();
        ExportViewModel model = new ExportViewModel(fixture.exports(), steps, new Messages(Locale.ENGLISH));
        model.export(ContactQuery.ALL, temp.resolve("semua.csv"), ExportFormat.CSV);

        steps.failNext(new IllegalStateException("disk on fire"));

        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isNotBlank().doesNotContain("disk on fire");
    }
}
