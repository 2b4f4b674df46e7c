package id.wacontacts.domain;

import java.util.List;

/**
 * One user step as the history recorded it: the change_log events of these database
 * transactions whose ids are above {@code afterChangeId}. The bound lets every lookup walk the
 * history's primary key instead of scanning it for the transaction ids.
 *
 * @param afterChangeId the newest change_log id before the step began (0 for an empty history)
 * @param transactions the step's database transactions (one for every service call but an import in parts)
 * @param isUndo the step is an undo: undoing it is a redo, whose deletions go to the trash again
 */
public record UndoStep(long afterChangeId, List<Long> transactions, boolean isUndo) {

    public UndoStep {
        transactions = List.copyOf(transactions);
    }

    /** A user's own step. */
    public UndoStep(long afterChangeId, List<Long> transactions) {
        this(afterChangeId, transactions, false);
    }

    /** True when the step changed nothing (nothing to undo). */
    public boolean isEmpty() {
        return transactions.isEmpty();
    }
}
