package id.wacontacts.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.FxFileDialogs;
import id.wacontacts.ui.contact.ContactItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
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
 * A day's work with the keyboard alone: add a category, add a number to it, edit it, search, delete it and
 * export. Only keys are pressed; a mouse event reaching any window fails the test.
 */
class KeyboardOnlyFlowTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("keyboardonly");

    private final FxRobot robot = new FxRobot();
    private final TestWindow window = new TestWindow(robot, fixture);
    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    private final AtomicInteger mouseEvents = new AtomicInteger();
    private final EventHandler<MouseEvent> countMouse = event -> {
        if (event.getEventType() != MouseEvent.MOUSE_ENTERED && event.getEventType() != MouseEvent.MOUSE_EXITED
                && event.getEventType() != MouseEvent.MOUSE_ENTERED_TARGET
                && event.getEventType() != MouseEvent.MOUSE_EXITED_TARGET) {
            mouseEvents.incrementAndGet();
        }
    };
    private final ListChangeListener<Window> watchNewWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(shown -> shown.addEventFilter(MouseEvent.ANY, countMouse));
        }
    };

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
    void freshDataAndSettings() throws Exception {
        TestWindow.forgetSettings();
        fixture.reset();
        fixture.sql(TestWindow.THREE_NUMBERS);
        WaContactsApp.fileDialogs = () -> dialogs;
        robot.interact(() -> {
            Window.getWindows().forEach(shown -> shown.addEventFilter(MouseEvent.ANY, countMouse));
            Window.getWindows().addListener(watchNewWindows);
        });
    }

    @AfterEach
    void closeWindow() throws Exception {
        robot.interact(() -> {
            Window.getWindows().removeListener(watchNewWindows);
            Window.getWindows().forEach(shown -> shown.removeEventFilter(MouseEvent.ANY, countMouse));
        });
        window.close();
    }

    @Test
    void addsEditsSearchesDeletesAndExportsWithoutTheMouse() throws Exception {
        window.openOnThreeNumbers(dataDir);
        TableView<ContactItem> contacts = window.contacts();

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).write("Arisan RT 05").type(KeyCode.ENTER);
        waitUntil(() -> window.count("Arisan RT 05") == 0);

        robot.push(KeyCode.CONTROL, KeyCode.N).type(KeyCode.TAB);
        ComboBox<?> category = robot.lookup("#newNumberCategory").queryComboBox();
        assertThat(focused()).isSameAs(category);
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        for (int i = 0; i < 10 && !String.valueOf(category.getValue()).contains("Arisan RT 05"); i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        robot.push(KeyCode.CONTROL, KeyCode.N).write("0812 7777 8888").type(KeyCode.ENTER);
        waitUntil(() -> window.count("Arisan RT 05") == 1 && contacts.getItems().size() == 4);

        tabTo(contacts);
        robot.type(KeyCode.HOME).type(KeyCode.F2).push(KeyCode.CONTROL, KeyCode.A).write("0812 7777 9999")
                .type(KeyCode.ENTER);
        waitUntil(() -> contacts.getItems().stream().anyMatch(item -> item.row().normalizedNumber()
                .equals("+6281277779999")));
        assertThat(focused()).as("the keyboard stays in the list").isSameAs(contacts);

        robot.push(KeyCode.CONTROL, KeyCode.F).write("7777 9999");
        waitUntil(() -> contacts.getItems().size() == 1);
        assertThat(contacts.getItems().get(0).row().categoryName()).isEqualTo("Arisan RT 05");

        tabTo(contacts);
        robot.type(KeyCode.HOME).type(KeyCode.DELETE); // at once: the notification offers Undo instead of a question
        waitUntil(() -> window.count("Arisan RT 05") == 0 && contacts.getItems().isEmpty());

        robot.push(KeyCode.CONTROL, KeyCode.F);
        // Esc first closes the notifications still showing (as for anyone), then clears the search.
        for (int i = 0; i < 4 && !robot.lookup("#searchField").queryTextInputControl().getText().isEmpty(); i++) {
            robot.type(KeyCode.ESCAPE);
        }
        waitUntil(() -> contacts.getItems().size() == 3);
        Path exported = files.resolve("semua.csv");
        dialogs.answer(exported);
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitUntil(() -> robot.lookup("#exportMessage").tryQuery().isPresent()
                && robot.lookup("#exportMessage").queryAs(Label.class).getText().startsWith("3 contacts exported"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#exportMessage").tryQuery().isEmpty());

        List<String> lines = Files.readAllLines(exported, StandardCharsets.UTF_8);
        assertThat(String.join("\n", lines)).contains("+6281234567890").doesNotContain("+6281277779999");
        assertThat(lines).hasSize(4); // the header and the three numbers left
        assertThat(mouseEvents.get()).as("mouse events").isZero();
    }

    /** Presses Tab until {@code target} has the keyboard (a few presses at most). */
    private void tabTo(Node target) throws Exception {
        for (int i = 0; i < 12 && focused() != target; i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(focused()).as("Tab reaches " + target.getId()).isSameAs(target);
    }

    private Node focused() throws Exception {
        TestWindow.waitUntil(() -> true);
        // the newest focused window: a dialog over the main one
        return Window.getWindows().stream().filter(shown -> shown.isFocused() && !(shown instanceof javafx.stage.PopupWindow)).reduce((first, second) -> second)
                .map(shown -> shown.getScene().getFocusOwner()).orElse(null);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        TestWindow.waitUntil(condition);
    }
}
