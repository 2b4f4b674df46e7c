package id.wacontacts.service;

import java.nio.file.Path;

/**
 * A backup could not be written, or a file could not be restored. A refused restore has changed
 * nothing; {@link #problem()} says why, so the UI can word it in the user's language.
 */
public final class BackupFileException extends ServiceException {

    /** The ways a backup file can be refused or fail. */
    public enum Problem {
        /** The file is not a WA Contacts backup (another program's file, a pg_dump, an empty file). */
        NOT_A_BACKUP,
        /** The file ends early, was edited, or does not match its own header. */
        DAMAGED,
        /** A newer WA Contacts made it, from a schema or file format this version does not know. */
        NEWER_VERSION,
        /** A row breaks the app's own rules ({@link #rowProblem()} says which, {@link #line()} where). */
        INVALID_ROW,
        /** The database refused the file's rows (a constraint, a value); the restore rolled back. */
        REJECTED_BY_DATABASE,
        /** Another computer kept the tables busy; the restore gave up waiting and changed nothing. */
        DATABASE_BUSY,
        /** The file cannot be read, or the backup cannot be written there. */
        FILE_ACCESS
    }

    /** What is wrong with a refused row. */
    public enum RowProblem {
        /** The normalised number is not a valid E.164 number. */
        INVALID_NUMBER,
        /** The category name is empty, too long, or not as the app would store it. */
        CATEGORY_NAME,
        /** The category description is longer than the app allows. */
        CATEGORY_DESCRIPTION,
        /** The number's category is not among the file's categories. */
        UNKNOWN_CATEGORY,
        /** The line is not a row of the table (columns, ids). */
        MALFORMED
    }

    private final Problem problem;
    private final Path file;
    private RowProblem rowProblem;
    private long line;
    private String value = "";

    public BackupFileException(Problem problem, Path file, String message) {
        super(message);
        this.problem = problem;
        this.file = file;
    }

    public BackupFileException(Problem problem, Path file, String message, Throwable cause) {
        this(problem, file, message);
        initCause(cause);
    }

    /** A file refused for one row: {@link Problem#INVALID_ROW}. */
    static BackupFileException invalidRow(Path file, long line, RowProblem rowProblem, String value, String message) {
        BackupFileException refused = new BackupFileException(Problem.INVALID_ROW, file, message);
        refused.rowProblem = rowProblem;
        refused.line = line;
        refused.value = value;
        return refused;
    }

    /** For {@link Problem#INVALID_ROW}: what is wrong with the row; otherwise null. */
    public RowProblem rowProblem() {
        return rowProblem;
    }

    /** For {@link Problem#INVALID_ROW}: the refused row's line in the file (the first line is 1). */
    public long line() {
        return line;
    }

    /** For {@link Problem#INVALID_ROW}: the offending value, shortened and without control characters. */
    public String value() {
        return value;
    }

    public Problem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }
}
