package id.wacontacts.ui.contact;

import id.wacontacts.domain.BulkResult;
import id.wacontacts.domain.CategoryRow;
import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.ContactSelection;
import id.wacontacts.domain.UndoStep;
import id.wacontacts.service.BulkService;
import id.wacontacts.service.Cancellation;
import id.wacontacts.ui.undo.StepName;
import id.wacontacts.ui.undo.UndoHistory;
import id.wacontacts.ui.common.BackgroundTask;
import id.wacontacts.ui.common.DialogService;
import id.wacontacts.ui.common.ErrorMessages;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.Notifier;
import id.wacontacts.ui.common.TaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The bulk actions on the list's {@link Selection}: move to a category, delete, copy the numbers, open
 * the first in WhatsApp. Each write runs in the background in one transaction, with cancel, and is
 * one step in the history ({@link #setOnStep}); numbers others changed meanwhile are reported.
 */
public final class BulkActionsViewModel {

    /** The most numbers put on the clipboard at once. */
    public static final int COPY_CAP = 10_000;

    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Notifier notifier;
    private final DialogService dialogs;
    private final Selection selection;
    private final ContactListViewModel contacts;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty progress = new SimpleStringProperty("");
    private BulkService bulk;
    private Runnable afterChange = () -> { };
    private BiConsumer<StepName, UndoStep> onStep = (name, step) -> { };
    private Cancellation cancellation = new Cancellation();
    private TaskRunner.Running work;

    public BulkActionsViewModel(TaskRunner tasks, Messages messages, Notifier notifier, DialogService dialogs,
                                Selection selection, ContactListViewModel contacts) {
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.notifier = notifier;
        this.dialogs = dialogs;
        this.selection = selection;
        this.contacts = contacts;
    }

    public void connect(BulkService bulkService) {
        this.bulk = bulkService;
    }

    /** Told after an action changed numbers, so the list, the counts and the chart follow. */
    public void setOnChanged(Runnable afterChange) {
        this.afterChange = afterChange;
    }

    /** Told of each action's step in the history, to be undone as one. */
    public void setOnStep(BiConsumer<StepName, UndoStep> onStep) {
        this.onStep = onStep;
    }

    /** Moves the selection to {@code category}. */
    public void move(CategoryRow category) {
        ContactSelection chosen = selection.current();
        if (bulk == null || category == null || chosen.isEmpty() || running.get()) {
            return;
        }
        String name = category.name();
        write(messages.get("bulk.moving", selection.size(), name), () -> bulk.move(chosen, category.id(), cancellation),
                result -> messages.get("bulk.moved", result.done(), name),
                result -> UndoHistory.name("undo.step.moveNumbers", result.done(), name));
    }

    /** Deletes the selection once the user agrees; the numbers go to the trash. */
    public void deleteAsking() {
        ContactSelection chosen = selection.current();
        if (bulk == null || chosen.isEmpty() || running.get()) {
            return;
        }
        if (dialogs.confirm(messages.get("bulk.deleteQuestion", selection.size()), messages.get("button.delete"))) {
            write(messages.get("bulk.deleting", selection.size()), () -> bulk.delete(chosen, cancellation),
                    result -> messages.get("contact.deleted", result.done()),
                    result -> UndoHistory.name("undo.step.deleteNumbers", result.done()));
        }
    }

    private void write(String doing, Callable<BulkResult> action, java.util.function.Function<BulkResult, String> done,
                       java.util.function.Function<BulkResult, StepName> stepName) {
        cancellation = new Cancellation();
        running.set(true);
        progress.set(doing);
        work = tasks.run(BackgroundTask.of(action)
                .onSuccess(result -> {
                    notifier.info(done.apply(result));
                    if (result.leftAlone()) {
                        notifier.error(messages.get("bulk.leftAlone", result.changedElsewhere() + result.gone(),
                                String.join(", ", result.examples())));
                    }
                    if (!result.step().isEmpty()) {
                        onStep.accept(stepName.apply(result), result.step());
                    }
                    selection.clear();
                    afterChange.run();
                })
                .onFailure(failure -> notifier.error(failure instanceof CancellationException
                        ? messages.get("bulk.cancelled") : errors.describe(failure)))
                .onCancelled(() -> notifier.info(messages.get("bulk.cancelled")))
                .onFinished(() -> {
                    running.set(false);
                    progress.set("");
                }));
    }

    /** Stops the action under way: its transaction is rolled back, nothing is changed. */
    public void cancel() {
        cancellation.cancel();
        if (work != null) {
            work.cancel();
        }
    }

    /**
     * Puts the selected numbers (E.164, one a line) on the clipboard through {@code clipboard}; at most
     * {@link #COPY_CAP}, and the user is told when there were more.
     */
    public void copy(Consumer<String> clipboard) {
        ContactSelection chosen = selection.current();
        if (bulk == null || chosen.isEmpty()) {
            return;
        }
        long size = selection.size();
        tasks.run(() -> bulk.numbers(chosen, COPY_CAP, new Cancellation()), (List<String> numbers) -> {
            clipboard.accept(String.join("\n", numbers));
            notifier.info(size > numbers.size() && selection.isAllMatching()
                    ? messages.get("bulk.copiedSome", numbers.size(), size)
                    : messages.get("bulk.copied", numbers.size()));
        }, failure -> notifier.error(errors.describe(failure)));
    }

    /**
     * What Export selected writes: the rows picked, or "all matching" but the rows left out, as a query
     * the export reads page by page like any list. Empty when nothing is selected.
     */
    public Optional<ContactQuery> exportQuery() {
        ContactSelection chosen = selection.current();
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        if (chosen instanceof ContactSelection.AllMatching all) {
            return Optional.of(all.matching());
        }
        return Optional.of(ContactQuery.rows(((ContactSelection.Rows) chosen).seen().keySet()));
    }

    /** Opens a chat with the first selected number (the newest, for "all matching"). */
    public void openFirstInWhatsApp() {
        selection.first().ifPresent(contacts::openInWhatsApp);
    }

    /** Whether an action is running (its progress shows with a cancel button). */
    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** What the running action does, e.g. "Moving 12,345 numbers to Prospek…". */
    public ReadOnlyStringProperty progressProperty() {
        return progress;
    }

    public Selection selection() {
        return selection;
    }
}
