package id.wacontacts.ui.main;

import id.wacontacts.ui.common.Accessible;
import id.wacontacts.ui.common.Messages;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** Help → About: the version, where the data is, and the backups. Values can be selected and copied. */
final class AboutDialog {

    /** One row: a node id for tests, the label's bundle key, the value. */
    record Line(String id, String key, String value) {
    }

    private AboutDialog() {
    }

    static void show(Window owner, Messages messages, List<Line> lines) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        for (Line line : lines) {
            Label name = new Label(messages.get(line.key()));
            name.getStyleClass().add("muted");
            TextField value = new TextField(line.value());
            value.setId(line.id());
            value.setEditable(false);
            value.getStyleClass().add("about-value");
            value.setPrefColumnCount(Math.max(20, Math.min(60, line.value().length())));
            GridPane.setHgrow(value, Priority.ALWAYS);
            grid.addRow(row++, Accessible.labels(name, value), value);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null,
                new ButtonType(messages.get("about.close"), ButtonData.CANCEL_CLOSE));
        alert.initOwner(owner);
        alert.setTitle(messages.get("about.title"));
        alert.setHeaderText(messages.get("app.title"));
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("aboutDialog");
        alert.setResizable(true);
        alert.show();
    }
}
