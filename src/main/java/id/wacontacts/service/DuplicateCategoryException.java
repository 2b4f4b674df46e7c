package id.wacontacts.service;

/** Another category already has this name (names are unique). */
public final class DuplicateCategoryException extends ServiceException {

    private final String name;

    public DuplicateCategoryException(String name) {
        super("A category named \"" + name + "\" already exists.");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
