package id.wacontacts.ui.common;

import java.util.Optional;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;

/**
 * What a screen reader (Narrator, NVDA, VoiceOver) calls a control. A control that shows words of its own
 * (a button's text) is named by them; an icon-only control gets an accessible text; a field or a choice is
 * named by a label, so the reader says the label's words and then the field's value.
 */
public final class Accessible {

    private Accessible() {
    }

    /**
     * Names {@code node}, which shows no words of its own, for screen readers: a field or a choice through
     * a label kept with it (its accessible text would be read as its value), anything else by its
     * accessible text.
     */
    public static <T extends Node> T named(T node, String name) {
        if (node instanceof TextInputControl || node instanceof ComboBoxBase) {
            Label label = new Label(name);
            label.setLabelFor(node);
            node.getProperties().put(Accessible.class, label); // the label lives as long as the field
        } else {
            node.setAccessibleText(name);
        }
        return node;
    }

    /** Makes {@code label} the name of {@code node}, which it stands beside. */
    public static Label labels(Label label, Node node) {
        label.setLabelFor(node);
        return label;
    }

    /** What a screen reader would call {@code node}; empty when it would have nothing to say. */
    public static Optional<String> nameOf(Node node) {
        String text = node.getAccessibleText();
        if (text == null && node.queryAccessibleAttribute(AccessibleAttribute.LABELED_BY) instanceof Labeled label) {
            text = label.getText();
        }
        if (text == null && node instanceof Labeled labeled) {
            text = labeled.getText();
        }
        return Optional.ofNullable(text).map(String::strip).filter(name -> !name.isEmpty());
    }
}
