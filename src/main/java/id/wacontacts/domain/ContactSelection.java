package id.wacontacts.domain;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The numbers a bulk action works on: either rows the user picked one by one, each with the
 * {@code updated_at} it had when shown, or every number a query matches, without loading them.
 */
public sealed interface ContactSelection {

    /** Rows picked one by one; {@code seen} maps each id to its {@code updated_at} as shown (null for undated rows). */
    record Rows(Map<Integer, LocalDateTime> seen) implements ContactSelection {

        public Rows {
            seen = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(seen));
        }

        public static Rows of(Iterable<ContactRow> rows) {
            Map<Integer, LocalDateTime> seen = new LinkedHashMap<>();
            rows.forEach(row -> seen.put(row.id(), row.updatedAt()));
            return new Rows(seen);
        }

        @Override
        public boolean isEmpty() {
            return seen.isEmpty();
        }
    }

    /**
     * Every number {@code query} matches when the action runs, but for {@code excluded}; rows changed or
     * added after {@code selectedAt} (UTC, the database's clock) are left alone and reported.
     */
    record AllMatching(ContactQuery query, Set<Integer> excluded, LocalDateTime selectedAt) implements ContactSelection {

        public AllMatching {
            excluded = Set.copyOf(excluded);
        }

        /** The rows this selection covers, as one query: {@code query} without the rows left out. */
        public ContactQuery matching() {
            return query.except(excluded);
        }

        public AllMatching excluding(Set<Integer> more) {
            Set<Integer> all = new java.util.HashSet<>(excluded);
            all.addAll(more);
            return new AllMatching(query, all, selectedAt);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }

    boolean isEmpty();
}
