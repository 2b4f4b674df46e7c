package id.wacontacts.service;

import id.wacontacts.domain.UndoConflict;
import java.util.List;

/**
 * An undo, redo or restore was refused because rows it would write changed since: applying it
 * would overwrite a newer value. Nothing was changed; {@link #conflicts()} says what changed.
 */
public final class UndoRefusedException extends ServiceException {

    private final List<UndoConflict> conflicts;

    public UndoRefusedException(List<UndoConflict> conflicts) {
        super(conflicts.size() + " of the rows this step changed were changed again since"
                + " (first: " + conflicts.get(0) + "); nothing was undone.");
        this.conflicts = List.copyOf(conflicts);
    }

    /** The rows that changed since (at most {@link UndoService#MAX_CONFLICTS_LISTED}). */
    public List<UndoConflict> conflicts() {
        return conflicts;
    }
}
