package id.wacontacts.ui.common;

import id.wacontacts.service.Reachability;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Inline edits that could not be stored because the database was out of reach, kept with what the
 * user typed so they can be offered again, on the row as it is then, once the database is back.
 *
 * @param <R> the row an edit changes
 */
public final class UnsavedEdits<R> {

    /** One kept edit: which row, what the user typed, and the change to apply to the row as it is then. */
    public record Edit<R>(int id, String typed, Function<R, R> change) {
    }

    private final List<Edit<R>> edits = new ArrayList<>();

    /**
     * Keeps the edit when {@code failure} means the database could not be reached.
     *
     * @return whether it was kept; otherwise the caller reports the failure
     */
    public boolean keepIfLost(Throwable failure, int id, String typed, Function<R, R> change) {
        if (!Reachability.lost(failure)) {
            return false;
        }
        edits.add(new Edit<>(id, typed, change));
        return true;
    }

    /** Hands every kept edit to {@code offer}, oldest first, and forgets them (an edit lost again is kept again). */
    public void replay(Consumer<Edit<R>> offer) {
        List<Edit<R>> pending = List.copyOf(edits);
        edits.clear();
        pending.forEach(offer);
    }

    /** How many edits are kept. */
    public int size() {
        return edits.size();
    }

    /** Forgets every kept edit: the user chose to discard them. */
    public void discard() {
        edits.clear();
    }

    /** What the user typed in each kept edit, oldest first. */
    public List<String> typedValues() {
        return edits.stream().map(Edit::typed).toList();
    }
}
