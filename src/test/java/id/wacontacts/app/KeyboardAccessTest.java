package id.wacontacts.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.Accessible;
import id.wacontacts.ui.common.FxFileDialogs;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.UiPreferences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * What keyboard and screen reader users rely on, checked on the real window in both languages: every
 * control the keyboard reaches has a name (walking every window shown, so controls added later are checked
 * too), every menu item has its own Alt key, and the theme and text size chosen survive a restart.
 */
class KeyboardAccessTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("keyboard");

    private final FxRobot robot = new FxRobot();
    private final TestWindow window = new TestWindow(robot, fixture);
    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    private Stage stage;

    @TempDir
    Path dataDir;

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
        WaContactsApp.systemDark = () -> false;
        stage = FxToolkit.toolkitContext().getRegisteredStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    private void openIn(String language) throws Exception {
        UiPreferences.user().setLanguage(language.equals("id") ? Messages.INDONESIAN : Locale.ENGLISH);
        window.openOnThreeNumbers(dataDir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "id"})
    void everyControlTheKeyboardReachesHasANameInTheWindowAndItsDialogs(String language) throws Exception {
        openIn(language);
        assertThat(unnamedControls()).as("the main window").isEmpty();

        dialogs.answer(dataDir.resolve("export.csv"));
        robot.push(KeyCode.CONTROL, KeyCode.E);
        TestWindow.waitUntil(() -> robot.lookup("#exportMessage").tryQuery().isPresent());
        assertThat(unnamedControls()).as("the export dialog").isEmpty();
        closeDialogs();

        robot.push(KeyCode.CONTROL, KeyCode.I);
        TestWindow.waitUntil(() -> robot.lookup("#chooseFileButton").tryQuery().isPresent());
        assertThat(unnamedControls()).as("the import wizard").isEmpty();
        closeDialogs();

        fire("menuAbout");
        TestWindow.waitUntil(() -> robot.lookup("#aboutVersion").tryQuery().isPresent());
        assertThat(unnamedControls()).as("the about dialog").isEmpty();
        closeDialogs();

        robot.interact(() -> {
            window.categories().getSelectionModel().select(1);
            window.categories().requestFocus();
        });
        robot.type(KeyCode.DELETE);
        TestWindow.waitUntil(() -> robot.lookup("#confirmation").tryQuery().isPresent());
        assertThat(unnamedControls()).as("a question").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "id"})
    void everyMenuAndItemHasItsOwnAltKey(String language) throws Exception {
        openIn(language);
        MenuBar bar = robot.lookup("#menuBar").query();

        List<String> problems = new ArrayList<>();
        checkMnemonics("the menu bar", new ArrayList<>(bar.getMenus()), problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void theThemeAndTextSizeChosenAreKeptAcrossRestarts() throws Exception {
        window.openOnThreeNumbers(dataDir);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");

        fire("menuThemeDark");
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS).push(KeyCode.CONTROL, KeyCode.EQUALS).push(KeyCode.CONTROL,
                KeyCode.EQUALS);
        TestWindow.waitUntil(() -> stage.getScene().getRoot().getStyle().contains("19.50px"));
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");

        window.restart(dataDir);
        window.waitForThreeNumbers();

        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(stage.getScene().getRoot().getStyle()).contains("-fx-font-size: 19.50px");
        assertThat(((RadioMenuItem) item("menuThemeDark").orElseThrow()).isSelected()).isTrue();
        assertThat(item("menuTextSize").orElseThrow().getText()).isEqualTo("Te_xt size (150%)");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        TestWindow.waitUntil(() -> stage.getScene().getRoot().getStyle().contains("13.00px"));
        fire("menuThemeSystem");
        TestWindow.waitUntil(() -> Application.getUserAgentStylesheet().contains("primer-light"));
    }

    /** Menu texts mark their Alt key with an underscore; within one menu no two share it. */
    private static void checkMnemonics(String where, List<MenuItem> items, List<String> problems) {
        Map<Character, String> taken = new HashMap<>();
        for (MenuItem item : items) {
            if (item instanceof SeparatorMenuItem || item instanceof CustomMenuItem) {
                continue;
            }
            String text = item.getText() == null ? "" : item.getText();
            int mark = text.indexOf('_');
            if (mark < 0 || mark == text.length() - 1) {
                problems.add(where + ": \"" + text + "\" has no Alt key");
            } else {
                char key = Character.toLowerCase(text.charAt(mark + 1));
                String other = taken.put(key, text);
                if (other != null) {
                    problems.add(where + ": \"" + text + "\" and \"" + other + "\" share Alt+" + key);
                }
            }
            if (item instanceof Menu menu) {
                checkMnemonics(text, menu.getItems(), problems);
            }
        }
    }

    /** Every control the keyboard can reach, in every window shown, that a screen reader could not name. */
    private List<String> unnamedControls() throws Exception {
        TestWindow.waitUntil(() -> true);
        List<String> unnamed = new ArrayList<>();
        robot.interact(() -> {
            for (Window shown : Window.getWindows()) {
                if (shown.isShowing() && shown.getScene() != null && shown != stageOfToolkitOnly()) {
                    collect(shown.getScene().getRoot(), unnamed);
                }
            }
        });
        return unnamed;
    }

    private Window stageOfToolkitOnly() {
        return stage.getScene() != null && stage.getScene().getRoot() != null
                && stage.getScene().getRoot().lookup("#mainWindow") == null ? stage : null;
    }

    private static void collect(Node node, List<String> unnamed) {
        if (!node.isVisible()) {
            return;
        }
        if (node.isFocusTraversable() && Accessible.nameOf(node).isEmpty()) {
            unnamed.add(node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, unnamed));
        }
    }

    private void closeDialogs() {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(shown -> shown instanceof Stage && shown != stage)
                .forEach(shown -> ((Stage) shown).close()));
    }

    private Optional<MenuItem> item(String id) {
        MenuBar bar = robot.lookup("#menuBar").query();
        List<MenuItem> all = new ArrayList<>();
        bar.getMenus().forEach(menu -> addAll(menu, all));
        return all.stream().filter(item -> id.equals(item.getId())).findFirst();
    }

    private static void addAll(MenuItem item, List<MenuItem> all) {
        all.add(item);
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> addAll(child, all));
        }
    }

    private void fire(String id) {
        MenuItem item = item(id).orElseThrow(() -> new AssertionError("no menu item " + id));
        robot.interact(item::fire);
    }
}
