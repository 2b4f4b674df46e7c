package id.wacontacts.ui.live;

import id.wacontacts.ui.common.CommittingTextCell;
import id.wacontacts.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The live-update notices over the number list and the status bar's "live" and presence; bound to {@link LiveViewModel}. */
public final class LiveView {

    private final LiveViewModel model;
    private final Messages messages;

    public LiveView(LiveViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** "12 new numbers — show" and the notice over a row changed elsewhere while being edited; hidden when empty. */
    public Node notices() {
        Hyperlink newNumbers = new Hyperlink();
        newNumbers.setId("newNumbers");
        newNumbers.setGraphic(new FontIcon("mdi2a-arrow-up"));
        newNumbers.textProperty().bind(model.newNumbersTextProperty());
        newNumbers.visibleProperty().bind(model.newNumbersTextProperty().isNotEmpty());
        newNumbers.managedProperty().bind(newNumbers.visibleProperty());
        newNumbers.setOnAction(event -> model.showNew());

        Label text = new Label();
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().bind(model.conflictTextProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button reload = new Button(messages.get("live.conflict.reload"));
        reload.setId("conflictReload");
        reload.setOnAction(event -> model.reloadConflict());
        Button keepMine = new Button(messages.get("live.conflict.keepMine"));
        keepMine.setId("conflictKeepMine");
        keepMine.setOnAction(event -> model.dismissConflict());
        CommittingTextCell.decidesEdits(reload);
        CommittingTextCell.decidesEdits(keepMine);
        HBox conflict = new HBox(8, new FontIcon("mdi2a-alert-outline"), text, reload, keepMine);
        conflict.setId("conflictNotice");
        conflict.setAlignment(Pos.CENTER_LEFT);
        conflict.getStyleClass().add("live-conflict");
        conflict.visibleProperty().bind(model.conflictTextProperty().isNotNull());
        conflict.managedProperty().bind(conflict.visibleProperty());

        VBox box = new VBox(4, newNumbers, conflict);
        box.managedProperty().bind(newNumbers.visibleProperty().or(conflict.visibleProperty()));
        box.visibleProperty().bind(box.managedProperty());
        return box;
    }

    /** The status bar's "Live" / "Reconnecting (n s)" and "3 desktops connected" with their names as tooltip. */
    public Node[] statusItems() {
        Label state = new Label();
        state.setId("liveState");
        state.setGraphic(new FontIcon("mdi2a-access-point"));
        state.textProperty().bind(model.stateTextProperty());
        state.visibleProperty().bind(model.stateTextProperty().isNotEmpty());
        state.managedProperty().bind(state.visibleProperty());

        Label presence = new Label();
        presence.setId("presence");
        presence.setGraphic(new FontIcon("mdi2m-monitor-multiple"));
        presence.textProperty().bind(model.presenceTextProperty());
        Tooltip names = new Tooltip();
        names.textProperty().bind(model.presenceTooltipProperty());
        presence.setTooltip(names);
        presence.visibleProperty().bind(model.presenceTextProperty().isNotEmpty());
        presence.managedProperty().bind(presence.visibleProperty());
        return new Node[] {state, presence};
    }
}
