package id.wacontacts.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.service.ServiceTestRows;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.FxFileDialogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.Node;
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
 * "Select all matching" and the bulk actions over more than one page of the list, with the keyboard
 * only: search, select all matching, then move, export and delete.
 */
class BulkFlowTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("bulkflow");

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

    @BeforeEach
    void numbers() throws Exception {
        TestWindow.forgetSettings();
        fixture.reset();
        // 260 in Prospek and 20 in Lead match "8120000"; one more number in Lead does not.
        fixture.sql(ServiceTestRows.insert(1, 260, 4), ServiceTestRows.insert(261, 280, 5),
                "INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                        + " VALUES ('0813-1111-2222', '+6281311112222', 5)");
        WaContactsApp.fileDialogs = () -> dialogs;
        window.open(dataDir);
        waitUntil(() -> window.contacts().getItems().size() == 200 && window.categories().getItems().size() == 6);
        // A dialog an earlier test closed can keep the headless platform's keyboard (the stage still says it
        // is focused): ask for it again, so that the keys typed below reach this window.
        robot.interact(() -> ((javafx.stage.Stage) window.contacts().getScene().getWindow()).requestFocus());
        waitUntil(() -> window.contacts().getScene().getWindow().isFocused());
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    @Test
    void moveExportAndDeleteEveryMatchWithTheKeyboardOnly() throws Exception {
        searchAndSelectAllMatching();

        // Move: Ctrl+M, the category by arrow keys (Lead, Pelanggan Regular, Pelanggan VIP), Enter.
        shortcut(KeyCode.M);
        waitUntil(() -> robot.lookup("#bulkMoveDialog").tryQuery().isPresent());
        robot.type(KeyCode.DOWN, 2).type(KeyCode.ENTER);
        waitUntil(() -> window.count("Pelanggan VIP") == 280);
        assertThat(window.count("Prospek")).isZero();
        assertThat(window.count("Lead")).isEqualTo(1);

        // Export: the list shows the search again after the move; all matching, Ctrl+Shift+E.
        selectAllMatching();
        Path target = files.resolve("semua.csv");
        dialogs.answer(target);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#exportMessage").tryQuery().isPresent()
                && text("#exportMessage").startsWith("280 contacts exported"));
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).contains("+6281200000001", "+6281200000280")
                .doesNotContain("+6281311112222");
        robot.type(KeyCode.ESCAPE); // closes the export's window
        waitUntil(() -> javafx.stage.Window.getWindows().size() == 1);

        // Delete: the selection is still every match; Tab to the table, Delete, Enter on the question.
        assertThat(text("#selectionStatus")).isEqualTo("280 numbers selected (all matching '8120000')");
        tabTo(window.contacts());
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup("#confirmButton").tryQuery().isPresent());
        assertThat(text(".dialog-pane .content")).startsWith("Delete these 280 numbers?");
        tabTo(robot.lookup("#confirmButton").query()); // "Cancel" has the focus: the safe answer
        robot.type(KeyCode.SPACE);
        waitUntil(() -> window.count("Pelanggan VIP") == 0);
        assertThat(fixture.contacts().count(id.wacontacts.domain.ContactQuery.ALL, 10).count()).isEqualTo(1);
    }

    /** Ctrl+F, the search, Enter, then Ctrl+Shift+A once the list shows its first page. */
    private void searchAndSelectAllMatching() throws Exception {
        shortcut(KeyCode.F);
        robot.write("8120000").type(KeyCode.ENTER);
        selectAllMatching();
    }

    /** Ctrl+Shift+A once the list shows the search's first page and the offer to select all. */
    private void selectAllMatching() throws Exception {
        waitUntil(() -> text("#selectAllMatching").equals("Select all 280 matching"));
        Node link = robot.lookup("#selectAllMatching").query();
        assertThat(link.isVisible() && link.getParent().isVisible() && link.getLayoutBounds().getWidth() > 0)
                .as("the link is shown: " + link.getParent() + " " + link.getParent().isVisible() + " "
                        + link.getLayoutBounds() + " " + link.getParent().getParent()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        try {
            waitUntil(() -> text("#selectionStatus").equals("280 numbers selected (all matching '8120000')"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("status: " + text("#selectionStatus") + " / offer: " + text("#selectAllMatching")
                    + " / focus: " + window.contacts().getScene().getFocusOwner(), e);
        }
        assertThat(window.contacts().getItems()).hasSize(200);
    }

    private void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    private void tabTo(Node target) throws Exception {
        for (int i = 0; i < 30 && !target.isFocused(); i++) {
            robot.type(KeyCode.TAB);
        }
        waitUntil(target::isFocused);
    }

    private String text(String id) {
        return robot.lookup(id).tryQuery().map(node -> ((javafx.scene.control.Labeled) node).getText()).orElse("");
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        try {
            TestWindow.waitUntil(condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("status: " + text("#selectionStatus") + " / offer: " + text("#selectAllMatching")
                    + " / search: " + robot.lookup("#searchField").queryTextInputControl().getText()
                    + " / rows: " + window.contacts().getItems().size()
                    + " / windows: " + javafx.stage.Window.getWindows()
                    + " / focus: " + window.contacts().getScene().getFocusOwner(), e);
        }
    }
}
