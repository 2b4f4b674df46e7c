package id.wacontacts.service.transfer;

/** Told how far a preview, import or export has come; called on the working thread. */
@FunctionalInterface
public interface TransferProgress {

    TransferProgress NONE = (stage, rows, fraction) -> { };

    /** What is being done. */
    enum Stage { READING, STORING, WRITING }

    /**
     * @param rows     rows read (or written) so far
     * @param fraction 0 to 1, or -1 when unknown
     */
    void update(Stage stage, long rows, double fraction);
}
