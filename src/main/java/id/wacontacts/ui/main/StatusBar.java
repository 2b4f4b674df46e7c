package id.wacontacts.ui.main;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's status bar: busy, totals, a search warning, the latest message, the last backup
 * (or that the automatic one failed) and where the database is.
 */
final class StatusBar {

    private StatusBar() {
    }

    /**
     * @param latestMessage  the latest notification, repeated so a missed one can still be read
     * @param lastBackupText the last backup, empty when backups are not this desktop's to keep
     * @param liveItems      whether other desktops' changes arrive, and who is connected
     */
    static Parent build(MainViewModel model, ObservableValue<String> latestMessage,
                        ObservableValue<String> lastBackupText, javafx.scene.Node... liveItems) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("busyIndicator");
        progress.setPrefSize(16, 16);
        progress.setMaxSize(16, 16);
        progress.visibleProperty().bind(model.busyProperty());

        Label status = new Label();
        status.setId("statusText");
        status.textProperty().bind(model.statusProperty());

        Label warning = new Label();
        warning.setId("searchWarning");
        warning.getStyleClass().add("warning");
        warning.setGraphic(new FontIcon("mdi2a-alert-outline"));
        warning.textProperty().bind(model.searchWarningProperty());
        warning.visibleProperty().bind(model.searchWarningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        Label location = new Label();
        location.setId("databaseLocation");
        location.setGraphic(new FontIcon("mdi2d-database"));
        location.textProperty().bind(model.databaseLocationProperty());
        location.setMinWidth(Region.USE_PREF_SIZE);

        Label message = new Label();
        message.setId("latestMessage");
        message.getStyleClass().add("muted");
        message.textProperty().bind(latestMessage);
        message.setMinWidth(0);

        Label lastBackup = new Label();
        lastBackup.setId("lastBackup");
        lastBackup.setGraphic(new FontIcon("mdi2b-backup-restore"));
        lastBackup.textProperty().bind(lastBackupText);
        lastBackup.visibleProperty().bind(lastBackup.textProperty().isNotEmpty());
        lastBackup.managedProperty().bind(lastBackup.visibleProperty());
        lastBackup.setMinWidth(Region.USE_PREF_SIZE);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        StackPane busy = new StackPane(progress);
        busy.setMinWidth(16);
        HBox bar = new HBox(10, busy, status, warning, message, spacer, lastBackup);
        bar.getChildren().addAll(liveItems);
        bar.getChildren().add(location);
        bar.setId("statusBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
