package id.wacontacts.ui.contact;

import id.wacontacts.domain.CategoryRow;
import id.wacontacts.ui.common.Accessible;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.contact.AddNumberViewModel.Validity;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The add bar above the contacts: number, category, Add; Enter adds; the line below says what will be stored. */
public final class AddNumberView {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final PseudoClass SUCCESS = PseudoClass.getPseudoClass("success");

    private final AddNumberViewModel model;
    private final ObservableList<CategoryRow> categories;
    private final Messages messages;
    private TextField number;

    public AddNumberView(AddNumberViewModel model, ObservableList<CategoryRow> categories, Messages messages) {
        this.model = model;
        this.categories = categories;
        this.messages = messages;
    }

    public Parent build() {
        number = new TextField();
        number.setId("newNumber");
        number.setPromptText(messages.get("add.prompt"));
        Accessible.named(number, messages.get("a11y.newNumber"));
        number.setPrefColumnCount(18);
        number.textProperty().bindBidirectional(model.numberProperty());
        number.setOnAction(event -> model.add());
        HBox.setHgrow(number, Priority.ALWAYS);

        ComboBox<CategoryRow> category = new ComboBox<>(categories);
        category.setId("newNumberCategory");
        category.setPromptText(messages.get("add.category"));
        Accessible.named(category, messages.get("a11y.newNumberCategory"));
        category.setConverter(new StringConverter<>() {
            @Override
            public String toString(CategoryRow row) {
                return row == null ? "" : row.name();
            }

            @Override
            public CategoryRow fromString(String text) {
                return null;
            }
        });
        // Its width is in the stylesheet (em), so it grows with the text size.
        category.setMinWidth(Region.USE_PREF_SIZE);
        // The model holds the choice. A ComboBox clears its own value when its items are replaced
        // (every refresh after an add), so it is not bound both ways: a user's pick goes to the
        // model, and the box shows the model's choice again after each change of the list.
        category.setValue(model.categoryProperty().get());
        model.categoryProperty().addListener((observable, old, row) -> category.setValue(row));
        category.setOnAction(event -> {
            if (category.getValue() != null) {
                model.categoryProperty().set(category.getValue());
            }
        });
        categories.addListener((ListChangeListener<CategoryRow>) change -> category.setValue(model.categoryProperty().get()));

        Button add = new Button(messages.get("add.button"), new FontIcon("mdi2p-plus"));
        add.setId("addNumberButton");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.getStyleClass().add("accent");
        add.disableProperty().bind(model.numberProperty().isEmpty());
        add.setOnAction(event -> model.add());

        Label feedback = new Label();
        feedback.setId("numberFeedback");
        feedback.getStyleClass().add("feedback");
        feedback.textProperty().bind(model.feedbackProperty());
        model.validityProperty().addListener((observable, old, validity) -> showValidity(validity, feedback));
        showValidity(model.validityProperty().get(), feedback);

        HBox row = new HBox(6, number, category, add);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(2, row, feedback);
        bar.setId("addBar");
        return bar;
    }

    private void showValidity(Validity validity, Label feedback) {
        boolean bad = validity == Validity.INVALID || validity == Validity.DUPLICATE;
        number.pseudoClassStateChanged(DANGER, bad);
        number.pseudoClassStateChanged(SUCCESS, validity == Validity.VALID);
        feedback.pseudoClassStateChanged(DANGER, bad);
        feedback.pseudoClassStateChanged(SUCCESS, validity == Validity.VALID);
    }

    /** Ctrl+N. */
    public void focus() {
        number.requestFocus();
        number.selectAll();
    }
}
