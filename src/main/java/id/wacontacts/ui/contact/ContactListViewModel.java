package id.wacontacts.ui.contact;

import id.wacontacts.domain.CategoryRow;
import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.domain.MatchCount;
import id.wacontacts.domain.Page;
import id.wacontacts.domain.PageCursor;
import id.wacontacts.phone.PhoneFormats;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.ContactService;
import id.wacontacts.ui.common.DocumentOpener;
import id.wacontacts.ui.common.ErrorMessages;
import id.wacontacts.ui.common.InlineEdits;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.Notifier;
import id.wacontacts.ui.common.TaskRunner;
import id.wacontacts.ui.common.UnsavedEdits;
import id.wacontacts.ui.common.TaskRunner.Running;
import id.wacontacts.ui.undo.UndoHistory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.LoggerFactory;

/**
 * The contacts the table shows: pages of the current query loaded newest first as the user
 * scrolls, never the whole table. A newer query cancels the older one's work and drops its
 * results if they still arrive.
 *
 * <p>Over 300 lines: paging, counting, inline edits and deleting all change the same rows and query
 * generation, and splitting them would hand those across classes; the edit algorithm itself lives in
 * {@link InlineEdits}, the plan for other desktops' changes in {@code ui.live.LiveUpdates}, and
 * applying it to the rows, around the selection and the edit, in {@link LiveRows}.
 */
public final class ContactListViewModel {

    /** Rows loaded per request; the table asks for more when its last rows come into view. */
    public static final int PAGE_SIZE = 200;
    /** Counts stop here, so counting never reads a million rows. */
    public static final int COUNT_CAP = 10_000;

    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Notifier notifier;
    private final DocumentOpener browser;
    private final UndoHistory undo;

    private final ObservableList<ContactItem> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ContactQuery> query = new SimpleObjectProperty<>(ContactQuery.ALL);
    private final ObjectProperty<MatchCount> matches = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();

    private ContactService service;
    private PhoneNormalizer normalizer;
    private Runnable onChanged = () -> { };
    private Optional<PageCursor> next = Optional.empty();
    private long generation;
    /** Cancels the database work of the query shown now (its pages and its count). */
    private Cancellation shownCancellation = new Cancellation();
    private Running pageWork;
    private Running countWork;
    private final InlineEdits<ContactRow> edits;
    private final LiveRows live = new LiveRows(this::whileShown, this::replace, this::removeRows);

    /** @param undo records each add, edit and delete as a step the user can undo */
    public ContactListViewModel(TaskRunner tasks, Messages messages, Notifier notifier, DocumentOpener browser,
                                UndoHistory undo) {
        this.tasks = tasks;
        this.undo = undo;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.notifier = notifier;
        this.browser = browser;
        this.edits = new InlineEdits<>(tasks, messages, notifier,
                new InlineEdits.Keys("contact.changedElsewhere", "contact.notSaved", "contact.deletedElsewhere"), new EditedRows());
    }

    /** How the list shows the steps of an inline edit. */
    private final class EditedRows implements InlineEdits.Rows<ContactRow> {

        @Override
        public int id(ContactRow row) {
            return row.id();
        }

        @Override
        public Optional<ContactRow> find(int id) {
            return service.find(id);
        }

        @Override
        public void stored(ContactRow updated) {
            replace(updated.id(), ContactItem.of(updated, normalizer));
            notifier.info(messages.get("contact.updated", updated.normalizedNumber()));
            onChanged.run();
        }

        @Override
        public void refused(ContactRow seen) {
            replace(seen.id(), ContactItem.of(seen, normalizer)); // puts the old value back into the edited cell
        }

        @Override
        public void reloaded(int id, Optional<ContactRow> current) {
            if (current.isPresent()) {
                replace(id, ContactItem.of(current.get(), normalizer));
            } else {
                removeRows(Set.of(id));
            }
        }

