package id.wacontacts.ui.category;

import id.wacontacts.domain.CategoryCount;
import id.wacontacts.domain.CategoryRow;
import id.wacontacts.service.CategoryService;
import id.wacontacts.ui.common.DialogService;
import id.wacontacts.ui.common.ErrorMessages;
import id.wacontacts.ui.common.InlineEdits;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.Notifier;
import id.wacontacts.ui.common.TaskRunner;
import id.wacontacts.ui.common.UnsavedEdits;
import id.wacontacts.ui.undo.UndoHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The categories with their counts, an "All" entry first, and the category the contacts are
 * filtered to. Also the source of the chart and of every category choice.
 */
public final class CategoryListViewModel {

    /** The id of the "All" entry; real categories start at 1. */
    public static final int ALL = 0;

    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Notifier notifier;
    private final DialogService dialogs;
    private final UndoHistory undo;

    private final ObservableList<CategoryCount> rows = FXCollections.observableArrayList();
    private final ObservableList<CategoryCount> categories = FXCollections.observableArrayList();
    private final ObservableList<CategoryRow> choices = FXCollections.observableArrayList();
    private final IntegerProperty selectedId = new SimpleIntegerProperty(ALL);
    private final LongProperty total = new SimpleLongProperty();
    private final ObjectProperty<CategoryOrder> order = new SimpleObjectProperty<>(CategoryOrder.COUNT);
    private final CategoryMerging merging;
    /** Whether a category's cell is being edited now; the view keeps it current. */
    private final javafx.beans.property.BooleanProperty editing = new javafx.beans.property.SimpleBooleanProperty();

    private CategoryService service;
    private Runnable onChanged = () -> { };
    private final InlineEdits<CategoryRow> edits;

    public CategoryListViewModel(TaskRunner tasks, Messages messages, Notifier notifier, DialogService dialogs) {
        this(tasks, messages, notifier, dialogs, UndoHistory.unrecorded(tasks, messages));
    }

    /** @param undo records each add, rename, description and delete as a step the user can undo */
    public CategoryListViewModel(TaskRunner tasks, Messages messages, Notifier notifier, DialogService dialogs,
                                 UndoHistory undo) {
        this.undo = undo;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.notifier = notifier;
        this.merging = new CategoryMerging(tasks, messages, notifier, dialogs, () -> service, () -> {
            refresh();
            onChanged.run();
        });
        order.addListener((observable, old, now) -> {
            if (!rows.isEmpty()) {
                List<CategoryCount> sorted = new ArrayList<>(List.of(rows.get(0)));
                sorted.addAll(categories.stream().sorted(now.comparator()).toList());
                rows.setAll(sorted);
            }
        });
        this.edits = new InlineEdits<>(tasks, messages, notifier,
                new InlineEdits.Keys("category.changedElsewhere", "category.notSaved", "category.deletedElsewhere"),
                new InlineEdits.Rows<>() {
            @Override
            public int id(CategoryRow row) {
                return row.id();
            }

            @Override
            public Optional<CategoryRow> find(int id) {
                return service.find(id);
            }

            @Override
            public void stored(CategoryRow updated) {
                refresh();
                onChanged.run();
            }

            @Override
            public void refused(CategoryRow seen) {
                refresh();
            }

            @Override
            public void reloaded(int id, Optional<CategoryRow> current) {
                refresh();
                onChanged.run();
            }

            @Override
            public Object[] offerArguments(CategoryRow current, String typed) {
                return new Object[] {current.name(), typed};
            }
        });
    }

    /** How the list is ordered ("All" stays first); a change re-sorts the rows loaded. */
    public ObjectProperty<CategoryOrder> orderProperty() {
        return order;
    }

    /** Merging one category into another, with its preview. */
    public CategoryMerging merging() {
        return merging;
    }

    public void connect(CategoryService categoryService) {
        this.service = categoryService;
        refresh();
    }

    /** Called after a rename or delete, which the contact list shows too. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    /** Reloads the categories and their counts (after every change anywhere). */
    public void refresh() {
        if (service != null) {
            tasks.run(service::statistics, this::show, failure -> notifier.error(errors.describe(failure)));
        }
    }

