package id.wacontacts.domain;

/**
 * Why one row of a step cannot be undone (or restored) without overwriting a newer change.
 *
 * @param table the row's table
 * @param rowId the row's id
 * @param reason what happened since
 * @param current the row's value now, as the user knows it: the number (E.164) or the category's
 *     name; for {@link Reason#NUMBER_TAKEN} the name of the category that holds the number now
 */
public record UndoConflict(ChangeEvent.Table table, int rowId, Reason reason, String current) {

    /** What happened to the row since the step. */
    public enum Reason {
        /** It was changed since (on this desktop or another). */
        CHANGED,
        /** It was deleted since. */
        DELETED,
        /** The number was stored again since; {@code current} names the category holding it. */
        NUMBER_TAKEN,
        /** Another category has the name now. */
        NAME_TAKEN,
        /** The number's category is gone and cannot be brought back with it. */
        CATEGORY_GONE,
        /** The category holds numbers added since, which the undo would delete with it. */
        CATEGORY_NOT_EMPTY
    }
}
