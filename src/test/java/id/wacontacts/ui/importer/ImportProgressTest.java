package id.wacontacts.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.service.transfer.TransferProgress.Stage;
import id.wacontacts.ui.common.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The wizard's line under the progress bar, for each thing an import can be doing, in both languages. */
class ImportProgressTest {

    @Test
    void anImportWaitingForAnotherOneSaysSoInsteadOfCountingRows() {
        ImportProgress english = new ImportProgress(new Messages(Locale.ENGLISH));
        ImportProgress indonesian = new ImportProgress(new Messages(Messages.INDONESIAN));

        english.show(new ImportProgress.Report(Stage.WAITING, 0, -1));
        indonesian.show(new ImportProgress.Report(Stage.WAITING, 0, -1));

        assertThat(english.textProperty().get()).isEqualTo("Waiting for another import into this list to finish…");
        assertThat(indonesian.textProperty().get()).isEqualTo("Menunggu impor lain ke daftar ini selesai…");
        assertThat(english.fractionProperty().get()).isEqualTo(-1);

        english.show(new ImportProgress.Report(Stage.READING, 8_192, 0.5));
        assertThat(english.textProperty().get()).isEqualTo("8,192 rows read");
        english.show(new ImportProgress.Report(Stage.STORING, 20_000, -1));
        assertThat(english.textProperty().get()).isEqualTo("Storing 20,000 rows…");
    }
}
