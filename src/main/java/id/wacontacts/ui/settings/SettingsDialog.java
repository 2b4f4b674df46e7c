package id.wacontacts.ui.settings;

import id.wacontacts.service.Retention;
import id.wacontacts.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File → Settings…: the trash's and the history's retention, for every computer of this database.
 * Keyboard only: the trash field has the focus, Tab goes through the fields to Save and Cancel,
 * each field's label has a mnemonic (Alt and the underlined letter), and Escape cancels.
 */
public final class SettingsDialog {

    private SettingsDialog() {
    }

    /** Shows the dialog, reading the stored settings into it. */
    public static Stage show(Window owner, SettingsViewModel model, Messages messages) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(messages.get("settings.title"));

        Spinner<Integer> trash = spinner("settingsTrashDays", Retention.MIN_TRASH_DAYS, Retention.MAX_TRASH_DAYS,
                model.trashDaysProperty().get());
        model.trashDaysProperty().addListener((observable, old, now) -> trash.getValueFactory().setValue(now.intValue()));
        trash.valueProperty().addListener((observable, old, now) -> model.trashDaysProperty().set(now));
        Label trashLabel = label(messages.get("settings.trashDays"), trash);

        CheckBox forever = new CheckBox(messages.get("settings.historyForever"));
        forever.setId("settingsHistoryForever");
        forever.setMnemonicParsing(true);
        forever.selectedProperty().bindBidirectional(model.keepHistoryForeverProperty());

        Spinner<Integer> history = spinner("settingsHistoryDays", Retention.MIN_TRASH_DAYS, Retention.MAX_HISTORY_DAYS,
                model.historyDaysProperty().get());
        model.historyDaysProperty().addListener((observable, old, now) -> history.getValueFactory().setValue(now.intValue()));
        history.valueProperty().addListener((observable, old, now) -> model.historyDaysProperty().set(now));
        history.disableProperty().bind(model.keepHistoryForeverProperty());
        Label historyLabel = label(messages.get("settings.historyDays"), history);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, trashLabel, trash, new Label(messages.get("settings.days")));
        grid.add(forever, 0, 1, 3, 1);
        grid.addRow(2, historyLabel, history, new Label(messages.get("settings.days")));

        Label shared = new Label(messages.get("settings.shared"));
        wrap(shared);
        shared.getStyleClass().add("muted");
        Label problem = new Label();
        problem.setId("settingsProblem");
        wrap(problem);
        problem.getStyleClass().add("error");
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        // The window grows to show the sentence (and shrinks back once it is gone).
        problem.textProperty().addListener((observable, old, now) -> stage.sizeToScene());

        Button save = new Button(messages.get("settings.save"));
        save.setId("settingsSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(event -> {
            // A value typed but not yet confirmed with Enter counts too.
            commit(trash);
            commit(history);
            model.save(stage::close);
        });
        Button cancel = new Button(messages.get("settings.cancel"));
        cancel.setId("settingsCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> stage.close());
        HBox buttons = new HBox(8, save, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(12, grid, shared, problem, buttons);
        root.setPadding(new Insets(16));
        root.setId("settingsDialog");
        root.setPrefWidth(480);
        Scene scene = new Scene(root);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        model.load();
        stage.show();
        trash.requestFocus();
        return stage;
    }

    /** A label of several lines: as high as its text needs at the dialog's width, never cut off. */
    private static void wrap(Label label) {
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value) {
        Spinner<Integer> spinner = new Spinner<>(new IntegerSpinnerValueFactory(min, max, Math.max(min, Math.min(max, value))));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        return spinner;
    }

    private static Label label(String text, Spinner<Integer> field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }

    /** Takes the text typed into a spinner as its value; text that is not a whole number is put back. */
    private static void commit(Spinner<Integer> spinner) {
        try {
            spinner.getValueFactory().setValue(Integer.parseInt(spinner.getEditor().getText().strip()));
        } catch (NumberFormatException e) {
            spinner.getEditor().setText(String.valueOf(spinner.getValue()));
        }
    }
}
