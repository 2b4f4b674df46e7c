package id.wacontacts.service;

import id.wacontacts.domain.ContactRow;

/** The number is already stored; {@link #existing()} says as which contact and in which category. */
public final class DuplicateNumberException extends ServiceException {

    private final ContactRow existing;

    public DuplicateNumberException(ContactRow existing) {
        super(existing.normalizedNumber() + " is already stored in category \"" + existing.categoryName() + "\".");
        this.existing = existing;
    }

    public ContactRow existing() {
        return existing;
    }
}
