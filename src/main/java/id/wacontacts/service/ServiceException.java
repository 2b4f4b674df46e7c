package id.wacontacts.service;

/**
 * A request the services refused for a reason the user can act on. The subclass says which;
 * the UI words it in the user's language, the CLI prints {@link #getMessage()}.
 */
public abstract sealed class ServiceException extends RuntimeException
        permits ValidationException, DuplicateCategoryException, DuplicateNumberException,
        InvalidNumberException, NotFoundException, ChangedElsewhereException, ImportException,
        BackupFileException, DatabaseNotEmptyException, UndoRefusedException {

    protected ServiceException(String message) {
        super(message);
    }
}
