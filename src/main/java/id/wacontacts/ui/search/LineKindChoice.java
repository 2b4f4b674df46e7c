package id.wacontacts.ui.search;

import id.wacontacts.domain.LineKind;
import id.wacontacts.ui.common.Messages;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/** The type filter beside the search: every number, mobiles, fixed lines, or the other kinds. */
final class LineKindChoice {

    private static final List<Optional<LineKind>> CHOICES = List.of(Optional.empty(),
            Optional.of(LineKind.MOBILE), Optional.of(LineKind.FIXED_LINE), Optional.of(LineKind.OTHER));

    private final SearchViewModel model;
    private final Messages messages;

    LineKindChoice(SearchViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    Node build() {
        ComboBox<Optional<LineKind>> box = new ComboBox<>();
        box.setId("lineKindFilter");
        box.getItems().setAll(CHOICES);
        StringConverter<Optional<LineKind>> names = new StringConverter<>() {
            @Override
            public String toString(Optional<LineKind> kind) {
                return name(kind == null ? Optional.empty() : kind);
            }

            @Override
            public Optional<LineKind> fromString(String text) {
                return CHOICES.stream().filter(choice -> name(choice).equals(text)).findFirst().orElse(Optional.empty());
            }
        };
        box.setConverter(names);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Optional<LineKind> item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? name(Optional.empty()) : name(item));
            }
        });
        box.setValue(model.lineKindProperty().get());
        box.valueProperty().addListener((observable, old, kind) -> model.showKind(kind == null ? Optional.empty() : kind));
        model.lineKindProperty().addListener((observable, old, kind) -> box.setValue(kind));
        box.setTooltip(new Tooltip(messages.get("lineKind.tooltip")));
        box.setAccessibleText(messages.get("lineKind.accessible"));
        return box;
    }

    private String name(Optional<LineKind> kind) {
        return messages.get(kind.map(value -> switch (value) {
            case MOBILE -> "lineKind.mobile";
            case FIXED_LINE -> "lineKind.fixedLine";
            default -> "lineKind.other";
        }).orElse("lineKind.all"));
    }
}
