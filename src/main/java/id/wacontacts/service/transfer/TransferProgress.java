package id.wacontacts.service.transfer;

/**
 * Told how far a preview, import or export has come; called on the working thread, except
 * {@link Stage#WAITING}, which an import's database thread reports.
 */
@FunctionalInterface
public interface TransferProgress {

    TransferProgress NONE = (stage, rows, fraction) -> { };

    /** What is being done. */
    enum Stage {
        READING, STORING, WRITING,
        /** An import waits for another import into the same database to commit before it stores. */
        WAITING
    }

    /**
     * @param rows     rows read (or written) so far
     * @param fraction 0 to 1, or -1 when unknown
     */
    void update(Stage stage, long rows, double fraction);
}
