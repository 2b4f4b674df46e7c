package id.wacontacts.ui.trash;

import id.wacontacts.domain.ChangeEvent;
import id.wacontacts.domain.ChangeEvent.Table;
import id.wacontacts.domain.TrashRestore;
import id.wacontacts.domain.UndoConflict.Reason;
import id.wacontacts.service.ChangeHistory;
import id.wacontacts.service.TrashService;
import id.wacontacts.ui.common.DialogService;
import id.wacontacts.ui.common.ErrorMessages;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.Notifier;
import id.wacontacts.ui.common.TaskRunner;
import id.wacontacts.ui.common.Times;
import java.util.List;
import java.util.OptionalLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The trash window's state and actions: the deleted numbers and categories (newest first, with
 * when, from which desktop and by which user), restoring some or all of one deletion, deleting
 * forever and emptying. Every database step runs through the {@link TaskRunner}; results and
 * refusals reach the user as one sentence in their language through the {@link Notifier}.
 */
public final class TrashViewModel {

    /** The most items the window lists at once; older ones show after the newer are handled. */
    public static final int LISTED = ChangeHistory.MAX_PAGE_SIZE;

    /** One row of the list. */
    public record Item(long changeId, long deletion, boolean category, String what, String when, String desktop,
            String user) {
    }

    private final TrashService trash;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Notifier notifier;
    private final ErrorMessages errors;
    private final Times times;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private Runnable onRestored = () -> { };

    /** @param dialogs asks, when a restored number is stored again meanwhile, where it should stay */
    public TrashViewModel(TrashService trash, TaskRunner tasks, DialogService dialogs, Messages messages,
                          Notifier notifier, Times times) {
        this.trash = trash;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.notifier = notifier;
        this.errors = new ErrorMessages(messages);
        this.times = times;
    }

    /** Called after rows came back (or moved back), so the window's lists and counts show them. */
    public void setOnRestored(Runnable onRestored) {
        this.onRestored = onRestored;
    }

    public ObservableList<Item> items() {
        return items;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Reads the trash again. */
    public void refresh() {
        run(() -> trash.list(OptionalLong.empty(), LISTED), events -> items.setAll(events.stream().map(this::item).toList()));
    }

    /** Restores these items; a number stored again meanwhile is offered to be moved back. */
    public void restore(List<Item> selected) {
        List<Long> ids = selected.stream().map(Item::changeId).toList();
        run(() -> trash.restore(ids), this::restored);
    }

    /** Restores everything deleted together with this item. */
    public void restoreDeletion(Item item) {
        run(() -> trash.restoreDeletion(item.deletion()), this::restored);
    }

    /** Deletes these items for good: they can no longer be restored. */
    public void deleteForever(List<Item> selected) {
        List<Long> ids = selected.stream().map(Item::changeId).toList();
        run(() -> trash.deleteForever(ids), count -> {
            notifier.info(messages.get("trash.deletedForever", count));
            refresh();
        });
    }

    /** Empties the trash (the view asks first). */
    public void empty() {
        run(trash::empty, count -> {
            notifier.info(messages.get("trash.emptied", count));
            refresh();
        });
    }

    private void restored(TrashRestore result) {
        if (result.numbers() > 0 || result.categories() > 0) {
            notifier.info(messages.get("trash.restored", result.numbers(), result.categories()));
            onRestored.run();
        }
        List<TrashRestore.Conflict> taken = result.conflicts().stream()
                .filter(conflict -> conflict.reason() == Reason.NUMBER_TAKEN).toList();
        for (TrashRestore.Conflict conflict : result.conflicts()) {
            if (conflict.reason() == Reason.NAME_TAKEN) {
                notifier.error(messages.get("trash.nameTaken", conflict.value()));
            } else if (conflict.reason() != Reason.NUMBER_TAKEN) {
                notifier.error(messages.get("trash.categoryGone", conflict.value()));
            }
        }
        if (!taken.isEmpty()) {
            chooseWhereTheyStay(taken);
        }
        refresh();
    }

    /**
     * Numbers stored again meanwhile are not stored twice: the user keeps each where it is now (the
     * default) or moves it back to the category it was deleted from. Either way it leaves the trash.
     */
    private void chooseWhereTheyStay(List<TrashRestore.Conflict> taken) {
        TrashRestore.Conflict first = taken.get(0);
        String question = taken.size() == 1
                ? messages.get("trash.numberTaken", first.value(), first.holder())
                : messages.get("trash.numbersTaken", taken.size(), first.value(), first.holder());
        List<Long> ids = taken.stream().map(TrashRestore.Conflict::changeId).toList();
        if (dialogs.confirm(question, messages.get("trash.moveBack"), messages.get("trash.keepCurrent"))) {
            run(() -> {
                ids.forEach(trash::moveBack);
                return ids.size();
            }, moved -> {
                notifier.info(moved == 1 ? messages.get("trash.movedBack", first.value())
                        : messages.get("trash.movedBackMany", moved));
                onRestored.run();
                refresh();
            });
        } else {
            run(() -> trash.deleteForever(ids), kept -> refresh());
        }
    }

    private Item item(ChangeEvent event) {
        boolean category = event.table() == Table.CATEGORIES;
        String what = category ? event.categoryBefore().name() : event.numberBefore().originalNumber();
        return new Item(event.id(), event.transactionId(), category, what, times.format(event.changedAt()),
                event.desktop(), event.databaseUser());
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        tasks.run(work, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            notifier.error(errors.describe(failure));
        });
    }
}
