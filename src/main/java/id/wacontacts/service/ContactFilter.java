package id.wacontacts.service;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.LineKind;
import id.wacontacts.domain.PageCursor;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * The WHERE clause of a contact query, built from fixed fragments; every user value is a parameter.
 * The categories whose names match are looked up first (a small table) and passed as ids: a
 * sub-select inside the OR would hide from the planner how few rows match, and it would read
 * every number instead of using the trigram indexes.
 */
record ContactFilter(ContactQuery query, Optional<PageCursor> after, Optional<SearchPattern> search,
                     List<Integer> namedCategories) {

    static ContactFilter of(Session session, ContactQuery query, Optional<PageCursor> after) {
        if (!query.hasSearch()) {
            return new ContactFilter(query, after, Optional.empty(), List.of());
        }
        SearchPattern pattern = SearchPattern.of(query.searchText());
        List<Integer> named = session.createNativeQuery(
                        "SELECT id FROM categories WHERE name ILIKE :text", Integer.class)
                .setParameter("text", pattern.text())
                .getResultList();
        return new ContactFilter(query, after, Optional.of(pattern), named);
    }

    /**
     * Whether the list is read in number_types' order: a quality list, or a type filter other than
     * mobiles. Its copies of the category and the newest-first key (kept equal to phone_numbers' by
     * triggers) let the page be one range of its indexes, as a category's page is one range of
     * phone_numbers'. Those indexes leave mobiles out (V14): most numbers are mobiles, so their
     * list reads phone_numbers' order and looks each number's type up by its key.
     */
    private boolean byNumberTypes() {
        return query.lineKind().filter(kind -> kind != LineKind.MOBILE).isPresent() || query.finding().isPresent();
    }

    String where() {
        List<String> conditions = new ArrayList<>();
        boolean typed = byNumberTypes();
        query.categoryId().ifPresent(id -> conditions.add(typed ? "nt.category_id = :category" : "pn.category_id = :category"));
        // A constant, not a parameter, so that the planner can match the indexes' "kind <> 1".
        query.lineKind().ifPresent(kind -> conditions.add("nt.kind = " + kind.code()));
        // The first condition is the partial index's own predicate, the second picks the list.
        query.finding().ifPresent(finding -> conditions.add("nt.findings <> 0 AND (nt.findings & :finding) <> 0"));
        query.only().ifPresent(ids -> conditions.add(ids.isEmpty() ? "FALSE" : "pn.id IN (:only)"));
        if (!query.except().isEmpty()) {
            conditions.add("pn.id NOT IN (:except)");
        }
        after.ifPresent(cursor -> conditions.add("(" + sortKey() + ")"
                + " < (COALESCE(CAST(:afterCreated AS timestamp), '-infinity'), :afterId)"));
        search.ifPresent(pattern -> conditions.add(searchCondition(pattern)));
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /**
     * A query of digits (and number punctuation) is matched on the E.164 number through its
     * trigram index: the digits of every stored original are there too. Any other query matches
     * the category names, and the number as typed only where that can hold the query: among the
     * few originals with a character the app never stores (a partial index holds just those).
     * Punctuation alone matches no number. No shape reads the whole table.
     */
    private String searchCondition(SearchPattern pattern) {
        List<String> alternatives = new ArrayList<>();
        if (pattern.digits().isPresent()) {
            alternatives.add("pn.normalized_number LIKE :digits");
        } else if (pattern.lettered()) {
            alternatives.add("(" + SearchPattern.LETTERED_ORIGINAL + " AND pn.original_number ILIKE :text)");
        }
        if (!namedCategories.isEmpty()) {
            alternatives.add("pn.category_id IN (:named)");
        }
        return alternatives.isEmpty() ? "FALSE" : "(" + String.join(" OR ", alternatives) + ")";
    }

    private String sortKey() {
        return byNumberTypes() ? "nt.sort_time, nt.phone_number_id" : ContactService.CREATED + ", pn.id";
    }

    /** Newest first, in the order of the index the filter reads. */
    private String newestFirst() {
        return byNumberTypes() ? " ORDER BY nt.sort_time DESC, nt.phone_number_id DESC" : ContactService.NEWEST_FIRST;
    }

    <T> NativeQuery<T> bind(NativeQuery<T> nativeQuery) {
        query.categoryId().ifPresent(id -> nativeQuery.setParameter("category", id));
        query.finding().ifPresent(finding -> nativeQuery.setParameter("finding", (short) finding.bit()));
        query.only().filter(ids -> !ids.isEmpty()).ifPresent(ids -> nativeQuery.setParameterList("only", ids));
        if (!query.except().isEmpty()) {
            nativeQuery.setParameterList("except", query.except());
        }
        after.ifPresent(cursor -> nativeQuery
                .setParameter("afterCreated", cursor.createdAt(), LocalDateTime.class)
                .setParameter("afterId", cursor.id()));
        search.ifPresent(pattern -> {
            if (pattern.digits().isPresent()) {
                nativeQuery.setParameter("digits", pattern.digits().get());
            } else if (pattern.lettered()) {
                nativeQuery.setParameter("text", pattern.text());
            }
            if (!namedCategories.isEmpty()) {
                nativeQuery.setParameterList("named", namedCategories);
            }
        });
        return nativeQuery;
    }

    /** The statement of one page, newest first. */
    String pageSql() {
        return "SELECT " + Rows.CONTACT_COLUMNS + ContactService.FROM + where() + newestFirst()
                + " LIMIT :limit";
    }

    /**
     * Counts along the newest-first order, as pages are read: without it a common match (one digit,
     * a large category's name) was counted by a sequential scan that stops only after {@code cap}
     * matches, which for a match that is common overall but rare in the table's physical order
     * would read the whole table.
     */
    String countSql() {
        return "SELECT count(*) FROM (SELECT 1" + ContactService.FROM + where() + newestFirst()
                + " LIMIT :limit) matching";
    }
}
