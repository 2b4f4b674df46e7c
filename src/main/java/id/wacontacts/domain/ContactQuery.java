package id.wacontacts.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What a contact list shows: optionally one category, optionally a search text matched
 * case-insensitively against the original number, the E.164 number and the category name,
 * optionally one kind of line (mobile, fixed line, other) and optionally one of the quality
 * check's lists. All given conditions hold together.
 */
public record ContactQuery(Optional<Integer> categoryId, String searchText, Optional<LineKind> lineKind,
                           Optional<QualityFinding> finding) {

    public static final ContactQuery ALL = new ContactQuery(Optional.empty(), "");

    public ContactQuery {
        searchText = searchText == null ? "" : searchText.strip();
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(lineKind, "lineKind");
        Objects.requireNonNull(finding, "finding");
    }

    public ContactQuery(Optional<Integer> categoryId, String searchText) {
        this(categoryId, searchText, Optional.empty(), Optional.empty());
    }

    public static ContactQuery inCategory(int categoryId) {
        return new ContactQuery(Optional.of(categoryId), "");
    }

    public static ContactQuery search(String text) {
        return new ContactQuery(Optional.empty(), text);
    }

    public ContactQuery withSearch(String text) {
        return new ContactQuery(categoryId, text, lineKind, finding);
    }

    public ContactQuery withCategory(Optional<Integer> category) {
        return new ContactQuery(category, searchText, lineKind, finding);
    }

    /** Only numbers of this kind; empty for every kind. */
    public ContactQuery withLineKind(Optional<LineKind> kind) {
        return new ContactQuery(categoryId, searchText, kind, finding);
    }

    /** Only the numbers of one of the quality check's lists; empty for all. */
    public ContactQuery withFinding(Optional<QualityFinding> list) {
        return new ContactQuery(categoryId, searchText, lineKind, list);
    }

    public boolean hasSearch() {
        return !searchText.isEmpty();
    }
}
