package id.wacontacts.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.CategoryCount;
import id.wacontacts.domain.ChangeEvent.Action;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.history.ActivityViewModel;
import id.wacontacts.ui.history.NumberHistoryViewModel;
import id.wacontacts.ui.trash.TrashViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** View → Trash, View → Activity and the History panel, driven in the real window against a real database. */
class SafetyWindowsTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("safetywindows");

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
        fixture.sql("DELETE FROM trash", "DELETE FROM change_log", TestWindow.THREE_NUMBERS);
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        TestWindow.waitUntil(condition);
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = robot.lookup("#menuBar").query();
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private void choose(String menuItemId) throws Exception {
        waitUntil(() -> !menuItem(menuItemId).isDisable());
        robot.interact(() -> menuItem(menuItemId).fire());
    }

    private List<String> shownNumbers() {
        return window.contacts().getItems().stream().map(item -> item.row().normalizedNumber()).toList();
    }

    @Test
    void theTrashRestoresADeletedCategoryWithItsNumbers() throws Exception {
        window.openOnThreeNumbers(dataDir);
        TableView<CategoryCount> categories = window.categories();
        int prospek = categories.getItems().stream().filter(row -> row.name().equals("Prospek")).findFirst()
                .map(row -> categories.getItems().indexOf(row)).orElseThrow();
        robot.interact(() -> categories.getSelectionModel().clearAndSelect(prospek));
        robot.interact(categories::requestFocus);
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup("#confirmButton").tryQuery().isPresent());
        robot.clickOn("#confirmButton");
        waitUntil(() -> window.count("Prospek") == -1 && shownNumbers().equals(List.of("+6281311112222")));

        choose("menuTrash");
        waitUntil(() -> robot.lookup("#trashTable").tryQuery().isPresent());
        TableView<TrashViewModel.Item> trash = robot.lookup("#trashTable").queryTableView();
        waitUntil(() -> trash.getItems().size() == 3);
        int category = trash.getItems().stream().filter(TrashViewModel.Item::category).findFirst()
                .map(item -> trash.getItems().indexOf(item)).orElseThrow();
        assertThat(trash.getItems().get(category).what()).isEqualTo("Prospek");
        robot.interact(() -> trash.getSelectionModel().clearAndSelect(category));
        robot.clickOn("#trashRestore");

        waitUntil(() -> trash.getItems().isEmpty());
        waitUntil(() -> window.count("Prospek") == 2 && window.count("All numbers") == 3);
        waitUntil(() -> shownNumbers().size() == 3);
    }

    @Test
    void theHistoryPanelListsTheSelectedNumbersChangesNewestFirst() throws Exception {
        window.openOnThreeNumbers(dataDir);
        int id = window.contacts().getItems().get(0).id();
        fixture.sql("UPDATE phone_numbers SET category_id = 4 WHERE id = " + id);
        waitUntil(() -> window.contacts().getItems().get(0).row().categoryName().equals("Prospek"));
        robot.interact(() -> window.contacts().getSelectionModel().clearAndSelect(0));
        robot.interact(window.contacts()::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);

        waitUntil(() -> robot.lookup("#historyTable").tryQuery().isPresent());
        TableView<NumberHistoryViewModel.Row> history = robot.lookup("#historyTable").queryTableView();
        waitUntil(() -> history.getItems().size() == 2);
        assertThat(history.getItems()).extracting(NumberHistoryViewModel.Row::action).containsExactly("Changed", "Added");
        assertThat(history.getItems().get(0).before()).isEqualTo("0813-1111-2222 in \"Lead\"");
        assertThat(history.getItems().get(0).after()).isEqualTo("0813-1111-2222 in \"Prospek\"");
        assertThat(history.getItems().get(0).user()).isEqualTo(fixture.settings().user());
    }

    @Test
    void theActivityLogListsEveryChangeAndFiltersByAction() throws Exception {
        window.openOnThreeNumbers(dataDir);
        fixture.sql("DELETE FROM phone_numbers WHERE normalized_number = '+6281311112222'");

        choose("menuActivity");
        waitUntil(() -> robot.lookup("#activityTable").tryQuery().isPresent());
        TableView<ActivityViewModel.Row> activity = robot.lookup("#activityTable").queryTableView();
        waitUntil(() -> activity.getItems().size() >= 4);
        assertThat(activity.getItems().get(0).action()).isEqualTo("Deleted");

        ComboBox<Action> action = robot.lookup("#activityAction").queryComboBox();
        robot.interact(() -> action.setValue(Action.DELETE));
        waitUntil(() -> activity.getItems().size() == 1);
        assertThat(activity.getItems().get(0).before()).isEqualTo("0813-1111-2222");
    }
}
