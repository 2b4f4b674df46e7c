package id.wacontacts.ui.main;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.beans.binding.Bindings;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
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
        // A screen reader that is on the status bar hears each new message.
        message.textProperty().addListener((observable, old, now) ->
                message.notifyAccessibleAttributeChanged(javafx.scene.AccessibleAttribute.TEXT));

        Label lastBackup = new Label();
        lastBackup.setId("lastBackup");
        lastBackup.setGraphic(new FontIcon("mdi2b-backup-restore"));
        lastBackup.textProperty().bind(lastBackupText);
        lastBackup.visibleProperty().bind(lastBackup.textProperty().isNotEmpty());
        lastBackup.managedProperty().bind(lastBackup.visibleProperty());
        lastBackup.setMinWidth(Region.USE_PREF_SIZE);

        StackPane busy = new StackPane(progress);
        busy.setMinWidth(16);
        status.setMinWidth(Region.USE_PREF_SIZE);
        warning.setMinWidth(Region.USE_PREF_SIZE);
        HBox left = new HBox(10, busy, status, warning, message);
        left.setAlignment(Pos.CENTER_LEFT);
        HBox right = new HBox(10, lastBackup);
        right.getChildren().addAll(liveItems);
        right.getChildren().add(location);
        right.setAlignment(Pos.CENTER_RIGHT);
        for (javafx.scene.Node item : right.getChildren()) {
            if (item instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        // Both groups on one line while they fit, the right one against the right edge; with a large text
        // size they take two lines rather than cut anything off.
        FlowPane bar = new FlowPane(10, 2, left, right);
        bar.setId("statusBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        left.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double free = bar.getWidth() - bar.getInsets().getLeft() - bar.getInsets().getRight()
                    - right.prefWidth(-1) - bar.getHgap();
            double needed = left.getChildren().stream().filter(javafx.scene.Node::isManaged)
                    .mapToDouble(node -> node == message ? 0 : node.prefWidth(-1) + left.getSpacing()).sum();
            return Math.max(needed, free);
        }, bar.widthProperty(), right.widthProperty(), status.textProperty(), warning.visibleProperty(),
                message.textProperty()));
        return bar;
    }
}
