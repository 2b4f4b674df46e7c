package id.wacontacts.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.CategoryCount;
import id.wacontacts.service.transfer.TestFiles;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.FileDialogs;
import id.wacontacts.ui.common.FxFileDialogs;
import id.wacontacts.ui.contact.ContactItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The File menu driven headless against a real database: import through the wizard, export of the
 * view shown, back up and restore with its confirmation, a refused backup file, the last backup.
 */
class FileMenuFlowsTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("filemenu");

    private final FxRobot robot = new FxRobot();
    private final TestWindow window = new TestWindow(robot, fixture);
    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void restoreFileDialogs() {
        WaContactsApp.fileDialogs = FxFileDialogs::new;
    }

    @AfterEach
    void restoreClock() {
        WaContactsApp.clock = Clock.systemDefaultZone();
    }

    @BeforeEach
    void freshDataAndSettings() throws Exception {
        TestWindow.forgetSettings();
        fixture.reset();
        fixture.sql(TestWindow.THREE_NUMBERS);
        WaContactsApp.fileDialogs = () -> dialogs;
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    private void launch() throws Exception {
        window.openOnThreeNumbers(dataDir);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        TestWindow.waitUntil(condition);
    }

    private TableView<ContactItem> contacts() {
        return window.contacts();
    }

    private TableView<CategoryCount> categories() {
        return window.categories();
    }

    private long count(String category) {
        return window.count(category);
    }

    private String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void menu(String item) {
        robot.clickOn("#menuFile").clickOn(item);
    }

    /**
     * Ctrl+I, the file, its guessed "No HP" column, no category column, a new category, preview,
     * import; returns once the summary shows.
     */
    private void importIntoNewCategory(String file, String category) throws Exception {
        dialogs.answer(TestFiles.path(file));
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#chooseFileButton").tryQuery().isPresent());
        robot.clickOn("#chooseFileButton");
        waitUntil(() -> "No HP".equals(robot.lookup("#importWizard #numberColumn").queryComboBox().getValue()));
        robot.interact(() -> robot.lookup("#importWizard #categoryColumn").queryComboBox().getSelectionModel().select(0));
        robot.clickOn("#categoryName").write(category);
        robot.clickOn("#previewButton");
        waitUntil(() -> !robot.lookup("#previewTable").queryTableView().getItems().isEmpty());
        robot.clickOn("#importButton");
        waitUntil(() -> label("#summaryText").startsWith("Imported "));
    }

    @Test
    void importsAFileChosenThroughTheMenuAndEveryPaneFollows() throws Exception {
        launch();

        importIntoNewCategory(TestFiles.EXCEL_CSV, "Arisan RT 05");

        Matcher imported = Pattern.compile("Imported (\\d+) numbers").matcher(label("#summaryText"));
        assertThat(imported.find()).isTrue();
        long added = Long.parseLong(imported.group(1));
        assertThat(added).isPositive();
        robot.clickOn("#closeButton");
        waitUntil(() -> count("Arisan RT 05") == added && count("All numbers") == 3 + added);
        waitUntil(() -> contacts().getItems().size() == 3 + added);
        assertThat(label("#statusText")).isEqualTo((3 + added) + " numbers in 6 categories");
    }

    @Test
    void importsAnExcelWorkbookThroughTheWizard() throws Exception {
        launch();

        importIntoNewCategory(TestFiles.WORKBOOK, "Arisan RT 05");

        assertThat(label("#fileName")).isEqualTo("contacts.xlsx (Excel workbook, sheet \"contacts\")");
        // The window's three numbers are in the sheet too; 0812-3456-7890 repeats the cell 81234567890 above it.
        assertThat(label("#summaryText")).startsWith("Imported 2 numbers. 2 rows were invalid, 1 repeated a number"
                + " earlier in the file, 3 numbers were already stored.");
        robot.clickOn("#closeButton");
        waitUntil(() -> count("Arisan RT 05") == 2 && contacts().getItems().size() == 5);
    }

    @Test
    void exportsTheCategoryAndSearchShown() throws Exception {
        launch();
        int prospek = categories().getItems().indexOf(categories().getItems().stream()
                .filter(row -> row.name().equals("Prospek")).findFirst().orElseThrow());
        robot.interact(() -> categories().getSelectionModel().clearAndSelect(prospek));
        waitUntil(() -> contacts().getItems().size() == 2);
        Path target = files.resolve("prospek.csv");
        dialogs.answer(target);

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);

        waitUntil(() -> robot.lookup("#exportMessage").tryQuery().isPresent()
                && label("#exportMessage").startsWith("2 contacts exported"));
        assertThat(dialogs.asked.get(0).name()).isEqualTo("Prospek.xlsx");
        String csv = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(csv).contains("+6281234567890", "+6285712345678").doesNotContain("+6281311112222");
    }

    @Test
    void exportsForExcelWhenThatFilterIsSelected() throws Exception {
        launch();
        Path target = files.resolve("semua.csv");
        dialogs.answer(target, 2);

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);

        waitUntil(() -> robot.lookup("#exportMessage").tryQuery().isPresent()
                && label("#exportMessage").startsWith("3 contacts exported"));
        assertThat(dialogs.offered.get(0)).extracting(FileDialogs.Filter::description).containsExactly(
                "Excel workbook (*.xlsx)", "CSV UTF-8 for other programs (*.csv)", "CSV for Excel (*.csv)",
                "vCard for phones (*.vcf)");
        byte[] bytes = Files.readAllBytes(target);
        assertThat(bytes).startsWith((byte) 0xFF, (byte) 0xFE);
        assertThat(new String(bytes, StandardCharsets.UTF_16LE))
                .startsWith("\uFEFForiginal_number\tnormalized_number\tcategory\tcreated_at\r\n")
                .contains("\t=\"+6281234567890\"\t");
    }

    @Test
    void backsUpThenRestoresAfterShowingWhatWillBeReplaced() throws Exception {
        launch();
        assertThat(robot.lookup("#lastBackup").queryAs(Label.class).isVisible()).isFalse();
        Path backup = files.resolve("before.sql");
        dialogs.answer(backup);

        menu("#menuBackup");

        waitUntil(() -> label("#latestMessage").startsWith("Backed up 5 categories and 3 numbers to "));
        assertThat(dialogs.asked.get(0).name()).matches("wa-contacts-\\d{4}-\\d{2}-\\d{2}\\.sql");
        assertThat(label("#lastBackup")).matches("Last backup: today \\d\\d:\\d\\d");
        assertThat(backup).exists();

        fixture.sql("DELETE FROM phone_numbers WHERE category_id = 4");
        robot.type(KeyCode.F5);
        waitUntil(() -> contacts().getItems().size() == 1);
        dialogs.answer(backup);
        menu("#menuRestore");

        waitUntil(() -> robot.lookup("#confirmation").tryQuery().isPresent());
        assertThat(robot.lookup("#confirmation .content").queryAs(Label.class).getText())
                .startsWith("before.sql holds 5 categories and 3 numbers, saved ")
                .contains("The database holds 5 categories and 1 numbers now.")
                .contains("saved first to the backups folder (" + dataDir.resolve("backups") + ")");
        robot.clickOn("#confirmButton");

        waitUntil(() -> label("#latestMessage").startsWith("Restored 5 categories and 3 numbers from before.sql."));
        waitUntil(() -> contacts().getItems().size() == 3 && count("Prospek") == 2);
        try (var saved = Files.list(dataDir.resolve("backups"))) {
            assertThat(saved.map(file -> file.getFileName().toString()).toList())
                    .anySatisfy(name -> assertThat(name).startsWith("wa-contacts-before-restore-"));
        }
    }

    @Test
    void theLastBackupMadeTodayReadsYesterdayOnceTheWindowStaysOpenPastMidnight() throws Exception {
        // The desktop's clock stands 3 seconds before midnight, however long the start and the backup take.
        ZoneId zone = ZoneId.systemDefault();
        Instant midnight = LocalDate.now(zone).plusDays(1).atStartOfDay(zone).toInstant();
        SettableClock desktop = new SettableClock(midnight.minusSeconds(3), zone);
        WaContactsApp.clock = desktop;
        launch();
        dialogs.answer(files.resolve("evening.sql"));

        menu("#menuBackup");
        waitUntil(() -> label("#latestMessage").startsWith("Backed up "));
        assertThat(label("#lastBackup")).matches("Last backup: today \\d\\d:\\d\\d");

        desktop.set(midnight.plusSeconds(1));
        waitUntil(() -> label("#lastBackup").startsWith("Last backup: yesterday "));
        assertThat(label("#lastBackup")).matches("Last backup: yesterday \\d\\d:\\d\\d");
    }

    /** A clock that stands still until set. */
    private static final class SettableClock extends Clock {
        private final ZoneId zone;
        private volatile Instant instant;

        SettableClock(Instant instant, ZoneId zone) {
            this.instant = instant;
            this.zone = zone;
        }

        void set(Instant now) {
            instant = now;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new SettableClock(instant, other);
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }

    @Test
    void refusesAFileThatIsNotABackupAndChangesNothing() throws Exception {
        launch();
        Path foreign = Files.writeString(files.resolve("notes.sql"), "SELECT 1;\n");
        dialogs.answer(foreign);

        menu("#menuRestore");

        waitUntil(() -> label("#latestMessage").equals("notes.sql is not a WA Contacts backup. Nothing was changed."));
        assertThat(robot.lookup("#confirmation").tryQuery()).isEmpty();
        assertThat(contacts().getItems()).hasSize(3);
    }

    @Test
    void aboutShowsWhereTheDataAndBackupsAre() throws Exception {
        launch();

        robot.clickOn("#menuHelp").clickOn("#menuAbout");

        waitUntil(() -> robot.lookup("#aboutDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#aboutDatabase").queryTextInputControl().getText())
                .isEqualTo("Server: " + fixture.settings().jdbcUrl());
        assertThat(robot.lookup("#aboutDataFolder").queryTextInputControl().getText()).isEqualTo(dataDir.toString());
        assertThat(robot.lookup("#aboutBackupFolder").queryTextInputControl().getText())
                .isEqualTo(dataDir.resolve("backups").toString());
        assertThat(robot.lookup("#aboutLastBackup").queryTextInputControl().getText()).isEqualTo("none yet");
    }
}
