package id.wacontacts.ui.quality;

import id.wacontacts.domain.QualityFinding;
import id.wacontacts.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The quality check's window: progress and Cancel while it runs, then one row per list with its
 * count and a Show button that filters the number list to it. Buttons only, so Tab and Space (or
 * Enter) reach everything; it stays open beside the window while the user works through a list.
 */
public final class QualityDialog {

    private QualityDialog() {
    }

    public static Stage show(Window owner, QualityViewModel model, Messages messages) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(messages.get("quality.title"));
        stage.setScene(new Scene(content(model, messages, stage)));
        stage.setOnHidden(event -> model.cancel());
        stage.show();
        model.start();
        return stage;
    }

    /** The window's content (also for the screenshot tool). */
    public static Parent content(QualityViewModel model, Messages messages, Stage stage) {
        ProgressBar bar = new ProgressBar();
        bar.setId("qualityProgress");
        bar.setPrefWidth(440);
        bar.progressProperty().bind(model.progressProperty());
        Label text = new Label();
        text.setId("qualityMessage");
        text.setWrapText(true);
        text.setMaxWidth(440);
        text.textProperty().bind(model.messageProperty());

        GridPane lists = new GridPane();
        lists.setHgap(12);
        lists.setVgap(6);
        int row = 0;
        for (QualityFinding finding : QualityFinding.values()) {
            Label name = new Label(messages.get(key(finding)));
            Label count = new Label();
            count.setId("qualityCount" + finding.name());
            count.textProperty().bind(model.countProperty(finding).asString("%,d"));
            Button show = new Button(messages.get("quality.show"));
            show.setId("qualityShow" + finding.name());
            show.setAccessibleText(messages.get("quality.show") + ": " + messages.get(key(finding)));
            show.disableProperty().bind(model.busyProperty().or(model.countProperty(finding).isEqualTo(0)));
            show.setOnAction(event -> model.show(finding));
            lists.addRow(row++, name, count, show);
        }

        Button cancel = new Button(messages.get("import.cancel"));
        cancel.setId("qualityCancel");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(event -> model.cancel());
        Button all = new Button(messages.get("quality.showAll"));
        all.setId("qualityShowAll");
        all.setOnAction(event -> model.showAll());
        all.disableProperty().bind(model.busyProperty());
        Button close = new Button(messages.get("import.close"));
        close.setId("qualityClose");
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        HBox buttons = new HBox(8, cancel, all, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        Label note = new Label(messages.get("quality.note"));
        note.setWrapText(true);
        note.setMaxWidth(440);
        note.getStyleClass().add("muted");
        VBox root = new VBox(10, bar, text, lists, note, buttons);
        root.setPadding(new Insets(12));
        return root;
    }

    private static String key(QualityFinding finding) {
        return switch (finding) {
            case BECAME_INVALID -> "quality.list.invalid";
            case CHANGED_TYPE -> "quality.list.changedType";
            case DOUBLED_COUNTRY_CODE -> "quality.list.doubled";
            case LOST_LEADING_ZERO -> "quality.list.lostZero";
            case SCIENTIFIC_NOTATION -> "quality.list.scientific";
        };
    }
}
