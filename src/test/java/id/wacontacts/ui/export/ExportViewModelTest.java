package id.wacontacts.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.service.CategoryService;
import id.wacontacts.service.ContactService;
import id.wacontacts.service.transfer.ExportFormat;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.SynchronousTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

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
                new Messages(Locale.ENGLISH), Runnable::run);
        Path file = temp.resolve("lead.vcf");

        model.export(ContactQuery.inCategory(lead), file);

        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("1 contact exported to lead.vcf.");
        assertThat(Files.readString(file)).contains("TEL;TYPE=cell:+6281234567890").doesNotContain("+6281311112222");
        assertThat(ExportViewModel.formatOf(Path.of("a.CSV"))).isEqualTo(ExportFormat.CSV);
    }
}
