package id.wacontacts.ui.live;

import id.wacontacts.domain.ChangeEvent.Table;
import id.wacontacts.domain.ChangeSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Turns the other desktops' changes into what the number list has to do, without touching the
 * list itself: the rows on screen to reload in place, the rows to grey out (deleted elsewhere), how
 * many new numbers wait above the view ("12 new numbers — show") instead of pushing the table down,
 * a notice when the row being edited changed or vanished elsewhere, and whether the counts, the
 * chart and the category list need reading again. The list applies the plan on the FX thread
 * keeping selection, scroll position, focus and any edit in progress.
 */
public final class LiveUpdates {

    /** What happened elsewhere to the row being edited. */
    public enum EditConflict {
        NONE, CHANGED, DELETED
    }

    /**
     * One delivery's consequences for the list.
     *
     * @param reloadList    too much changed to list: read the visible page again (keeping the selection)
     * @param reloadRows    rows on screen changed elsewhere: read again by id
     * @param goneRows      rows on screen deleted elsewhere: grey out until the selection leaves them
     * @param newNumbers    how many new numbers wait to be shown (all so far, not only this delivery's)
     * @param conflict      the row being edited changed or vanished elsewhere
     * @param reloadCounts  the category counts, the chart and the status bar's totals are stale
     * @param reloadCategories the category list itself (names, added, removed) is stale
     */
    public record Plan(boolean reloadList, Set<Integer> reloadRows, Set<Integer> goneRows, int newNumbers,
            EditConflict conflict, boolean reloadCounts, boolean reloadCategories) {

        public Plan {
            reloadRows = Set.copyOf(reloadRows);
            goneRows = Set.copyOf(goneRows);
        }

        /** Whether there is nothing to do. */
        public boolean isEmpty() {
            return !reloadList && reloadRows.isEmpty() && goneRows.isEmpty() && conflict == EditConflict.NONE
                    && !reloadCounts && !reloadCategories;
        }
    }

    private final Set<Integer> waitingNew = new LinkedHashSet<>();

    /**
     * The plan for one delivery.
     *
     * @param shown     the ids of the rows the list holds now
     * @param editingId the id of the row being edited, or null
     */
    public Plan plan(ChangeSet changes, Set<Integer> shown, Integer editingId) {
        ChangeSet.TableChanges numbers = changes.of(Table.PHONE_NUMBERS);
        ChangeSet.TableChanges categories = changes.of(Table.CATEGORIES);
        boolean numbersChanged = changes.tables().containsKey(Table.PHONE_NUMBERS);
        boolean categoriesChanged = changes.tables().containsKey(Table.CATEGORIES);

        Set<Integer> reload = new LinkedHashSet<>();
        Set<Integer> gone = new LinkedHashSet<>();
        EditConflict conflict = EditConflict.NONE;
        if (numbers.reload()) {
            // Ids unknown: the editor's save goes through the usual changed-elsewhere check anyway.
            conflict = editingId == null ? EditConflict.NONE : EditConflict.CHANGED;
        } else {
            for (Integer id : numbers.updated()) {
                if (shown.contains(id)) {
                    reload.add(id);
                }
            }
            for (Integer id : numbers.inserted()) {
                if (shown.contains(id)) {
                    reload.add(id);
                } else {
                    waitingNew.add(id);
                }
            }
            for (Integer id : numbers.deleted()) {
                waitingNew.remove(id);
                if (shown.contains(id)) {
                    gone.add(id);
                    reload.remove(id);
                }
            }
            if (editingId != null) {
                if (numbers.deleted().contains(editingId)) {
                    conflict = EditConflict.DELETED;
                } else if (numbers.updated().contains(editingId)) {
                    // An insert of the row being edited is a repeat (heard before the list loaded, or
                    // again in a catch-up): the row existed before the edit began, so nothing changed.
                    conflict = EditConflict.CHANGED;
                }
            }
        }
        // A renamed or deleted category changes the category shown on its rows.
        boolean reloadList = numbers.reload() || categories.reload()
                || !categories.updated().isEmpty() || !categories.deleted().isEmpty();
        return new Plan(reloadList, reload, gone, waitingNew.size(), conflict,
                numbersChanged || categoriesChanged, categoriesChanged);
    }

    /** The user pressed "show": the list reloads from the top and the count starts again. */
    public Set<Integer> showNew() {
        Set<Integer> shown = Set.copyOf(waitingNew);
        waitingNew.clear();
        return shown;
    }
}
