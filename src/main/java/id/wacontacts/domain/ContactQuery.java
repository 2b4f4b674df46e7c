package id.wacontacts.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a contact list shows: optionally one category, optionally a search text matched
 * case-insensitively against the original number, the E.164 number and the category name,
 * optionally one kind of line (mobile, fixed line, other), optionally one of the quality
 * check's lists, optionally only some rows by id (rows the user picked) and never the rows of
 * {@code except} (rows left out of "all matching"). All given conditions hold together.
 */
public record ContactQuery(Optional<Integer> categoryId, String searchText, Optional<LineKind> lineKind,
                           Optional<QualityFinding> finding, Optional<Set<Integer>> only, Set<Integer> except) {

    public static final ContactQuery ALL = new ContactQuery(Optional.empty(), "");

    public ContactQuery {
        searchText = searchText == null ? "" : searchText.strip();
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(lineKind, "lineKind");
        Objects.requireNonNull(finding, "finding");
        only = only.map(Set::copyOf);
        except = Set.copyOf(except);
    }

    public ContactQuery(Optional<Integer> categoryId, String searchText, Optional<LineKind> lineKind,
                        Optional<QualityFinding> finding) {
        this(categoryId, searchText, lineKind, finding, Optional.empty(), Set.of());
    }

    public ContactQuery(Optional<Integer> categoryId, String searchText) {
        this(categoryId, searchText, Optional.empty(), Optional.empty());
    }

    /** Exactly these rows (the rows a user picked), whatever else they match. */
    public static ContactQuery rows(Set<Integer> ids) {
        return new ContactQuery(Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.of(ids), Set.of());
    }

    public static ContactQuery inCategory(int categoryId) {
        return new ContactQuery(Optional.of(categoryId), "");
    }

    public static ContactQuery search(String text) {
        return new ContactQuery(Optional.empty(), text);
    }

    public ContactQuery withSearch(String text) {
        return new ContactQuery(categoryId, text, lineKind, finding, only, except);
    }

    public ContactQuery withCategory(Optional<Integer> category) {
        return new ContactQuery(category, searchText, lineKind, finding, only, except);
    }

    /** Only numbers of this kind; empty for every kind. */
    public ContactQuery withLineKind(Optional<LineKind> kind) {
        return new ContactQuery(categoryId, searchText, kind, finding, only, except);
    }

    /** Only the numbers of one of the quality check's lists; empty for all. */
    public ContactQuery withFinding(Optional<QualityFinding> list) {
        return new ContactQuery(categoryId, searchText, lineKind, list, only, except);
    }

    /** The same query without the rows of {@code ids} (rows left out of "all matching"). */
    public ContactQuery except(Set<Integer> ids) {
        return new ContactQuery(categoryId, searchText, lineKind, finding, only, ids);
    }

    /** Whether some rows are named by id, picked or left out. */
    public boolean namesRows() {
        return only.isPresent() || !except.isEmpty();
    }

    public boolean hasSearch() {
        return !searchText.isEmpty();
    }

    /** Short enough for a log line or an event's description: rows named by id are counted, not listed. */
    @Override
    public String toString() {
        return "ContactQuery[categoryId=" + categoryId + ", searchText=" + searchText + ", lineKind=" + lineKind
                + ", finding=" + finding + only.map(ids -> ", only " + ids.size() + " rows").orElse("")
                + (except.isEmpty() ? "" : ", except " + except.size() + " rows") + "]";
    }
}
