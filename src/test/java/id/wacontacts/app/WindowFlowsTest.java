package id.wacontacts.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.CategoryCount;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.UiPreferences;
import id.wacontacts.ui.contact.ContactItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Every flow of the window, driven headless with keyboard and mouse against a real database:
 * adding, editing and deleting numbers and categories, search, the chart and the language.
 */
class WindowFlowsTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("flows");
    private static Stage stage;

    private final FxRobot robot = new FxRobot();
    private final TestWindow window = new TestWindow(robot, fixture);

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startToolkit() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void freshDataAndSettings() throws Exception {
        TestWindow.forgetSettings();
        fixture.reset();
        fixture.sql(TestWindow.THREE_NUMBERS);
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

    private List<String> shownNumbers() {
        return contacts().getItems().stream().map(item -> item.row().normalizedNumber()).toList();
    }

    private String text(String id) {
        Node node = robot.lookup(id).query();
        return node instanceof Label label ? label.getText() : ((TextField) node).getText();
    }

    private long count(String category) {
        return window.count(category);
    }

    @SuppressWarnings("unchecked")
    private Number bar(String category) {
        BarChart<Number, String> chart = robot.lookup("#barChart").query();
        return chart.getData().get(0).getData().stream().filter(data -> data.getYValue().equals(category))
                .map(XYChart.Data::getXValue).findFirst().orElse(null);
    }

    /** The chart's category names as drawn, top to bottom. */
    @SuppressWarnings("unchecked")
    private List<String> barsTopDown() {
        BarChart<Number, String> chart = robot.lookup("#barChart").query();
        List<String> names = new ArrayList<>(((CategoryAxis) chart.getYAxis()).getCategories());
        Collections.reverse(names);
        return names;
    }

    private List<String> listedCategories() {
        return categories().getItems().stream().map(CategoryCount::name).filter(name -> !name.equals("All numbers"))
                .toList();
    }

    /** A menu item of the window's menu bar, by id (menu items are not nodes a lookup finds). */
    private MenuItem menuItem(String id) {
        MenuBar bar = robot.lookup("#menuBar").query();
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    /** Gives a table the keyboard without a click, which would change its selection. */
    private FxRobot focus(Node node) {
        robot.interact(node::requestFocus);
        return robot;
    }

    private void typeNewNumber(String number) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.write(number);
    }

    @Test
    void listsNumbersNewestFirst() throws Exception {
        launch();

        assertThat(shownNumbers()).containsExactly("+6281311112222", "+6285712345678", "+6281234567890");
        assertThat(contacts().getItems().get(0).row().categoryName()).isEqualTo("Lead");
    }

    @Test
    void addsAValidNumberWithTheKeyboardAndTheChartFollows() throws Exception {
        launch();

        typeNewNumber("0878 1234 5678");
        waitUntil(() -> text("#numberFeedback").startsWith("Valid: +62 878-1234-5678"));
        robot.type(KeyCode.ENTER);

        waitUntil(() -> shownNumbers().size() == 4);
        assertThat(shownNumbers().get(0)).isEqualTo("+6287812345678");
        assertThat(text("#newNumber")).isEmpty();
        waitUntil(() -> count("All numbers") == 4);
        assertThat(text("#latestMessage")).isEqualTo("+6287812345678 added to \"Lead\".");
        assertThat(text("#statusText")).isEqualTo("4 numbers in 5 categories");
    }

    @Test
    void refusesAnInvalidNumberAndSaysWhy() throws Exception {
        launch();

        typeNewNumber("0812-34ab");
        waitUntil(() -> text("#numberFeedback").equals("The number contains letters; enter digits only."));
        robot.type(KeyCode.ENTER);

        waitUntil(() -> text("#latestMessage").startsWith("\"0812-34ab\" is not a valid phone number"));
        assertThat(shownNumbers()).hasSize(3);
    }

    @Test
    void refusesADuplicateNamingTheCategoryThatHoldsIt() throws Exception {
        launch();

        typeNewNumber("+62 812 3456 7890");
        waitUntil(() -> text("#numberFeedback").equals("+6281234567890 is already stored in category \"Prospek\"."));
        robot.clickOn("#addNumberButton");

        waitUntil(() -> text("#latestMessage").equals("+6281234567890 is already stored in category \"Prospek\"."));
        assertThat(shownNumbers()).hasSize(3);
    }

    @Test
    void editsANumberInPlaceAndRenormalisesIt() throws Exception {
        launch();
        robot.interact(() -> contacts().getSelectionModel().clearAndSelect(0));
        focus(contacts()).type(KeyCode.F2);

        robot.write("0821 9999 8888").type(KeyCode.ENTER);

        waitUntil(() -> shownNumbers().get(0).equals("+6282199998888"));
        assertThat(contacts().getItems().get(0).row().originalNumber()).isEqualTo("0821 9999 8888");
        assertThat(fixture.database()).isNotNull();
    }

    @Test
    void aDuplicateEditRevertsAndSaysWhy() throws Exception {
        launch();
        robot.interact(() -> contacts().getSelectionModel().clearAndSelect(0));
        focus(contacts()).type(KeyCode.F2);

        robot.write("0812-3456-7890").type(KeyCode.ENTER);

        waitUntil(() -> text("#latestMessage").equals("+6281234567890 is already stored in category \"Prospek\"."));
        assertThat(contacts().getItems().get(0).row().originalNumber()).isEqualTo("0813-1111-2222");
    }

    @Test
    void anEditOfANumberAnotherComputerChangedIsRefusedReloadedAndCanBeAppliedAgain() throws Exception {
        launch();
        robot.interact(() -> contacts().getSelectionModel().clearAndSelect(0));
        focus(contacts()).type(KeyCode.F2);
        // Changed elsewhere while this edit is open: the window follows other changes, never the edited row.
        fixture.sql("UPDATE phone_numbers SET original_number = '0813-1111-3333', normalized_number = '+6281311113333'"
                + " WHERE normalized_number = '+6281311112222'");

        robot.write("0821 9999 8888").type(KeyCode.ENTER);

        waitUntil(() -> text("#latestMessage").startsWith("This contact was changed on another computer"));
        assertThat(text("#latestMessage")).isEqualTo("This contact was changed on another computer; it now reads"
                + " 0813-1111-3333 in \"Lead\". Your value was not saved: 0821 9999 8888");
        waitUntil(() -> shownNumbers().get(0).equals("+6281311113333"));

        waitUntil(() -> robot.lookup("Apply again").tryQuery().isPresent());
        robot.clickOn("Apply again");

        waitUntil(() -> shownNumbers().get(0).equals("+6282199998888"));
        assertThat(fixture.contacts().findByNormalized("+6282199998888")).isPresent();
        assertThat(fixture.contacts().findByNormalized("+6281311113333")).isEmpty();
    }

    @Test
    void anEditOfANumberAnotherComputerDeletedSaysSoWithTheTypedValue() throws Exception {
        launch();
        robot.interact(() -> contacts().getSelectionModel().clearAndSelect(0));
        focus(contacts()).type(KeyCode.F2);
        fixture.sql("DELETE FROM phone_numbers WHERE normalized_number = '+6281311112222'");

        robot.write("0821 9999 8888").type(KeyCode.ENTER);

        waitUntil(() -> text("#latestMessage").equals("This contact was deleted on another computer."
                + " Your value was not saved: 0821 9999 8888"));
        waitUntil(() -> shownNumbers().size() == 2);
    }

    @Test
    void aRenameOfACategoryAnotherComputerChangedIsRefusedAndCanBeAppliedAgain() throws Exception {
        launch();
        // Lead is the last row: the fewest numbers.
        robot.interact(() -> categories().getSelectionModel().clearAndSelect(5));
        String before = categories().getItems().get(5).name();
        focus(categories()).type(KeyCode.F2);
        // Changed elsewhere while this edit is open: the window reads the categories again only after it.
        fixture.sql("UPDATE categories SET description = 'Changed elsewhere' WHERE name = '" + before + "'");

        robot.write("Pelanggan Setia").type(KeyCode.ENTER);

        waitUntil(() -> text("#latestMessage").equals("The category \"" + before
                + "\" was changed on another computer. Your value was not saved: \"Pelanggan Setia\""));
        assertThat(fixture.categories().findByName(before).orElseThrow().description()).isEqualTo("Changed elsewhere");

        waitUntil(() -> robot.lookup("Apply again").tryQuery().isPresent());
        robot.clickOn("Apply again");

        waitUntil(() -> count("Pelanggan Setia") >= 0);
        assertThat(fixture.categories().findByName("Pelanggan Setia").orElseThrow().description())
                .isEqualTo("Changed elsewhere");
    }

    @Test
    void renamesACategoryInPlace() throws Exception {
        launch();
        robot.interact(() -> categories().getSelectionModel().clearAndSelect(5));
        String before = categories().getItems().get(5).name();
        focus(categories()).type(KeyCode.F2);

        robot.write("Pelanggan Setia").type(KeyCode.ENTER);

        waitUntil(() -> count("Pelanggan Setia") >= 0);
        assertThat(categories().getItems()).extracting(CategoryCount::name).doesNotContain(before);
    }

    @Test
    void refusesADuplicateCategoryNameAndKeepsTheOldOne() throws Exception {
        launch();
        robot.interact(() -> categories().getSelectionModel().clearAndSelect(1));
        String before = categories().getItems().get(1).name();
        focus(categories()).type(KeyCode.F2);

        robot.write("Lead").type(KeyCode.ENTER);

        waitUntil(() -> text("#latestMessage").equals("A category named \"Lead\" already exists."));
        waitUntil(() -> categories().getItems().get(1).name().equals(before));
    }

    @Test
    void deletingACategoryAsksWithTheCountAndTakesItsNumbers() throws Exception {
        launch();
        int prospek = categories().getItems().stream().filter(row -> row.name().equals("Prospek")).findFirst()
                .map(row -> categories().getItems().indexOf(row)).orElseThrow();
        robot.interact(() -> categories().getSelectionModel().clearAndSelect(prospek));
        waitUntil(() -> shownNumbers().size() == 2);
        focus(categories()).type(KeyCode.DELETE);

        waitUntil(() -> robot.lookup("#confirmation").tryQuery().isPresent());
        assertThat(robot.lookup("#confirmation .content").queryAs(Label.class).getText())
                .isEqualTo("Delete the category \"Prospek\"? All its 2 numbers go to the trash with it."
                        + " Edit → Undo or View → Trash brings them back.");
        robot.clickOn("#confirmButton");

        waitUntil(() -> shownNumbers().equals(List.of("+6281311112222")));
        waitUntil(() -> categories().getItems().size() == 5);
        assertThat(bar("Prospek")).isNull();
        assertThat(bar("Lead")).isEqualTo(1L);
        assertThat(text("#latestMessage")).isEqualTo("Category \"Prospek\" deleted with 2 numbers.");
    }

    @Test
    void deletesSelectedNumbersAtOnceAndCtrlZBringsThemBackAndCtrlShiftZDeletesThemAgain() throws Exception {
        launch();
        robot.interact(() -> contacts().getSelectionModel().selectRange(0, 2));
        focus(contacts()).type(KeyCode.DELETE);

        waitUntil(() -> shownNumbers().equals(List.of("+6281234567890")));
        assertThat(robot.lookup("#confirmButton").tryQuery()).isEmpty();
        waitUntil(() -> count("All numbers") == 1);
        assertThat(bar("Lead")).isEqualTo(0L);
        waitUntil(() -> !menuItem("menuUndo").isDisable());
        assertThat(menuItem("menuUndo").getText()).isEqualTo("_Undo: delete 2 numbers"); // U is its Alt key

        focus(contacts()).press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> shownNumbers().size() == 3 && count("All numbers") == 3);
        assertThat(bar("Lead")).isEqualTo(1L);

        focus(contacts()).press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> shownNumbers().equals(List.of("+6281234567890")) && count("All numbers") == 1);

        focus(contacts()).press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> shownNumbers().size() == 3);
        focus(contacts()).press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        waitUntil(() -> shownNumbers().equals(List.of("+6281234567890")));
    }

    /** Numbers an undo brings back return through triggers, "not checked yet": the window classifies them again. */
    @Test
    void numbersAnUndoBringsBackGetTheirTypeAgain() throws Exception {
        launch();
        waitUntil(() -> TestWindow.typeOf(fixture, "+6281311112222") == 1 && TestWindow.typeOf(fixture, "+6285712345678") == 1);
        robot.interact(() -> contacts().getSelectionModel().selectRange(0, 2));
        focus(contacts()).type(KeyCode.DELETE);
        waitUntil(() -> shownNumbers().equals(List.of("+6281234567890")));
        assertThat(TestWindow.typeOf(fixture, "+6281311112222")).isEqualTo(-1);

        focus(contacts()).press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        waitUntil(() -> shownNumbers().size() == 3);
        waitUntil(() -> TestWindow.typeOf(fixture, "+6281311112222") == 1 && TestWindow.typeOf(fixture, "+6285712345678") == 1);
    }

    @Test
    void ctrlZInATextFieldUndoesTheTypingNotTheLastStep() throws Exception {
        launch();
        robot.interact(() -> contacts().getSelectionModel().clearAndSelect(0));
        focus(contacts()).type(KeyCode.DELETE);
        waitUntil(() -> shownNumbers().size() == 2);
        waitUntil(() -> !menuItem("menuUndo").isDisable());

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.write("0812");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        waitUntil(() -> text("#newNumber").isEmpty());
        assertThat(shownNumbers()).hasSize(2);
        assertThat(menuItem("menuUndo").isDisable()).isFalse();
    }

    @Test
    void searchFindsLocalFormInInternationalNumbers() throws Exception {
        launch();

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("0812 345");

        waitUntil(() -> shownNumbers().equals(List.of("+6281234567890")));
        waitUntil(() -> text("#matchCount").equals("1 match"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> shownNumbers().size() == 3);
        assertThat(text("#searchField")).isEmpty();
    }

    @Test
    void searchFindsInternationalFormAndCategoryNames() throws Exception {
        launch();

        robot.clickOn("#searchField").write("+62 857 1234");
        waitUntil(() -> shownNumbers().equals(List.of("+6285712345678")));

        robot.interact(() -> ((TextField) robot.lookup("#searchField").query()).clear());
        robot.clickOn("#searchField").write("lead");
        waitUntil(() -> shownNumbers().equals(List.of("+6281311112222")));
    }

    @Test
    void clickingABarFiltersTheContactsToItsCategory() throws Exception {
        launch();
        int lead = categories().getItems().stream().filter(row -> row.name().equals("Lead")).findFirst()
                .orElseThrow().id();

        robot.clickOn("#chart-" + lead);

        waitUntil(() -> shownNumbers().equals(List.of("+6281311112222")));
        assertThat(categories().getSelectionModel().getSelectedItem().name()).isEqualTo("Lead");
        assertThat(bar("Prospek")).isEqualTo(2L);
    }

    @Test
    void theBarsFollowTheCategoriesListWhenItsOrderChanges() throws Exception {
        launch();
        waitUntil(() -> barsTopDown().equals(listedCategories()));
        assertThat(barsTopDown().subList(0, 2)).containsExactly("Prospek", "Lead");

        for (String last : List.of("8", "9")) {
            int shown = shownNumbers().size();
            typeNewNumber("0878 1234 567" + last);
            waitUntil(() -> text("#numberFeedback").startsWith("Valid: +62 878-1234-567" + last));
            robot.type(KeyCode.ENTER);
            waitUntil(() -> shownNumbers().size() == shown + 1);
        }

        waitUntil(() -> count("Lead") == 3);
        waitUntil(() -> barsTopDown().equals(listedCategories()));
        assertThat(barsTopDown().subList(0, 2)).containsExactly("Lead", "Prospek");
    }

    @Test
    void theAddBarKeepsItsCategoryWhenThatCategoryIsRenamed() throws Exception {
        launch();
        int lead = listedCategories().indexOf("Lead") + 1;
        robot.interact(() -> categories().getSelectionModel().clearAndSelect(lead));
        focus(categories()).type(KeyCode.F2);
        robot.write("Lead Baru").type(KeyCode.ENTER);
        waitUntil(() -> count("Lead Baru") == 1);

        typeNewNumber("0878 1234 5678");
        waitUntil(() -> text("#numberFeedback").startsWith("Valid: +62 878-1234-5678"));
        robot.type(KeyCode.ENTER);

        waitUntil(() -> count("Lead Baru") == 2);
        assertThat(text("#latestMessage")).isEqualTo("+6287812345678 added to \"Lead Baru\".");
    }

    @Test
    void switchesToIndonesianAndRemembersIt() throws Exception {
        launch();

        robot.clickOn("#menuLanguage").clickOn("Bahasa Indonesia");

        waitUntil(() -> categories().getItems().size() == 6 && categories().getItems().get(0).name().equals("Semua nomor"));
        assertThat(text("#statusText")).isEqualTo("3 nomor dalam 5 kategori");
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).getPromptText())
                .isEqualTo("Cari nomor atau kategori (Ctrl+F)");
        assertThat(new UiPreferences(Preferences.userRoot().node(UiPreferences.NODE)).language().getLanguage())
                .isEqualTo("id");

        window.restart(dataDir);
        window.waitForThreeNumbers();
        assertThat(categories().getItems().get(0).name()).isEqualTo("Semua nomor");
    }
}
