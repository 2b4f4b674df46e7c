package id.wacontacts.service;

/**
 * The row was changed (or deleted) since the user read it, typically on another computer
 * sharing the database. The edit was not applied; the caller reloads and shows the user's value.
 */
public final class ChangedElsewhereException extends ServiceException {

    private final NotFoundException.Kind kind;
    private final int id;

    public ChangedElsewhereException(NotFoundException.Kind kind, int id) {
        super("This " + (kind == NotFoundException.Kind.CATEGORY ? "category" : "contact")
                + " was changed on another computer in the meantime; reload it and apply the change again.");
        this.kind = kind;
        this.id = id;
    }

    public NotFoundException.Kind kind() {
        return kind;
    }

    public int id() {
        return id;
    }
}
