package id.wacontacts.ui.undo;

import java.util.List;

/**
 * A step's name as a message key and its arguments ("undo.step.deleteNumbers", 3), put into words
 * when shown: the steps keep their names in whichever language the window switches to.
 */
public record StepName(String key, List<Object> arguments) {

    public StepName {
        arguments = List.copyOf(arguments);
    }
}
