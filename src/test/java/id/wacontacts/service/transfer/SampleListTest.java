package id.wacontacts.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.service.Cancellation;
import id.wacontacts.testsupport.ServiceFixture;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sample lists the README offers for a first try import as assets/sample/README.md says. */
class SampleListTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("sample");

    @ParameterizedTest
    @ValueSource(strings = {"contacts-sample.csv", "contacts-sample.xlsx"})
    void importsFortyOneNumbersRefusesSixAndSkipsThreeRepeats(String name) {
        ImportService imports = fixture.imports();
        FileInspection inspection = imports.inspect(Path.of("assets", "sample", name));
        assertThat(inspection.columns()).containsExactly("Nama", "Nomor HP", "Kategori");

        ImportSummary summary = imports.importFile(inspection.file(), inspection.guessedOptions("Prospek", false),
                null, Locale.ENGLISH, TransferProgress.NONE, new Cancellation());

        assertThat(summary.rows()).isEqualTo(50);
        assertThat(summary.imported()).isEqualTo(41);
        assertThat(summary.invalid()).isEqualTo(6);
        assertThat(summary.duplicates()).isEqualTo(3);
    }
}
