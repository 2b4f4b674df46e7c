package id.wacontacts.domain;

import java.util.List;

/**
 * What a restore from the trash did: how many numbers and categories came back, and the items
 * that stayed in the trash because bringing them back would have stored something twice.
 */
public record TrashRestore(int numbers, int categories, List<Conflict> conflicts) {

    public TrashRestore {
        conflicts = List.copyOf(conflicts);
    }

    /**
     * One item left in the trash.
     *
     * @param changeId the trash item (its deletion's history id)
     * @param value the number (E.164) or the category's name
     * @param holder for {@link UndoConflict.Reason#NUMBER_TAKEN}: the category holding the number now;
     *     the user keeps it there ({@code keepCurrent}) or moves it back ({@code moveBack})
     */
    public record Conflict(long changeId, ChangeEvent.Table table, UndoConflict.Reason reason, String value,
            String holder) {
    }
}
