package id.wacontacts.domain;

/**
 * What merging one category into another will do: every number of {@code from} moves to {@code into},
 * and {@code from} is deleted (the history keeps its name and description).
 */
public record MergePreview(CategoryRow from, long fromCount, CategoryRow into, long intoCount) {

    /** How many numbers {@code into} will hold. */
    public long totalAfter() {
        return fromCount + intoCount;
    }
}
