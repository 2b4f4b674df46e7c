package id.wacontacts.domain;

import java.util.Optional;

/**
 * What a contact list shows: optionally one category, optionally a search text matched
 * case-insensitively against the original number, the E.164 number and the category name.
 */
public record ContactQuery(Optional<Integer> categoryId, String searchText) {

    public static final ContactQuery ALL = new ContactQuery(Optional.empty(), "");

    public ContactQuery {
        searchText = searchText == null ? "" : searchText.strip();
    }

    public static ContactQuery inCategory(int categoryId) {
        return new ContactQuery(Optional.of(categoryId), "");
    }

    public static ContactQuery search(String text) {
        return new ContactQuery(Optional.empty(), text);
    }

    public ContactQuery withSearch(String text) {
        return new ContactQuery(categoryId, text);
    }

    public boolean hasSearch() {
        return !searchText.isEmpty();
    }
}
