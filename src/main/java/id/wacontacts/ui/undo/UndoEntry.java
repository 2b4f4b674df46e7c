package id.wacontacts.ui.undo;

import id.wacontacts.domain.UndoStep;

/** One step on an undo or redo stack: its name ("delete 3 numbers") and the history events that undo it. */
public final class UndoEntry {

    private final StepName name;
    private final UndoStep step;

    UndoEntry(StepName name, UndoStep step) {
        this.name = name;
        this.step = step;
    }

    public StepName name() {
        return name;
    }

    public UndoStep step() {
        return step;
    }
}
