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
        /** The database refused the file's rows (a constraint, a value); the restore rolled back. */
        REJECTED_BY_DATABASE,
        /** Another computer kept the tables busy; the restore gave up waiting and changed nothing. */
        DATABASE_BUSY,
        /** The file cannot be read, or the backup cannot be written there. */
        FILE_ACCESS
    }

    private final Problem problem;
    private final Path file;

    public BackupFileException(Problem problem, Path file, String message) {
        super(message);
        this.problem = problem;
        this.file = file;
    }

    public BackupFileException(Problem problem, Path file, String message, Throwable cause) {
        this(problem, file, message);
        initCause(cause);
    }

    public Problem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }
}