        @Override
        public Object[] offerArguments(ContactRow current, String typed) {
            return new Object[] {current.originalNumber(), current.categoryName(), typed};
        }
    }

    public void connect(ContactService contactService, PhoneNormalizer phoneNormalizer) {
        this.service = contactService;
        this.normalizer = phoneNormalizer;
        live.connect(contactService, phoneNormalizer);
        show(query.get());
    }

    /** Called after numbers were changed, added or deleted here, so counts and the chart follow. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    /** Shows another category, keeping the search text. */
    public void showCategory(Optional<Integer> categoryId) {
        show(query.get().withCategory(categoryId));
    }

    /** Shows the matches of a search, keeping the category. */
    public void search(String text) {
        show(query.get().withSearch(text));
    }

    /** Loads the first page of {@code newQuery}; whatever an older query still brings is dropped. */
    public void show(ContactQuery newQuery) {
        query.set(newQuery);
        reload();
    }

    /** Reloads the current query from its first page, selecting again the selected rows it still holds. */
    public void reloadKeepingSelection() {
        reload(true);
    }

    /** Reloads the current query from its first page. */
    public void reload() {
        reload(false);
    }

    private void reload(boolean keepSelection) {
        if (service == null) {
            return;
        }
        cancel();
        live.reloading(keepSelection);
        generation++;
        ContactQuery shown = query.get();
        Cancellation cancellation = new Cancellation();
        shownCancellation = cancellation;
        loading.set(true);
        pageWork = whileShown(() -> load(shown, Optional.empty(), cancellation), page -> {
            live.showFirstPage(() -> rows.setAll(page.items()));
            next = page.next();
            loading.set(false);
        });
        countWork = whileShown(() -> service.count(shown, COUNT_CAP, cancellation), matches::set);
    }

    /** Loads the next page, if there is one and none is on its way. */
    public void loadMore() {
        if (service == null || loading.get() || next.isEmpty()) {
            return;
        }
        ContactQuery shown = query.get();
        Optional<PageCursor> after = next;
        Cancellation cancellation = shownCancellation;
        loading.set(true);
        pageWork = whileShown(() -> load(shown, after, cancellation), page -> {
            rows.addAll(page.items());
            next = page.next();
            loading.set(false);
        });
    }

    /** Runs {@code work} for the query shown now: once another one is shown, its result and failure are dropped. */
    private <T> Running whileShown(Callable<T> work, Consumer<? super T> done) {
        long current = generation;
        return tasks.run(work, result -> {
            if (current == generation) {
                done.accept(result);
            }
        }, failure -> failed(current, failure));
    }

    private Page<ContactItem> load(ContactQuery shown, Optional<PageCursor> after, Cancellation cancellation) {
        Page<ContactRow> page = service.page(shown, after, PAGE_SIZE, cancellation);
        return new Page<>(page.items().stream().map(row -> ContactItem.of(row, normalizer)).toList(), page.next());
    }

    /** Stops the shown query's work, on the server too: its connection is free for the newer one at once. */
    private void cancel() {
        shownCancellation.cancel();
        if (pageWork != null) {
            pageWork.cancel();
        }
        if (countWork != null) {
            countWork.cancel();
        }
    }

    private void failed(long current, Throwable failure) {
        if (current == generation) {
            loading.set(false);
            notifier.error(errors.describe(failure));
        }
    }

    /** Changes a contact's number; a refused number keeps the old one and says why. */
    public void editNumber(ContactItem item, String number) {
        ContactRow old = item.row();
        if (number == null || number.strip().equals(old.originalNumber())) {
            return;
        }
        edits.update(item.row(), number, current -> undo.record(
                () -> service.update(current.id(), current.updatedAt(), number, current.categoryId()),
                updated -> UndoHistory.name("undo.step.editNumber", current.normalizedNumber(), updated.normalizedNumber())));
    }

