package id.wacontacts.ui.category;

import id.wacontacts.domain.CategoryCount;
import id.wacontacts.domain.CategoryRow;
import id.wacontacts.domain.MergePreview;
import id.wacontacts.domain.UndoStep;
import id.wacontacts.service.CategoryService;
import id.wacontacts.ui.undo.StepName;
import id.wacontacts.ui.undo.UndoHistory;
import id.wacontacts.ui.common.DialogService;
import id.wacontacts.ui.common.ErrorMessages;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.Notifier;
import id.wacontacts.ui.common.TaskRunner;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Merging one category into another: a preview with the counts as they are on the server now, the
 * user's yes, then the merge in one transaction (one step in the history).
 */
public final class CategoryMerging {

    private final TaskRunner tasks;
    private final Messages messages;
    private final Notifier notifier;
    private final DialogService dialogs;
    private final Supplier<CategoryService> service;
    private final Runnable afterMerge;
    private BiConsumer<StepName, UndoStep> onStep = (name, step) -> { };

    CategoryMerging(TaskRunner tasks, Messages messages, Notifier notifier, DialogService dialogs,
                    Supplier<CategoryService> service, Runnable afterMerge) {
        this.tasks = tasks;
        this.messages = messages;
        this.notifier = notifier;
        this.dialogs = dialogs;
        this.service = service;
        this.afterMerge = afterMerge;
    }

    /** Told of each merge's step in the history, to be undone as one. */
    public void setOnStep(BiConsumer<StepName, UndoStep> onStep) {
        this.onStep = onStep;
    }

    /** The categories {@code from} can be merged into: every other one, by name. */
    public List<CategoryRow> targets(CategoryCount from, List<CategoryRow> choices) {
        return choices.stream().filter(choice -> choice.id() != from.id()).toList();
    }

    /** Shows the preview's counts and merges once the user agrees. */
    public void mergeAsking(CategoryCount from, CategoryRow into) {
        if (from == null || into == null || from.id() == CategoryListViewModel.ALL || from.id() == into.id()
                || service.get() == null) {
            return;
        }
        ErrorMessages errors = new ErrorMessages(messages);
        tasks.run(() -> service.get().mergePreview(from.id(), into.id()), (MergePreview preview) -> {
            if (dialogs.confirm(messages.get("category.mergeQuestion", preview.from().name(), preview.fromCount(),
                    preview.into().name(), preview.intoCount(), preview.totalAfter()), messages.get("category.merge"))) {
                tasks.run(() -> service.get().merge(from.id(), into.id()), merged -> {
                    notifier.info(messages.get("category.merged", preview.from().name(), preview.into().name(),
                            merged.moved()));
                    onStep.accept(UndoHistory.name("undo.step.mergeCategory", preview.from().name(), preview.into().name()),
                            merged.step());
                    afterMerge.run();
                }, failure -> {
                    notifier.error(errors.describe(failure));
                    afterMerge.run();
                });
            }
        }, failure -> notifier.error(errors.describe(failure)));
    }
}
