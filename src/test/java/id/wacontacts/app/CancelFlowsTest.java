package id.wacontacts.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.service.transfer.TestFiles;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.FxFileDialogs;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
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
 * Cancel in the import wizard and the export window, and closing the wizard mid-import, against the
 * real window and database. Another client holds a lock on the numbers table, so the import (or the
 * export) waits on the server until it is cancelled: no timing decides what the test sees.
 */
class CancelFlowsTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("cancelflows");

    private final FxRobot robot = new FxRobot();
    private final TestWindow window = new TestWindow(robot, fixture);
    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    private Connection blocker;

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

    @BeforeEach
    void openWindow() throws Exception {
        TestWindow.forgetSettings();
        fixture.reset();
        fixture.sql(TestWindow.THREE_NUMBERS);
        WaContactsApp.fileDialogs = () -> dialogs;
        window.openOnThreeNumbers(dataDir);
        ConnectionSettings db = fixture.settings();
        blocker = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
        blocker.setAutoCommit(false);
    }

    @AfterEach
    void closeWindow() throws Exception {
        blocker.rollback();
        blocker.close();
        window.close();
    }

    @Test
    void cancelMidImportGoesBackToThePreviewSaysSoAndStoresNothing() throws Exception {
        startBlockedImport();

        robot.clickOn("#cancelImportButton");

        waitUntil(() -> "The import was cancelled. Nothing was stored.".equals(label("#importMessage")));
        assertThat(visible("#importButton")).isTrue();
        assertThat(visible("#cancelImportButton")).isFalse();
        awaitNoWaitingStatement();
        blocker.rollback();
        assertThat(storedNumbers()).isEqualTo(3);
    }

    @Test
    void closingTheWizardMidImportAsksFirstAndKeepImportingKeepsItRunning() throws Exception {
        startBlockedImport();

        requestClose(wizard());
        waitUntil(() -> robot.lookup("#confirmation").tryQuery().isPresent());
        assertThat(robot.lookup("#confirmation .content").queryAs(Label.class).getText())
                .isEqualTo("The import is still running. Stop it and close the window? Nothing will be stored.");
        robot.clickOn("Keep importing");

        waitUntil(() -> robot.lookup("#confirmation").tryQuery().isEmpty());
        assertThat(wizard().isShowing()).isTrue();
        assertThat(visible("#cancelImportButton")).isTrue();
        assertThat(waitingStatements()).isEqualTo(1);

        Window wizard = wizard();
        requestClose(wizard);
        waitUntil(() -> robot.lookup("#confirmation").tryQuery().isPresent());
        robot.clickOn("Stop and close");

        waitUntil(() -> !wizard.isShowing());
        awaitNoWaitingStatement();
        blocker.rollback();
        assertThat(storedNumbers()).isEqualTo(3);
    }

    @Test
    void cancelMidExportSaysNoFileWasWrittenAndOffersClose() throws Exception {
        blocker.createStatement().execute("LOCK TABLE phone_numbers IN ACCESS EXCLUSIVE MODE");
        Path target = files.resolve("semua.xlsx");
        dialogs.answer(target);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#cancelExportButton").tryQuery().isPresent() && visible("#cancelExportButton"));
        awaitWaitingStatement();

        robot.clickOn("#cancelExportButton");

        waitUntil(() -> "The export was cancelled; no file was written.".equals(label("#exportMessage")));
        assertThat(visible("#closeExportButton")).isTrue();
        assertThat(visible("#cancelExportButton")).isFalse();
        awaitNoWaitingStatement();
        assertThat(target).doesNotExist();
        robot.clickOn("#closeExportButton");
        waitUntil(() -> robot.lookup("#exportMessage").tryQuery().isEmpty());
    }

    /**
     * Imports a file into a new category while another client holds a lock that lets the import read
     * but not store; returns once the import waits for that lock.
     */
    private void startBlockedImport() throws Exception {
        dialogs.answer(TestFiles.path(TestFiles.EXCEL_CSV));
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#chooseFileButton").tryQuery().isPresent());
        robot.clickOn("#chooseFileButton");
        waitUntil(() -> "No HP".equals(robot.lookup("#importWizard #numberColumn").queryComboBox().getValue()));
        robot.interact(() -> robot.lookup("#importWizard #categoryColumn").queryComboBox().getSelectionModel().select(0));
        robot.clickOn("#categoryName").write("Arisan RT 05");
        robot.clickOn("#previewButton");
        waitUntil(() -> !robot.lookup("#previewTable").queryTableView().getItems().isEmpty());
        blocker.createStatement().execute("LOCK TABLE phone_numbers IN SHARE MODE");
        robot.clickOn("#importButton");
        waitUntil(() -> visible("#cancelImportButton"));
        awaitWaitingStatement();
    }

    private Window wizard() {
        return robot.lookup("#importWizard").query().getScene().getWindow();
    }

    /** As the window's close button does. */
    private static void requestClose(Window window) {
        Platform.runLater(() -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    private void awaitWaitingStatement() throws Exception {
        waitUntil(() -> waitingStatements() == 1);
    }

    /** The cancel reached the server: no statement waits for the lock any more. */
    private void awaitNoWaitingStatement() throws Exception {
        waitUntil(() -> waitingStatements() == 0);
    }

    /** Statements of other clients waiting for a lock on the numbers table. */
    private int waitingStatements() throws SQLException {
        // The blocker is inside a transaction: drop its cached statistics snapshot before each look.
        blocker.createStatement().execute("SELECT pg_stat_clear_snapshot()");
        try (ResultSet rs = blocker.createStatement().executeQuery("SELECT count(*) FROM pg_stat_activity"
                + " WHERE wait_event_type = 'Lock' AND datname = current_database()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private int storedNumbers() throws SQLException {
        try (ResultSet rs = blocker.createStatement().executeQuery("SELECT count(*) FROM phone_numbers")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private boolean visible(String id) {
        Node node = robot.lookup(id).query();
        return node.isVisible() && node.getParent().isVisible();
    }

    private String label(String id) {
        return robot.lookup(id).tryQuery().map(node -> ((Label) node).getText()).orElse(null);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        TestWindow.waitUntil(condition);
    }
}
