package id.wacontacts.service.transfer;

/** What importing would do with one row of a list. */
public enum RowStatus {
    /** A valid number, new: it will be stored. */
    VALID,
    /** Not a valid number (or its category cannot be used): never stored. */
    INVALID,
    /** The same number as an earlier row of the file: the earlier row wins. */
    DUPLICATE_IN_FILE,
    /** Stored already, in the category the row names. */
    ALREADY_STORED
}
