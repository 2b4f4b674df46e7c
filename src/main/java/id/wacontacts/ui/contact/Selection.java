package id.wacontacts.ui.contact;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.ContactSelection;
import id.wacontacts.domain.ContactSelection.AllMatching;
import id.wacontacts.domain.MatchCount;
import id.wacontacts.service.BulkService;
import id.wacontacts.service.Cancellation;
import id.wacontacts.ui.common.ErrorMessages;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.Notifier;
import id.wacontacts.ui.common.TaskRunner;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the list's bulk actions work on: the rows the user picked, or "all matching" — every number
 * the list's query matches, however many pages, without loading them (the selection is the query).
 * In "all matching", rows the user then unselects in the table are left out; a plain click on one row
 * (or a new query) goes back to picked rows.
 */
public final class Selection {

    private final TaskRunner tasks;
    private final Messages messages;
    private final Notifier notifier;
    private final ContactListViewModel contacts;
    /** The "all matching" selection, or null while rows are picked one by one. */
    private final ObjectProperty<AllMatching> all = new SimpleObjectProperty<>();
    /** How many numbers "all matching" holds, exactly, or null while it is being counted. */
    private final ObjectProperty<Long> allCount = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty offer = new SimpleStringProperty("");
    private Set<Integer> picked = Set.of();
    private Set<Integer> excluded = Set.of();
    private Cancellation counting = new Cancellation();
    private BulkService bulk;

    public Selection(TaskRunner tasks, Messages messages, Notifier notifier, ContactListViewModel contacts) {
        this.tasks = tasks;
        this.messages = messages;
        this.notifier = notifier;
        this.contacts = contacts;
        contacts.queryProperty().addListener((observable, old, now) -> clear());
        contacts.matchesProperty().addListener((observable, old, now) -> describe());
        all.addListener((observable, old, now) -> describe());
        allCount.addListener((observable, old, now) -> describe());
    }

    public void connect(BulkService bulkService) {
        this.bulk = bulkService;
    }

    /**
     * Selects every number the list's query matches: only the moment is taken from the database (rows
     * changed after it are left alone by the actions), then the exact count arrives in the background.
     */
    public void selectAllMatching() {
        if (bulk == null) {
            return;
        }
        ContactQuery query = contacts.queryProperty().get();
        counting.cancel();
        Cancellation thisCount = new Cancellation();
        counting = thisCount;
        tasks.run(() -> bulk.selectAll(query), selected -> {
            if (!query.equals(contacts.queryProperty().get())) {
                return;
            }
            excluded = Set.of();
            allCount.set(null);
            all.set(selected);
            tasks.run(() -> bulk.count(query, thisCount), count -> {
                if (all.get() == selected) {
                    allCount.set(count);
                }
            }, failure -> {
                if (!thisCount.isCancelled()) {
                    notifier.error(new ErrorMessages(messages).describe(failure));
                }
            });
        }, failure -> notifier.error(new ErrorMessages(messages).describe(failure)));
    }

    /**
     * The table's selection changed. In "all matching", loaded rows left unselected are left out; a
     * selection of one row or none is a new pick.
     */
    public void selectionChanged(Set<Integer> selectedIds) {
        picked = Set.copyOf(selectedIds);
        if (all.get() != null && contacts.loadingProperty().get()) {
            return; // rows arriving (a page, a reload): the table selects them again, leaving out the excluded
        }
        if (all.get() != null) {
            if (picked.size() <= 1) {
                clear();
                picked = Set.copyOf(selectedIds);
            } else {
                Set<Integer> left = new HashSet<>(contacts.shownIds());
                left.removeAll(picked);
                excluded = Set.copyOf(left);
            }
        }
        describe();
    }

    /** Back to picked rows (after an action, or a new query). */
    public void clear() {
        counting.cancel();
        excluded = Set.of();
        allCount.set(null);
        all.set(null);
        describe();
    }

    /** The selection as the actions take it. */
    public ContactSelection current() {
        if (all.get() != null) {
            return all.get().excluding(excluded);
        }
        return ContactSelection.Rows.of(pickedItems().stream().map(ContactItem::row).toList());
    }

    /** How many numbers are selected (for "all matching" before its count arrives: the list's capped count). */
    public long size() {
        if (all.get() == null) {
            return pickedItems().size();
        }
        Long counted = allCount.get();
        MatchCount matches = contacts.matchesProperty().get();
        long total = counted != null ? counted : matches == null ? 0 : matches.count();
        return Math.max(0, total - excluded.size());
    }

    /** Whether "all matching" leaves this row out (the user unselected it). */
    public boolean excludes(int id) {
        return excluded.contains(id);
    }

    public boolean isAllMatching() {
        return all.get() != null;
    }

    /** The first selected row in the list's order, if one is loaded. */
    public Optional<ContactItem> first() {
        if (all.get() != null) {
            return contacts.rows().stream().filter(row -> !excluded.contains(row.id())).findFirst();
        }
        return pickedItems().stream().findFirst();
    }

    private List<ContactItem> pickedItems() {
        return contacts.rows().stream().filter(row -> picked.contains(row.id())).toList();
    }

    private void describe() {
        MatchCount matches = contacts.matchesProperty().get();
        ContactQuery query = contacts.queryProperty().get();
        offer.set(all.get() != null || matches == null || matches.count() < 2 ? ""
                : matches.capped() ? messages.get("selection.selectAllMore", matches.count())
                : messages.get("selection.selectAll", matches.count()));
        if (all.get() == null) {
            status.set(picked.size() < 2 ? "" : messages.get("selection.picked", picked.size()));
        } else if (allCount.get() == null) {
            status.set(messages.get("selection.counting", what(query)));
        } else {
            status.set(messages.get("selection.all", size(), what(query)));
        }
    }

    /** "all matching 'budi'", "all in 'Prospek'" or "all numbers". */
    private String what(ContactQuery query) {
        if (query.hasSearch()) {
            return messages.get("selection.matching", query.searchText());
        }
        return query.categoryId().flatMap(this::categoryName)
                .map(name -> messages.get("selection.inCategory", name))
                .orElseGet(() -> messages.get("selection.everything"));
    }

    private Optional<String> categoryName(int id) {
        return contacts.rows().stream().filter(row -> row.row().categoryId() == id).findFirst()
                .map(row -> row.row().categoryName());
    }

    /** The "all matching" selection, or null; the table selects every loaded row while it is set. */
    public ReadOnlyObjectProperty<AllMatching> allProperty() {
        return all;
    }

    /** What is selected, for the status bar; empty for one row or none. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The "Select all N matching" link's text; empty when there is nothing more to select. */
    public ReadOnlyStringProperty offerProperty() {
        return offer;
    }
}
