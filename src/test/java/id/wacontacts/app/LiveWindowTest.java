package id.wacontacts.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.contact.ContactItem;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The open window follows changes made by another session on the same server (here plain SQL, as
 * from {@code psql} or another desktop) without F5: the list, the counts and the status bar.
 */
class LiveWindowTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("livewindow");

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
        fixture.sql(TestWindow.THREE_NUMBERS);
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    private String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private List<String> shownNumbers() {
        return window.contacts().getItems().stream().map(item -> item.row().normalizedNumber()).toList();
    }

    @Test
    void aNumberAddedByAnotherSessionAppearsWithoutF5AndTheCountsAndStatusBarFollow() throws Exception {
        window.openOnThreeNumbers(dataDir);
        TestWindow.waitUntil(() -> label("#liveState").equals("Live"));
        TestWindow.waitUntil(() -> label("#presence").endsWith("connected"));

        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " VALUES ('0878-1234-5678', '+6287812345678', 5)");

        TestWindow.waitUntil(() -> shownNumbers().contains("+6287812345678"));
        TestWindow.waitUntil(() -> window.count("Lead") == 2);
        TestWindow.waitUntil(() -> label("#statusText").equals("4 numbers in 5 categories"));
    }

    @Test
    void withARowSelectedNewNumbersAreAnnouncedAndADeletedSelectedRowGreysOut() throws Exception {
        window.openOnThreeNumbers(dataDir);
        TestWindow.waitUntil(() -> label("#liveState").equals("Live"));
        TableView<ContactItem> table = window.contacts();
        robot.interact(() -> table.getSelectionModel().select(2));
        ContactItem selected = table.getSelectionModel().getSelectedItem();

        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " VALUES ('0878-1234-5678', '+6287812345678', 5)");
        TestWindow.waitUntil(() -> robot.lookup("#newNumbers").queryAs(Hyperlink.class).isVisible());
        assertThat(robot.lookup("#newNumbers").queryAs(Hyperlink.class).getText()).isEqualTo("1 new number — show");
        assertThat(shownNumbers()).hasSize(3);
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(selected);

        fixture.sql("DELETE FROM phone_numbers WHERE id = " + selected.id());
        TestWindow.waitUntil(() -> robot.lookup(".table-row-cell:deleted-elsewhere").tryQuery().isPresent());
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(selected);

        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        TestWindow.waitUntil(() -> shownNumbers().size() == 2);

        robot.clickOn("#newNumbers");
        TestWindow.waitUntil(() -> shownNumbers().contains("+6287812345678") && shownNumbers().size() == 3);
    }
}
