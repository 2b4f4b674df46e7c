package id.wacontacts.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.BackupService;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.backup.AutomaticBackupEvents;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.RecordingNotifier;
import id.wacontacts.ui.common.ScriptedDialogs;
import id.wacontacts.ui.common.SynchronousTaskRunner;
import id.wacontacts.ui.export.ExportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import javafx.beans.property.SimpleObjectProperty;

class FileActionsViewModelTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("fileactions");

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MainViewModel main = new MainViewModel(new SynchronousTaskRunner(), new Messages(Locale.ENGLISH),
            new RecordingNotifier(), dialogs, url -> { });
    private final FileActionsViewModel model = new FileActionsViewModel(main, new Messages(Locale.ENGLISH),
            new RecordingNotifier(), dialogs, Clock.systemDefaultZone(), new SimpleObjectProperty<>(LocalDate.now()), Runnable::run);

    @BeforeEach
    void open() {
        fixture.sql("INSERT INTO categories (name) VALUES ('Arisan: RT/05')");
        main.open(() -> new Services(fixture.categories(), fixture.contacts(),
                new PhoneNormalizer(PhoneNormalizer.DEFAULT_REGION), false, "jdbc:postgresql://server/wa_db", true));
    }

    @Test
    void exportsWhatIsShownUnderItsName() {
        assertThat(model.exportQuery()).isEqualTo(ContactQuery.ALL);
        assertThat(model.suggestedExportName()).isEqualTo("wa-contacts");

        main.categories().select(fixture.categoryId("Prospek"));
        assertThat(model.exportQuery()).isEqualTo(ContactQuery.inCategory(fixture.categoryId("Prospek")));
        assertThat(model.suggestedExportName()).isEqualTo("Prospek");

        main.contacts().search("0812");
        assertThat(model.exportQuery().searchText()).isEqualTo("0812");
        assertThat(model.suggestedExportName()).isEqualTo("Prospek-0812");

        main.categories().select(fixture.categoryId("Arisan: RT/05"));
        assertThat(model.suggestedExportName()).isEqualTo("Arisan- RT-05-0812");
    }

    @Test
    void aSearchAloneNamesTheFileToo() {
        main.contacts().search("+62 812");
        assertThat(model.suggestedExportName()).isEqualTo("wa-contacts-+62 812");
    }

    @Test
    void opensOnlyOnceTheDatabaseIs() {
        assertThat(model.readyProperty().get()).isFalse();
        assertThat(model.services()).isEqualTo(Optional.empty());
    }

    @Test
    void exportAsksWhereUnderTheShownNameAndWritesTheChosenFormat(@TempDir Path folder) throws Exception {
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " VALUES ('0812-3456-7890', '+6281234567890', " + fixture.categoryId("Prospek") + ")");
        model.open(() -> new FileServices(fixture.imports(), fixture.exports(), fixture.categories(),
                new BackupService(fixture.database().dataSource(), folder.resolve("backups"), Clock.systemDefaultZone()),
                Optional.empty(), AutomaticBackupEvents.NONE, folder, "1.2.3"));
        main.categories().select(fixture.categoryId("Prospek"));

        assertThat(model.exportAsking()).isEmpty();
        assertThat(dialogs.asked).containsExactly(new ScriptedDialogs.Asked("Export contacts", "Prospek.xlsx"));

        Path chosen = folder.resolve("prospek.csv");
        dialogs.choosing(chosen);
        ExportViewModel export = model.exportAsking().orElseThrow();

        assertThat(export.busyProperty().get()).isFalse();
        assertThat(Files.readString(chosen)).contains("+6281234567890");
        assertThat(model.appVersion()).isEqualTo("1.2.3");
        assertThat(model.dataFolder()).isEqualTo(folder.toString());
    }

    @Test
    void knowsWhichDroppedFilesTheWizardReads() {
        assertThat(FileActionsViewModel.importable(Path.of("/tmp/Pelanggan.CSV"))).isTrue();
        assertThat(FileActionsViewModel.importable(Path.of("/tmp/kontak.vcf"))).isTrue();
        assertThat(FileActionsViewModel.importable(Path.of("/tmp/list.txt"))).isTrue();
        assertThat(FileActionsViewModel.importable(Path.of("/tmp/Pelanggan.xlsx"))).isTrue();
        assertThat(FileActionsViewModel.importable(Path.of("/tmp/lama.xls"))).isTrue();
        assertThat(FileActionsViewModel.importable(Path.of("/tmp/notes.docx"))).isFalse();
        assertThat(FileActionsViewModel.importable(Path.of("/tmp/photo.png"))).isFalse();
    }
}
