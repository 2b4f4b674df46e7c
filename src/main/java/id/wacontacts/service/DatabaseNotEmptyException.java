package id.wacontacts.service;

import id.wacontacts.domain.DatabaseContents;

/**
 * A restore without permission to replace found categories or numbers a user made. Nothing was
 * changed; the caller asks the user and restores again with replacing allowed.
 */
public final class DatabaseNotEmptyException extends ServiceException {

    private final DatabaseContents contents;

    public DatabaseNotEmptyException(DatabaseContents contents) {
        super("The database already holds " + contents.phoneNumbers() + " phone number(s) in " + contents.categories()
                + " categories; nothing was changed. Restore with --replace to replace them with the backup.");
        this.contents = contents;
    }

    public DatabaseContents contents() {
        return contents;
    }
}
