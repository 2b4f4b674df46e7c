package id.wacontacts.ui.search;

import id.wacontacts.ui.common.Accessible;
import id.wacontacts.ui.common.Messages;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/** The clearable search field; the search runs 250 ms after the last key. */
public final class SearchView {

    /** How long typing must pause before the search runs. */
    public static final Duration DEBOUNCE = Duration.millis(250);

    private final SearchViewModel model;
    private final Messages messages;
    private TextField field;

    public SearchView(SearchViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        field = TextFields.createClearableTextField();
        field.setId("searchField");
        field.setPromptText(messages.get("search.prompt"));
        Accessible.named(field, messages.get("a11y.search"));
        ((CustomTextField) field).setLeft(new FontIcon("mdi2m-magnify"));
        field.setPrefColumnCount(28);
        field.textProperty().bindBidirectional(model.textProperty());

        PauseTransition pause = new PauseTransition(DEBOUNCE);
        pause.setOnFinished(event -> model.apply());
        field.textProperty().addListener((observable, old, text) -> pause.playFromStart());
        // A filter: the text field's own Esc handling would otherwise take the key first.
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                pause.stop();
                model.clear();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                pause.stop();
                model.apply();
            }
        });

        Label matches = new Label();
        matches.setId("matchCount");
        matches.getStyleClass().add("muted");
        matches.textProperty().bind(model.matchesText());

        HBox bar = new HBox(10, field, new LineKindChoice(model, messages).build(), matches);
        HBox.setHgrow(field, Priority.SOMETIMES);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Ctrl+F. */
    public void focus() {
        field.requestFocus();
        field.selectAll();
    }
}
