package id.wacontacts.ui.category;

import id.wacontacts.domain.CategoryCount;
import id.wacontacts.domain.CategoryRow;
import id.wacontacts.service.CategoryService;
import id.wacontacts.ui.common.ErrorMessages;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.Notifier;
import id.wacontacts.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
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

    private final ObservableList<CategoryCount> rows = FXCollections.observableArrayList();
    private final ObservableList<CategoryCount> categories = FXCollections.observableArrayList();
    private final ObservableList<CategoryRow> choices = FXCollections.observableArrayList();
    private final IntegerProperty selectedId = new SimpleIntegerProperty(ALL);
    private final LongProperty total = new SimpleLongProperty();

    private CategoryService service;
    private Runnable onChanged = () -> { };

    public CategoryListViewModel(TaskRunner tasks, Messages messages, Notifier notifier) {
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.notifier = notifier;
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
        withAll.addAll(loaded);
        int selected = selectedId.get();
        total.set(sum);
        categories.setAll(loaded);
        choices.setAll(loaded.stream().map(CategoryCount::category)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList());
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
        tasks.run(() -> service.create(name, description), created -> {
            notifier.info(messages.get("category.added", created.name()));
            selectedId.set(created.id());
            refresh();
            onAdded.run();
        }, failure -> notifier.error(errors.describe(failure)));
    }

    /** Renames a category; a refused name leaves the old one and says why. */
    public void rename(CategoryCount row, String name) {
        update(row, name, row.category().description());
    }

    public void describe(CategoryCount row, String description) {
        update(row, row.name(), description);
    }

    private void update(CategoryCount row, String name, String description) {
        if (row.id() == ALL) {
            return;
        }
        CategoryRow old = row.category();
        tasks.run(() -> service.update(old.id(), old.updatedAt(), name, description), updated -> {
            refresh();
            onChanged.run();
        }, failure -> {
            notifier.error(errors.describe(failure));
            refresh();
        });
    }

    /** The question asked before deleting: how many numbers go with the category. */
    public String deleteQuestion(CategoryCount row) {
        return messages.get("category.deleteQuestion", row.name(), row.phoneCount());
    }

    public void delete(CategoryCount row) {
        if (row.id() == ALL) {
            return;
        }
        tasks.run(() -> service.delete(row.id()), deleted -> {
            notifier.info(messages.get("category.deleted", row.name(), deleted));
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
    public IntegerProperty selectedIdProperty() {
        return selectedId;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total;
    }
}
