package id.wacontacts.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.UiPreferences;
import id.wacontacts.ui.contact.ContactItem;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window's layout at its default size: what each pane and column keeps visible whatever was remembered. */
class WindowLayoutTest {

    /** The longest Indonesian mobile number in E.164 and a Jakarta landline, in the longest seeded category name. */
    private static final String REGULAR_NUMBERS = "INSERT INTO phone_numbers"
            + " (original_number, normalized_number, category_id, created_at, updated_at)"
            + " VALUES ('0812-3456-78901', '+62812345678901', 3, '2025-01-04 01:00', '2025-01-04 01:00'),"
            + " ('(021) 3659-0075', '+622136590075', 3, '2025-01-05 01:00', '2025-01-05 01:00')";

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("layout");

    private final FxRobot robot = new FxRobot();
    private final TestWindow window = new TestWindow(robot, fixture);

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void freshDataAndSettings() throws Exception {
        TestWindow.forgetSettings();
        fixture.reset();
        fixture.sql(TestWindow.THREE_NUMBERS);
        fixture.sql(REGULAR_NUMBERS);
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    /** The window's settings, as the next window opened reads them. */
    private static UiPreferences preferences() {
        return new UiPreferences(Preferences.userRoot().node(UiPreferences.NODE));
    }

    private void launch() throws Exception {
        window.open(dataDir);
        TestWindow.waitUntil(() -> window.contacts().getItems().size() == 5 && window.categories().getItems().size() == 6);
    }

    @Test
    void aRememberedDividerNearTheTopStillShowsFiveCategoriesAndTheAddBar() throws Exception {
        preferences().put("divider.left", 0.05);

        launch();

        assertCategoriesKeepFiveRows();
    }

    @Test
    void noDividerPositionHidesTheCategoriesOrTheChart() throws Exception {
        launch();
        SplitPane split = robot.lookup("#categorySplit").query();

        robot.interact(() -> split.setDividerPositions(0.0));
        WaitForAsyncUtils.waitForFxEvents();
        assertCategoriesKeepFiveRows();

        robot.interact(() -> split.setDividerPositions(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(heightOf("#statsPane")).isGreaterThanOrEqualTo(200);
        assertThat(heightOf("#categoryPane")).isGreaterThan(0);
    }

    @Test
    void aDividerIsRememberedWhereTheUserDraggedItAndNotMovedByOpeningTheWindow() throws Exception {
        preferences().put("divider.left", 0.6);
        launch();
        assertThat(preferences().get("divider.left", 0)).isEqualTo(0.6);

        Node divider = robot.lookup("#categorySplit > .split-pane-divider").query();
        robot.drag(divider).dropBy(0, -60);
        double dragged = robot.lookup("#categorySplit").queryAs(SplitPane.class).getDividerPositions()[0];
        assertThat(dragged).isLessThan(0.55);
        window.restart(dataDir);
        TestWindow.waitUntil(() -> window.contacts().getItems().size() == 5);

        assertThat(robot.lookup("#categorySplit").queryAs(SplitPane.class).getDividerPositions()[0])
                .isCloseTo(dragged, offset(0.01));
    }

    @Test
    void theWindowOpensWithTheLeftPaneAsWideAsRemembered() throws Exception {
        preferences().put("divider.main", 0.3);

        launch();
        awaitSettledSize(robot.lookup("#mainSplit").queryAs(SplitPane.class));

        assertThat(robot.lookup("#mainSplit").queryAs(SplitPane.class).getDividerPositions()[0])
                .isCloseTo(0.3, offset(0.005));
    }

    /**
     * At 150% on a 1366×768 screen (a window 728 high above a taskbar), the panes' minimum heights once
     * pushed the status bar out of the window and the search field squeezed the numbers pane's title.
     */
    @Test
    void atOneAndAHalfTimesTheTextOnALowScreenTheStatusBarTitlesNamesAndCountsStayWhole() throws Exception {
        preferences().setTextSize(150);
        launch();
        robot.interact(() -> {
            javafx.stage.Window stage = window.contacts().getScene().getWindow();
            stage.setWidth(1366);
            stage.setHeight(728);
        });
        awaitSettledSize(robot.lookup("#mainSplit").queryAs(SplitPane.class));

        double sceneHeight = window.contacts().getScene().getHeight();
        Bounds status = sceneBounds("#statusText");
        assertThat(status.getMaxY()).as("the status bar's bottom edge").isLessThanOrEqualTo(sceneHeight);
        assertThat(window.contacts().getScene().getRoot().getLayoutBounds().getHeight()).isLessThanOrEqualTo(sceneHeight);
        for (Node title : robot.lookup(".pane-title").queryAll()) {
            assertThat(shown((Labeled) title)).as("pane title").isEqualTo(((Labeled) title).getText());
        }
        List<TableCell<?, ?>> categoryCells = window.categories().lookupAll(".table-cell").stream()
                .<TableCell<?, ?>>map(node -> (TableCell<?, ?>) node)
                .filter(cell -> !cell.isEmpty() && cell.getText() != null && !cell.getText().isEmpty())
                .filter(cell -> !"descriptionColumn".equals(cell.getTableColumn().getId()))
                .toList();
        assertThat(categoryCells).extracting(Labeled::getText).contains("Pelanggan Regular");
        for (TableCell<?, ?> cell : categoryCells) {
            Bounds cellBounds = cell.localToScene(cell.getLayoutBounds());
            Bounds table = window.categories().localToScene(window.categories().getLayoutBounds());
            assertThat(shown(cell)).as("cell in " + cell.getTableColumn().getId()).isEqualTo(cell.getText());
            assertThat(cellBounds.getMaxX()).as("right edge of a cell in " + cell.getTableColumn().getId())
                    .isLessThanOrEqualTo(table.getMaxX());
        }
    }

    @Test
    void theNumbersTableShowsHeadersNumbersAndCategoryNamesWholeInEnglish() throws Exception {
        launch();

        assertNumbersTableShowsEverythingWhole();
    }

    @Test
    void theNumbersTableShowsHeadersNumbersAndCategoryNamesWholeInIndonesian() throws Exception {
        preferences().setLanguage(Messages.INDONESIAN);

        launch();

        assertThat(window.contacts().getColumns().get(1).getText()).isEqualTo("Internasional (E.164)");
        assertNumbersTableShowsEverythingWhole();
    }

    @Test
    void aColumnWidthTheUserSetIsKeptAfterARestart() throws Exception {
        launch();
        TableColumn<ContactItem, ?> category = column("categoryColumn");
        double before = category.getWidth();
        assertThat(preferences().width("contactTable.categoryColumn")).as("laid out, not chosen").isEmpty();

        robot.interact(() -> window.contacts().resizeColumn(category, 40));
        double widened = category.getWidth();
        assertThat(widened).isGreaterThan(before + 20);
        window.restart(dataDir);
        TestWindow.waitUntil(() -> window.contacts().getItems().size() == 5);

        assertThat(column("categoryColumn").getWidth()).isCloseTo(widened, offset(2.0));
    }

    @Test
    void widthsAnEarlierVersionSavedWithoutTheUserAskingAreForgotten() throws Exception {
        Preferences node = Preferences.userRoot().node(UiPreferences.NODE);
        node.putDouble("column.contactTable.normalizedColumn", 131);
        node.putDouble("column.contactTable.categoryColumn", 128);

        launch();

        assertThat(node.keys()).noneMatch(key -> key.startsWith("column."));
        assertThat(column("normalizedColumn").getWidth()).isGreaterThanOrEqualTo(164);
        assertNumbersTableShowsEverythingWhole();
    }

    private void assertCategoriesKeepFiveRows() {
        TableView<?> table = window.categories();
        Node header = table.lookup(".column-header-background");
        Node row = table.lookup(".table-row-cell");
        double rows = (table.getHeight() - header.getBoundsInLocal().getHeight()) / row.getBoundsInLocal().getHeight();
        assertThat(rows).as("category rows shown").isGreaterThanOrEqualTo(5);
        Bounds pane = sceneBounds("#categoryPane");
        Bounds field = sceneBounds("#newCategoryName");
        assertThat(pane.contains(field)).as("the add-category bar lies inside its pane").isTrue();
    }

    private Bounds sceneBounds(String id) {
        Node node = robot.lookup(id).query();
        return node.localToScene(node.getLayoutBounds());
    }

    private double heightOf(String id) {
        return robot.lookup(id).query().getBoundsInLocal().getHeight();
    }

    private TableColumn<ContactItem, ?> column(String id) {
        return window.contacts().getColumns().stream().filter(column -> id.equals(column.getId())).findFirst()
                .orElseThrow();
    }

    /** Every header and every cell of the shown rows reads in full, without an ellipsis. */
    private void assertNumbersTableShowsEverythingWhole() {
        TableView<ContactItem> table = window.contacts();
        List<Labeled> headers = table.lookupAll(".column-header .label").stream().map(Labeled.class::cast).toList();
        assertThat(headers).hasSize(6);
        List<TableCell<?, ?>> cells = table.lookupAll(".table-cell").stream()
                .<TableCell<?, ?>>map(node -> (TableCell<?, ?>) node)
                .filter(cell -> !cell.isEmpty() && cell.getText() != null && !cell.getText().isEmpty())
                .toList();
        assertThat(cells).extracting(Labeled::getText).contains("+62812345678901", "Pelanggan Regular");
        assertThat(cells).extracting(Labeled::getText).containsAnyOf("Landline", "Telepon tetap");
        for (Labeled labeled : headers) {
            assertThat(shown(labeled)).as("header " + labeled.getText()).isEqualTo(labeled.getText());
        }
        for (TableCell<?, ?> cell : cells) {
            assertThat(shown(cell)).as("cell in " + cell.getTableColumn().getId()).isEqualTo(cell.getText());
        }
    }

    /** The text a label draws: its own, or shortened with an ellipsis when it does not fit. */
    private static String shown(Labeled labeled) {
        // The label's own text node, not its graphic (an icon font's glyph is a Text too).
        return labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                .filter(node -> node != labeled.getGraphic())
                .map(node -> ((Text) node).getText()).findFirst().orElse("");
    }

    /** Waits until the window's own resizes after it shows are over: the pane's width unchanged over five pulses. */
    private static void awaitSettledSize(SplitPane pane) throws Exception {
        double[] last = {-1};
        int[] unchanged = {0};
        TestWindow.waitUntil(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            double width = pane.getWidth();
            unchanged[0] = width == last[0] ? unchanged[0] + 1 : 0;
            last[0] = width;
            return width > 0 && unchanged[0] >= 5;
        });
    }
}
