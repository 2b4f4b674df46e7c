package id.wacontacts.domain;

import id.wacontacts.domain.ChangeEvent.Action;
import id.wacontacts.domain.ChangeEvent.Table;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What other clients changed since the last delivery, coalesced: per table the ids added, changed
 * and deleted, or "reload the table" when too many rows changed to list; plus the statements
 * themselves ({@link #changes()}) in the order they were heard, for those who print them.
 */
public record ChangeSet(Map<Table, TableChanges> tables, List<Change> changes) {

    /** Above this many ids in one table, a delivery says "reload" instead of listing them. */
    public static final int MAX_IDS = 1000;

    public ChangeSet {
        tables = Map.copyOf(tables);
        changes = List.copyOf(changes);
    }

    /** The coalesced changes of one table; the three id sets are disjoint. */
    public record TableChanges(boolean reload, Set<Integer> inserted, Set<Integer> updated, Set<Integer> deleted) {

        public TableChanges {
            inserted = Set.copyOf(inserted);
            updated = Set.copyOf(updated);
            deleted = Set.copyOf(deleted);
        }
    }

    /**
     * One statement of another client: {@code count} rows of {@code table}, their ids when at most
     * 100 (else empty), the transaction and the writer's application name.
     */
    public record Change(Table table, Action action, long count, List<Integer> ids, long transactionId,
            String desktop) {

        public Change {
            ids = List.copyOf(ids);
        }
    }

    public boolean isEmpty() {
        return changes.isEmpty() && tables.isEmpty();
    }

    /** The changes of one table, or none. */
    public TableChanges of(Table table) {
        return tables.getOrDefault(table, new TableChanges(false, Set.of(), Set.of(), Set.of()));
    }

    /** Collects changes until delivered. Not thread-safe. */
    public static final class Builder {

        private final Map<Table, Mutable> tables = new EnumMap<>(Table.class);
        private final List<Change> changes = new ArrayList<>();

        /** Adds one statement's change; more than 100 rows (no ids) or a truncate mean "reload". */
        public Builder add(Change change) {
            changes.add(change);
            Mutable table = tables.computeIfAbsent(change.table(), t -> new Mutable());
            if (change.action() == Action.TRUNCATE || change.ids().size() < change.count()) {
                table.reload = true;
            }
            for (Integer id : change.ids()) {
                switch (change.action()) {
                    case INSERT -> {
                        table.deleted.remove(id);
                        table.updated.remove(id);
                        table.inserted.add(id);
                    }
                    case UPDATE -> {
                        if (!table.inserted.contains(id)) {
                            table.updated.add(id);
                        }
                    }
                    case DELETE -> {
                        // Kept even after an insert in the same set: changes may come twice (a
                        // catch-up repeats some), so the receiver may already show the row.
                        table.inserted.remove(id);
                        table.updated.remove(id);
                        table.deleted.add(id);
                    }
                    case TRUNCATE -> table.reload = true;
                }
            }
            if (table.inserted.size() + table.updated.size() + table.deleted.size() > MAX_IDS) {
                table.reload = true;
            }
            return this;
        }

        /** Makes every table reload (a catch-up too large to list). */
        public Builder reloadEverything() {
            for (Table table : Table.values()) {
                tables.computeIfAbsent(table, t -> new Mutable()).reload = true;
            }
            return this;
        }

        public boolean isEmpty() {
            return tables.isEmpty();
        }

        /** The set collected so far; the builder starts empty again. */
        public ChangeSet drain() {
            Map<Table, TableChanges> result = new EnumMap<>(Table.class);
            tables.forEach((table, m) -> result.put(table, m.reload
                    ? new TableChanges(true, Set.of(), Set.of(), Set.of())
                    : new TableChanges(false, m.inserted, m.updated, m.deleted)));
            ChangeSet set = new ChangeSet(result, changes);
            tables.clear();
            changes.clear();
            return set;
        }
    }

    private static final class Mutable {
        boolean reload;
        final Set<Integer> inserted = new LinkedHashSet<>();
        final Set<Integer> updated = new LinkedHashSet<>();
        final Set<Integer> deleted = new LinkedHashSet<>();
    }
}
