package id.wacontacts.ui.export;

import id.wacontacts.ui.common.EscapeCloses;
import id.wacontacts.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * An export's small window with progress and cancel; where to save and in which format was asked
 * before, by the File menu's view-model.
 */
public final class ExportDialog {

    private ExportDialog() {
    }

    /**
     * Shows an export's progress, with Cancel while it runs and Close once it ended; closing the window
     * cancels a running export.
     *
     * @return the progress window, already showing
     */
    public static Stage show(Window owner, ExportViewModel model, Messages messages) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(messages.get("export.title"));
        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(model.progressProperty());
        Label text = new Label();
        text.setId("exportMessage");
        text.setWrapText(true);
        text.textProperty().bind(model.messageProperty());
        Button cancel = new Button(messages.get("import.cancel"));
        cancel.setId("cancelExportButton");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(event -> model.cancel());
        Button close = new Button(messages.get("import.close"));
        close.setId("closeExportButton");
        close.visibleProperty().bind(model.busyProperty().not());
        close.setCancelButton(true); // Esc closes the window once the export has ended
        close.setOnAction(event -> stage.close());
        close.setDefaultButton(true);
        // The keyboard goes to whichever of the two is shown; Esc closes (and so cancels) either way.
        cancel.visibleProperty().addListener((observable, was, shown) -> (shown ? cancel : close).requestFocus());
        HBox buttons = new HBox(8, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, bar, text, buttons);
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 420, 140));
        stage.setOnHidden(event -> model.cancel());
        EscapeCloses.install(stage);
        stage.show();
        return stage;
    }
}