    /** Moves a contact to another category. */
    public void moveToCategory(ContactItem item, CategoryRow category) {
        ContactRow old = item.row();
        if (category == null || category.id() == old.categoryId()) {
            return;
        }
        edits.update(item.row(), category.name(), current -> undo.record(() -> service.update(current.id(),
                current.updatedAt(), current.originalNumber(), category.id()),
                moved -> UndoHistory.name("undo.step.moveNumber", moved.normalizedNumber(), category.name())));
    }

    /** The database is back: offers each edit it could not store, on the row as it is now. */
    public void reconnected() {
        edits.reconnected();
    }

    /** The edits kept because the database could not be reached, waiting for it to come back. */
    public UnsavedEdits<?> unsaved() {
        return edits.unsaved();
    }

    /** Edits made while the database could not be reached, newest last. */
    public List<String> unsavedValues() {
        return edits.unsavedValues();
    }

    /** The ids of the rows the list holds now. */
    public Set<Integer> shownIds() {
        return rows.stream().map(ContactItem::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Other desktops' changes to the rows shown, and the selection and edit they keep. */
    public LiveRows live() {
        return live;
    }

    private void replace(int id, ContactItem item) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                rows.set(i, item);
                return;
            }
        }
    }

    /**
     * Records in the event log that {@code count} numbers of this list were copied to the clipboard,
     * in the background; a failure is only logged (the copy itself succeeded).
     */
    public void copied(int count) {
        ContactQuery shown = query.get();
        tasks.run(() -> {
            service.recordCopy(shown, count);
            return count;
        }, recorded -> { }, failure -> LoggerFactory.getLogger(ContactListViewModel.class)
                .warn("The copy of {} numbers could not be written to the event log", count, failure));
    }

    /**
     * Deletes the selected numbers at once (they go to the trash); the notification offers Undo, and so
     * do Edit → Undo and Ctrl+Z.
     */
    public void delete(List<ContactItem> selection) {
        if (selection.isEmpty()) {
            return;
        }
        List<Integer> ids = selection.stream().map(ContactItem::id).toList();
        String one = selection.get(0).row().normalizedNumber();
        UndoHistory.Recording<Integer> deletion = undo.recording(() -> service.delete(ids), deleted -> ids.size() == 1
                ? UndoHistory.name("undo.step.deleteNumber", one) : UndoHistory.name("undo.step.deleteNumbers", deleted));
        tasks.run(deletion, deleted -> {
            rows.removeIf(row -> ids.contains(row.id()));
            notifier.info(messages.get("contact.deleted", deleted), messages.get("action.undo"),
                    undo.undoAction(deletion));
            onChanged.run();
            reloadCount();
        }, failure -> notifier.error(errors.describe(failure)));
    }

    /** Takes rows out of the list and reads its count again. */
    private void removeRows(Set<Integer> ids) {
        rows.removeIf(row -> ids.contains(row.id()));
        reloadCount();
    }

    private void reloadCount() {
        ContactQuery shown = query.get();
        countWork = whileShown(() -> service.count(shown, COUNT_CAP, shownCancellation), matches::set);
    }

    /**
     * Opens a WhatsApp chat with the contact in the desktop's browser. A number adopted from an older
     * system that is not stored in international form has no chat link: the user is told so instead.
     */
    public void openInWhatsApp(ContactItem item) {
        String link;
        try {
            link = PhoneFormats.waMeLink(item.row().normalizedNumber());
        } catch (IllegalArgumentException notE164) {
            notifier.error(messages.get("contact.whatsappNotInternational", item.row().normalizedNumber()));
            return;
        }
        browser.open(link);
    }

    public ObservableList<ContactItem> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<ContactQuery> queryProperty() {
        return query;
    }

    /** How many contacts the current query matches (capped), or null before the first count. */
    public ReadOnlyObjectProperty<MatchCount> matchesProperty() {
        return matches;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public boolean hasMore() {
        return next.isPresent();
    }
}