    private void show(List<CategoryCount> loaded) {
        long sum = loaded.stream().mapToLong(CategoryCount::phoneCount).sum();
        CategoryCount all = new CategoryCount(new CategoryRow(ALL, messages.get("category.all"),
                messages.get("category.allDescription"), null, null), sum);
        List<CategoryCount> withAll = new ArrayList<>(loaded.size() + 1);
        withAll.add(all);
        withAll.addAll(loaded.stream().sorted(order.get().comparator()).toList());
        int selected = selectedId.get();
        total.set(sum);
        categories.setAll(loaded);
        List<CategoryRow> sorted = loaded.stream().map(CategoryCount::category)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        if (!choices.equals(sorted)) {
            // Counts change after every add; the choices (names) rarely do.
            choices.setAll(sorted);
        }
        rows.setAll(withAll);
        if (selected != ALL && find(selected).isEmpty()) {
            selectedId.set(ALL);
        }
    }

    public Optional<CategoryCount> find(int id) {
        return rows.stream().filter(row -> row.id() == id).findFirst();
    }

    public void select(int id) {
        selectedId.set(id);
    }

    /** Adds a category; on success it is selected. */
    public void add(String name, String description, Runnable onAdded) {
        tasks.run(undo.recording(() -> service.create(name, description),
                created -> UndoHistory.name("undo.step.addCategory", created.name())), created -> {
            notifier.info(messages.get("category.added", created.name()));
            selectedId.set(created.id());
            refresh();
            onAdded.run();
        }, failure -> notifier.error(errors.describe(failure)));
    }

    /** Renames a category; a refused name leaves the old one and says why. */
    public void rename(CategoryCount row, String name) {
        if (row.id() != ALL) {
            edits.update(row.category(), name, current -> undo.record(() -> service.update(current.id(),
                    current.updatedAt(), name, current.description()),
                    renamed -> UndoHistory.name("undo.step.renameCategory", current.name(), renamed.name())));
        }
    }

    public void describe(CategoryCount row, String description) {
        if (row.id() != ALL) {
            edits.update(row.category(), description, current -> undo.record(() -> service.update(current.id(),
                    current.updatedAt(), current.name(), description),
                    described -> UndoHistory.name("undo.step.describeCategory", described.name())));
        }
    }

    /** The database is back: offers each edit it could not store, on the category as it is now. */
    public void reconnected() {
        edits.reconnected();
    }

    /** The edits kept because the database could not be reached, waiting for it to come back. */
    public UnsavedEdits<?> unsaved() {
        return edits.unsaved();
    }

    /**
     * Deletes a category once the user agrees, having been told how many numbers go with it to the trash: counted on
     * the server when asking, as another computer may have added or moved numbers since the list loaded.
     */
    public void deleteAsking(CategoryCount row) {
        if (row == null || row.id() == ALL) {
            return;
        }
        tasks.run(() -> service.countNumbers(row.id()), count -> {
            if (dialogs.confirm(messages.get("category.deleteQuestion", row.name(), count),
                    messages.get("button.delete"))) {
                delete(row);
            }
        }, failure -> notifier.error(errors.describe(failure)));
    }

    public void delete(CategoryCount row) {
        if (row.id() == ALL) {
            return;
        }
        UndoHistory.Recording<Long> deletion = undo.recording(() -> service.delete(row.id()),
                deleted -> UndoHistory.name("undo.step.deleteCategory", row.name(), deleted));
        tasks.run(deletion, deleted -> {
            notifier.info(messages.get("category.deleted", row.name(), deleted), messages.get("action.undo"),
                    undo.undoAction(deletion));
            if (selectedId.get() == row.id()) {
                selectedId.set(ALL);
            }
            refresh();
            onChanged.run();
        }, failure -> {
            notifier.error(errors.describe(failure));
            refresh();
        });
    }

    /** The "All" entry followed by every category, most numbers first. */
    public ObservableList<CategoryCount> rows() {
        return rows;
    }

    /** The real categories with their counts, most numbers first (the chart's data). */
    public ObservableList<CategoryCount> categories() {
        return categories;
    }

    /** The real categories by name, for choice boxes. */
    public ObservableList<CategoryRow> choices() {
        return choices;
    }

    /** The category the contacts are filtered to, or {@link #ALL}. */
    /** Whether a category's name or description is being edited: other desktops' changes wait until it ends. */
    public javafx.beans.property.BooleanProperty editingProperty() {
        return editing;
    }

    public IntegerProperty selectedIdProperty() {
        return selectedId;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total;
    }
}
