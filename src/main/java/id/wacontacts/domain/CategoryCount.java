package id.wacontacts.domain;

/** A category with how many numbers it holds (zero included). */
public record CategoryCount(CategoryRow category, long phoneCount) {

    public int id() {
        return category.id();
    }

    public String name() {
        return category.name();
    }
}
