package id.wacontacts.service;

/**
 * An import or export that cannot start or go on: the file is no list, a column or category is
 * missing. Nothing was stored. {@link #detail()} is the file, column or category concerned.
 */
public final class ImportException extends ServiceException {

    /** What is wrong, one constant each, so the UI can say what to do. */
    public enum Problem {
        /** Binary content: a picture, a PDF, a program. */
        NOT_TEXT,
        /** A spreadsheet the app does not read (.xls, .xlsb, .ods, a password-protected workbook): save it as .xlsx or CSV. */
        SPREADSHEET,
        /** An .xlsx that cannot be read: damaged, cut short, or written against the format. */
        DAMAGED_WORKBOOK,
        /** No rows at all. */
        EMPTY_FILE,
        /** A vCard file without a single card. */
        NOT_VCARD,
        /** No column holds phone numbers, and none was chosen. */
        NO_NUMBER_COLUMN,
        /** The chosen column is not in the file. */
        NO_SUCH_COLUMN,
        /** The category does not exist and creating it was not allowed. */
        CATEGORY_MISSING,
        /** Neither a category nor a category column was given. */
        CATEGORY_REQUIRED,
        /** The category column names more new categories than any real list has: probably the wrong column. */
        TOO_MANY_CATEGORIES,
        /** The file could not be read or written. */
        FILE_UNREADABLE,
        /**
         * A cell, line, field or contact card larger than any list holds, or a workbook that expands to
         * far more than its size: refused before it can use up the memory.
         */
        TOO_LARGE,
        /** A text file whose bytes are UTF-8 in one place and another encoding elsewhere. */
        MIXED_ENCODING
    }

    private final Problem problem;
    private final String detail;

    public ImportException(Problem problem, String detail, String message) {
        super(message);
        this.problem = problem;
        this.detail = detail;
    }

    public ImportException(Problem problem, String detail, String message, Throwable cause) {
        this(problem, detail, message);
        initCause(cause);
    }

    public Problem problem() {
        return problem;
    }

    public String detail() {
        return detail;
    }
}
