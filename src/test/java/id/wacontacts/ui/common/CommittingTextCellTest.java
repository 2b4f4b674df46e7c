package id.wacontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An inline edit is kept however it ends but Esc (JDK-8089514), Tab moves on to the next editable cell,
 * and the keyboard stays in the table. Driven with the keyboard on a table of its own.
 */
class CommittingTextCellTest {

    private final FxRobot robot = new FxRobot();
    private final List<String> committed = new ArrayList<>();
    private TableView<Row> table;
    private TextField elsewhere;

    record Row(StringProperty name, StringProperty note) {
        Row(String name, String note) {
            this(new SimpleStringProperty(name), new SimpleStringProperty(note));
        }
    }

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.showStage();
    }

    @AfterAll
    static void clear() throws Exception {
        FxToolkit.setupSceneRoot(() -> new javafx.scene.layout.Pane());
    }

    @BeforeEach
    void showTable() throws Exception {
        FxToolkit.setupSceneRoot(() -> {
            table = new TableView<>(FXCollections.observableArrayList(new Row("Budi", "a"), new Row("Siti", "b")));
            table.setEditable(true);
            table.getColumns().add(column("name", Row::name));
            TableColumn<Row, String> fixed = new TableColumn<>("fixed");
            fixed.setCellValueFactory(cell -> new SimpleStringProperty("-"));
            fixed.setEditable(false);
            table.getColumns().add(fixed);
            table.getColumns().add(column("note", Row::note));
            elsewhere = new TextField();
            elsewhere.setId("elsewhere");
            return new VBox(table, elsewhere);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableColumn<Row, String> column(String id, java.util.function.Function<Row, StringProperty> value) {
        TableColumn<Row, String> column = new TableColumn<>(id);
        column.setId(id);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        column.setCellFactory(CommittingTextCell.factory());
        column.setOnEditCommit(event -> {
            committed.add(id + "=" + event.getNewValue());
            value.apply(event.getRowValue()).set(event.getNewValue());
        });
        return column;
    }

    private void editFirstName() {
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
            table.edit(0, table.getColumns().get(0));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.CONTROL, KeyCode.A).write("Bayu");
    }

    @Test
    void enterCommitsAndTheKeyboardStaysInTheTable() {
        editFirstName();
        robot.type(KeyCode.ENTER);

        assertThat(committed).containsExactly("name=Bayu");
        assertThat(table.getItems().get(0).name().get()).isEqualTo("Bayu");
        assertThat(table.getScene().getFocusOwner()).isSameAs(table);
    }

    @Test
    void tabCommitsAndEditsTheNextEditableCellSkippingTheFixedOne() {
        editFirstName();
        robot.type(KeyCode.TAB);

        assertThat(committed).containsExactly("name=Bayu");
        assertThat(table.getEditingCell()).isNotNull();
        assertThat(table.getEditingCell().getRow()).isZero();
        assertThat(table.getEditingCell().getTableColumn().getId()).isEqualTo("note");

        robot.push(KeyCode.CONTROL, KeyCode.A).write("x").type(KeyCode.TAB);
        assertThat(committed).containsExactly("name=Bayu", "note=x");
        assertThat(table.getEditingCell().getRow()).isEqualTo(1);
        assertThat(table.getEditingCell().getTableColumn().getId()).isEqualTo("name");
    }

    @Test
    void shiftTabGoesBack() {
        robot.interact(() -> {
            table.requestFocus();
            table.edit(1, table.getColumns().get(0));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.SHIFT, KeyCode.TAB);

        assertThat(table.getEditingCell().getRow()).isZero();
        assertThat(table.getEditingCell().getTableColumn().getId()).isEqualTo("note");
    }

    @Test
    void movingTheFocusElsewhereCommits() {
        editFirstName();
        robot.interact(elsewhere::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(committed).containsExactly("name=Bayu");
        assertThat(table.getEditingCell()).isNull();
    }

    @Test
    void theTableEndingTheEditCommits() {
        editFirstName();
        robot.interact(() -> table.edit(-1, null)); // what a click on another row or a scroll does

        assertThat(committed).containsExactly("name=Bayu");
    }

    @Test
    void escCancels() {
        editFirstName();
        robot.type(KeyCode.ESCAPE);

        assertThat(committed).isEmpty();
        assertThat(table.getItems().get(0).name().get()).isEqualTo("Budi");
        assertThat(table.getEditingCell()).isNull();
    }
}
