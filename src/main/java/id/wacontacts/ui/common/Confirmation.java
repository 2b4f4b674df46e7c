package id.wacontacts.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks before something that cannot be undone; the safe answer is the default. */
public final class Confirmation {

    private Confirmation() {
    }

    /** Shows the question and waits for the answer; true only for the confirming button. */
    public static boolean ask(Window owner, Messages messages, String question, String action) {
        return ask(owner, messages, question, action, messages.get("button.cancel"));
    }

    /** As {@link #ask(Window, Messages, String, String)}, with the safe answer's own words (e.g. "Keep importing"). */
    public static boolean ask(Window owner, Messages messages, String question, String action, String keep) {
        ButtonType confirm = new ButtonType(action, ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(keep, ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, confirm, cancel);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("confirmation");
        Button confirmButton = (Button) alert.getDialogPane().lookupButton(confirm);
        confirmButton.setId("confirmButton");
        confirmButton.setDefaultButton(false);
        confirmButton.getStyleClass().add("danger");
        Button cancelButton = (Button) alert.getDialogPane().lookupButton(cancel);
        cancelButton.setId("cancelButton");
        cancelButton.setDefaultButton(true);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }
}
