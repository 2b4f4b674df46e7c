package id.wacontacts.service;

/** The category or contact does not exist (any more). */
public final class NotFoundException extends ServiceException {

    /** What was looked for. */
    public enum Kind { CATEGORY, CONTACT }

    private final Kind kind;
    private final int id;

    public NotFoundException(Kind kind, int id) {
        super((kind == Kind.CATEGORY ? "Category" : "Contact") + " " + id + " does not exist.");
        this.kind = kind;
        this.id = id;
    }

    public Kind kind() {
        return kind;
    }

    public int id() {
        return id;
    }
}
