package id.wacontacts.ui.common;

import id.wacontacts.service.ChangedElsewhereException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one way an edit made in a list cell is stored, shared by the category and the contact lists:
 * the change is applied to the row as the user saw it. When another computer changed or deleted the
 * row meanwhile, the row is reloaded and the user's value offered again ("Apply again"); when the
 * database could not be reached, the edit is kept and offered again, on the row as it is then, once
 * it is back; any other failure is said in one sentence and the old value shown again.
 *
 * <p>Each list names its own {@link Keys}: changed elsewhere and not saved (both given
 * {@link Rows#offerArguments}), and deleted elsewhere (given what the user typed).
 *
 * @param <R> the row an edit changes
 */
public final class InlineEdits<R> {

    /** The message keys a list words its edits' outcomes with. */
    public record Keys(String changedElsewhere, String notSaved, String deletedElsewhere) {
    }

    /** What the list does around the shared steps. Everything but {@link #find} runs on the FX thread. */
    public interface Rows<R> {

        int id(R row);

        /** The row as the database has it now, in the background; empty when it was deleted. */
        Optional<R> find(int id);

        /** The edit was stored: show {@code updated}. */
        void stored(R updated);

        /** The edit was refused for a reason already said: show {@code seen} again. */
        void refused(R seen);

        /** The row was read again after another computer changed it: show it, or drop it when deleted. */
        void reloaded(int id, Optional<R> current);

        /** The message's arguments that offer the user's value again on the row as it is now. */
        Object[] offerArguments(R current, String typed);
    }

    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Notifier notifier;
    private final Keys keys;
    private final Rows<R> rows;
    private final UnsavedEdits<R> unsaved = new UnsavedEdits<>();

    public InlineEdits(TaskRunner tasks, Messages messages, Notifier notifier, Keys keys, Rows<R> rows) {
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.notifier = notifier;
        this.keys = keys;
        this.rows = rows;
    }

    /** Applies {@code change} (a service call, run in the background) to {@code seen}, the row as the user saw it. */
    public void update(R seen, String typed, Function<R, R> change) {
        int id = rows.id(seen);
        tasks.run(() -> change.apply(seen), rows::stored, failure -> {
            if (failure instanceof ChangedElsewhereException) {
                reloadAndOffer(id, typed, change, keys.changedElsewhere());
            } else if (!unsaved.keepIfLost(failure, id, typed, change)) {
                notifier.error(errors.describe(failure));
                rows.refused(seen);
            }
        });
    }

    /** Shows the row as it is now and the user's value, with "Apply again" on the reloaded row. */
    private void reloadAndOffer(int id, String typed, Function<R, R> change, String why) {
        tasks.run(() -> rows.find(id), found -> {
            rows.reloaded(id, found);
            if (found.isPresent()) {
                R current = found.get();
                notifier.error(messages.get(why, rows.offerArguments(current, typed)),
                        messages.get("action.applyAgain"), () -> update(current, typed, change));
            } else {
                notifier.error(messages.get(keys.deletedElsewhere(), typed));
            }
        }, failure -> {
            if (!unsaved.keepIfLost(failure, id, typed, change)) {
                notifier.error(errors.describe(failure));
            }
        });
    }

    /** The database is back: offers each edit it could not store, on the row as it is now. */
    public void reconnected() {
        unsaved.replay(edit -> reloadAndOffer(edit.id(), edit.typed(), edit.change(), keys.notSaved()));
    }

    /** The edits kept because the database could not be reached. */
    public UnsavedEdits<R> unsaved() {
        return unsaved;
    }

    /** What the user typed in each kept edit, oldest first. */
    public List<String> unsavedValues() {
        return unsaved.typedValues();
    }
}
