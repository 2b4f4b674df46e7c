package id.wacontacts.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.service.CategoryService;
import id.wacontacts.service.transfer.ImportService;
import id.wacontacts.service.transfer.TestFiles;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.FxTaskRunner;
import id.wacontacts.ui.common.FxFileDialogs;
import id.wacontacts.ui.common.Messages;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The wizard in a real window, headless: a dropped file is previewed and imported into a new category. */
class ImportWizardTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("wizard");
    private static FxTaskRunner tasks;

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        fixture.reset();
        FxToolkit.registerPrimaryStage();
        tasks = new FxTaskRunner(1);
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    @Test
    void importsADroppedExcelCsvIntoANewCategory() throws Exception {
        ImportService imports = fixture.imports();
        CategoryService categories = fixture.categories();
        AtomicInteger refreshed = new AtomicInteger();
        Stage[] wizard = new Stage[1];
        robot.interact(() -> wizard[0] = ImportWizard.open(null, new ImportWizardViewModel(imports, categories,
                tasks, new Messages(Locale.ENGLISH), refreshed::incrementAndGet),
                new Messages(Locale.ENGLISH), TestFiles.path(TestFiles.EXCEL_CSV), new FxFileDialogs()));

        ComboBox<String> number = robot.lookup("#numberColumn").queryComboBox();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "No HP".equals(number.getValue()));
        robot.interact(() -> robot.lookup("#categoryColumn").queryComboBox().getSelectionModel().select(0));
        robot.clickOn("#categoryName").write("Arisan RT 05");
        robot.clickOn("#previewButton");

        TableView<?> table = robot.lookup("#previewTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 10);
        assertThat(robot.lookup("#previewCounts").queryAs(Label.class).getText())
                .startsWith("10 rows: 6 to import, 3 invalid, 1 repeated in the file, 0 already stored.")
                .contains("New categories: Arisan RT 05.");

        robot.clickOn("#importButton");
        Label summary = robot.lookup("#summaryText").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().startsWith("Imported 6 numbers."));
        assertThat(refreshed).hasValue(1);
        assertThat(robot.lookup("#saveRejectedButton").queryAs(Button.class).isVisible()).isTrue();
        assertThat(categories.findByName("Arisan RT 05")).isPresent();
        robot.interact(() -> wizard[0].close());
    }
}
