package id.wacontacts.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.service.Retention;
import id.wacontacts.service.RetentionSettings;
import id.wacontacts.testsupport.ServiceFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalInt;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** File → Settings… driven from the keyboard against a real database. */
class SettingsFlowTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("settings-flow");

    private final FxRobot robot = new FxRobot();
    private final TestWindow window = new TestWindow(robot, fixture);

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void freshData() throws Exception {
        TestWindow.forgetSettings();
        fixture.reset();
        fixture.sql(TestWindow.THREE_NUMBERS, "UPDATE app_settings SET trash_days = 30, history_days = 365");
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    @Test
    void theRetentionIsChangedWithTheKeyboardAloneAndStoredForEveryDesktop() throws Exception {
        window.openOnThreeNumbers(dataDir);
        robot.clickOn("#menuFile").clickOn("#menuSettings");
        TestWindow.waitUntil(() -> robot.lookup("#settingsTrashDays").tryQuery().isPresent()
                && robot.lookup("#settingsTrashDays").query().isFocused());

        // The trash field has the focus (the click only brings the dialog's window to the front): its text
        // replaced, Tab to "forever", Space ticks it, Tab to Save, Space saves.
        robot.clickOn(robot.lookup("#settingsTrashDays").queryAs(javafx.scene.control.Spinner.class).getEditor());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("14");
        robot.type(KeyCode.TAB);
        TestWindow.waitUntil(() -> robot.lookup("#settingsHistoryForever").query().isFocused());
        robot.type(KeyCode.SPACE);
        TestWindow.waitUntil(() -> robot.lookup("#settingsHistoryForever").queryAs(javafx.scene.control.CheckBox.class)
                .isSelected());
        // The history's days are off now, so Tab goes on to Save.
        robot.type(KeyCode.TAB);
        TestWindow.waitUntil(() -> robot.lookup("#settingsSave").query().isFocused());
        robot.type(KeyCode.SPACE);

        TestWindow.waitUntil(() -> robot.lookup("#settingsDialog").tryQuery().isEmpty());
        assertThat(new RetentionSettings(fixture.database().dataSource(), Clock.systemUTC()).read())
                .isEqualTo(new Retention.Settings(14, OptionalInt.empty()));
    }
}
