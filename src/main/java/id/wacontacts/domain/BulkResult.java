package id.wacontacts.domain;

import java.util.List;

/**
 * What a bulk action did, in its one transaction.
 *
 * @param done           the numbers moved or deleted
 * @param changedElsewhere numbers left alone because another desktop changed (or added) them after they were selected
 * @param gone           picked numbers that another desktop deleted meanwhile
 * @param examples       a few of the numbers left alone (E.164), for the message
 * @param step           the step the action made in the history, for undo
 */
public record BulkResult(long done, long changedElsewhere, long gone, List<String> examples, UndoStep step) {

    public BulkResult {
        examples = List.copyOf(examples);
    }

    /** Whether anything was left alone because of others' changes. */
    public boolean leftAlone() {
        return changedElsewhere > 0 || gone > 0;
    }
}
