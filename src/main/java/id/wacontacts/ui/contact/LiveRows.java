package id.wacontacts.ui.contact;

import id.wacontacts.domain.ContactRow;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.ContactService;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * Puts other desktops' changes into the contact list without losing the user's place: a changed row
 * is read again by id and shown where it was, keeping the list's order, the selection and the row
 * being edited (whose editor finds the change on saving). A row deleted elsewhere greys out and
 * leaves the list once the selection is not on it. When the list reloads to show new numbers, the
 * rows selected before are selected again.
 */
public final class LiveRows {

    /** Runs reads for the query the list shows now. */
    @FunctionalInterface
    interface ShownQuery {
        /**
         * Runs {@code work} in the background and hands its result to {@code done} on the FX thread;
         * its result and its failure are dropped once another query is shown.
         */
        <T> void run(Callable<T> work, Consumer<? super T> done);
    }

    private final ShownQuery shown;
    private final BiConsumer<Integer, ContactItem> replace;
    private final Consumer<Set<Integer>> remove;

    /** Rows deleted on another desktop, shown greyed out until the selection leaves them. */
    private final ObservableSet<Integer> gone = FXCollections.observableSet();
    /** The row whose cell is being edited now, or null; the view keeps it current. */
    private final ObjectProperty<Integer> editingId = new SimpleObjectProperty<>();
    private Set<Integer> selectedIds = Set.of();
    /** The selection to put back once the reload under way has its first page; empty for none. */
    private Set<Integer> keepSelection = Set.of();
    /** Rows the view selects again after a reload that keeps the selection. */
    private final ObjectProperty<Set<Integer>> selectionToRestore = new SimpleObjectProperty<>(Set.of());

    private ContactService service;
    private PhoneNormalizer normalizer;

    /**
     * @param shown   runs the reads for the query shown now
     * @param replace puts a row read again in place of the shown row with its id
     * @param remove  takes rows out of the list and reads its count again
     */
    LiveRows(ShownQuery shown, BiConsumer<Integer, ContactItem> replace, Consumer<Set<Integer>> remove) {
        this.shown = shown;
        this.replace = replace;
        this.remove = remove;
    }

    void connect(ContactService contactService, PhoneNormalizer phoneNormalizer) {
        this.service = contactService;
        this.normalizer = phoneNormalizer;
    }

    /**
     * The list reloads its query from the first page; with {@code keepSelection}, the rows selected now
     * are selected again once that page is shown.
     */
    void reloading(boolean keepSelection) {
        this.keepSelection = keepSelection ? selectedIds : Set.of();
    }

    /** Shows a reload's first page: no row is greyed out any more, and the kept selection comes back. */
    void showFirstPage(Runnable show) {
        gone.clear();
        Set<Integer> kept = keepSelection;
        keepSelection = Set.of();
        show.run();
        if (!kept.isEmpty()) {
            selectionToRestore.set(kept);
            selectionToRestore.set(Set.of());
        }
    }

    /**
     * Reads rows changed on another desktop again by id and puts them in place, keeping the list's
     * order, the selection and the row being edited (whose editor finds the change on saving). A
     * row that is gone meanwhile greys out.
     */
    public void reloadRows(Set<Integer> ids) {
        Set<Integer> wanted = new LinkedHashSet<>(ids);
        wanted.remove(editingId.get());
        if (service == null || wanted.isEmpty()) {
            return;
        }
        shown.run(() -> wanted.stream().collect(Collectors.toMap(id -> id, id -> service.find(id))),
                (Map<Integer, Optional<ContactRow>> found) -> found.forEach((id, row) -> row.ifPresentOrElse(
                        present -> replace.accept(id, ContactItem.of(present, normalizer)), () -> markGone(Set.of(id)))));
    }

    /** Greys out rows deleted on another desktop; they leave the list once the selection is not on them. */
    public void markGone(Set<Integer> ids) {
        gone.addAll(ids);
        dropGoneRows();
    }

    /** The view tells which rows are selected: greyed-out rows that are not leave the list. */
    public void selectionChanged(Set<Integer> selected) {
        selectedIds = Set.copyOf(selected);
        dropGoneRows();
    }

    private void dropGoneRows() {
        Set<Integer> leaving = gone.stream().filter(id -> !selectedIds.contains(id)).collect(Collectors.toSet());
        if (!leaving.isEmpty()) {
            gone.removeAll(leaving);
            remove.accept(leaving);
        }
    }

    /** The ids of the rows selected now. */
    public Set<Integer> selectedIds() {
        return selectedIds;
    }

    /** Rows deleted elsewhere and still shown (greyed out) because they are selected. */
    public ObservableSet<Integer> goneIds() {
        return gone;
    }

    /** The ids to select again after a reload that keeps the selection; the view follows it. */
    public ReadOnlyObjectProperty<Set<Integer>> selectionToRestoreProperty() {
        return selectionToRestore;
    }

    /** The id of the row being edited now, or null; set by the view as editing starts and ends. */
    public ObjectProperty<Integer> editingIdProperty() {
        return editingId;
    }
}
