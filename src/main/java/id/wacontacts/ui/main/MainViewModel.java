package id.wacontacts.ui.main;

import id.wacontacts.domain.CategoryRow;
import id.wacontacts.ui.category.CategoryListViewModel;
import id.wacontacts.ui.common.BusyTaskRunner;
import id.wacontacts.ui.common.DocumentOpener;
import id.wacontacts.ui.common.ErrorMessages;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.Notifier;
import id.wacontacts.ui.common.TaskRunner;
import id.wacontacts.ui.contact.AddNumberViewModel;
import id.wacontacts.ui.contact.ContactListViewModel;
import id.wacontacts.ui.search.SearchViewModel;
import id.wacontacts.ui.stats.StatsViewModel;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;

/**
 * The window's state: opening the database, the panes' view-models and how a change in one
 * reaches the others, and the status bar.
 */
public final class MainViewModel {

    private final Messages messages;
    private final ErrorMessages errors;
    private final BusyTaskRunner tasks;

    private final CategoryListViewModel categories;
    private final ContactListViewModel contacts;
    private final AddNumberViewModel addNumber;
    private final SearchViewModel search;
    private final StatsViewModel stats;

    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty databaseLocation = new SimpleStringProperty("");
    private final StringProperty searchWarning = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty();
    private final BooleanProperty ready = new SimpleBooleanProperty();

    private Services services;

    public MainViewModel(TaskRunner taskRunner, Messages messages, Notifier notifier, DocumentOpener browser) {
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.tasks = new BusyTaskRunner(taskRunner);
        this.categories = new CategoryListViewModel(tasks, messages, notifier);
        this.contacts = new ContactListViewModel(tasks, messages, notifier, browser);
        this.addNumber = new AddNumberViewModel(tasks, messages, notifier);
        this.search = new SearchViewModel(contacts, messages);
        this.stats = new StatsViewModel(categories);
        wire();
    }

    /** How a change in one pane reaches the others. */
    private void wire() {
        categories.selectedIdProperty().addListener((observable, old, id) -> {
            int selected = id.intValue();
            contacts.showCategory(selected == CategoryListViewModel.ALL ? Optional.empty() : Optional.of(selected));
            addNumber.suggestCategory(choice(selected));
        });
        categories.setOnChanged(contacts::reload);
        contacts.setOnChanged(categories::refresh);
        addNumber.setOnAdded(added -> {
            contacts.reload();
            categories.refresh();
        });
        categories.choices().addListener((ListChangeListener<CategoryRow>) change -> {
            CategoryRow chosen = addNumber.categoryProperty().get();
            Optional<CategoryRow> current = chosen == null ? Optional.empty() : choice(chosen.id());
            addNumber.categoryProperty().set(current.or(() -> choice(categories.selectedIdProperty().get()))
                    .orElse(categories.choices().isEmpty() ? null : categories.choices().get(0)));
        });
        categories.rows().addListener((ListChangeListener<Object>) change -> status.set(
                messages.get("status.total", categories.totalProperty().get(), categories.categories().size())));
    }

    private Optional<CategoryRow> choice(int id) {
        return categories.choices().stream().filter(row -> row.id() == id).findFirst();
    }

    /** Opens the database in the background; the window stays usable and shows progress meanwhile. */
    public void open(Callable<Services> opener) {
        status.set(messages.get("status.starting"));
        tasks.run(opener, this::opened, this::failedToOpen);
    }

    private void opened(Services opened) {
        services = opened;
        databaseLocation.set(messages.get(opened.embedded() ? "status.embedded" : "status.server", opened.location()));
        searchWarning.set(opened.trigramSearch() ? "" : messages.get("status.searchSlower"));
        status.set(messages.get("status.loading"));
        ready.set(true);
        categories.connect(opened.categories());
        contacts.connect(opened.contacts(), opened.normalizer());
        addNumber.connect(opened.contacts(), opened.normalizer());
    }

    private void failedToOpen(Throwable error) {
        status.set(messages.get("status.failed"));
        failure.set(errors.describe(error));
    }

    /** Reloads the categories, the counts and the contacts (F5). */
    public void refresh() {
        if (services != null) {
            categories.refresh();
            contacts.reload();
        }
    }

    public CategoryListViewModel categories() {
        return categories;
    }

    public ContactListViewModel contacts() {
        return contacts;
    }

    public AddNumberViewModel addNumber() {
        return addNumber;
    }

    public SearchViewModel search() {
        return search;
    }

    public StatsViewModel stats() {
        return stats;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty databaseLocationProperty() {
        return databaseLocation;
    }

    /** Says that search reads every number because the trigram indexes are missing; empty otherwise. */
    public ReadOnlyStringProperty searchWarningProperty() {
        return searchWarning;
    }

    /** The reason the database could not be opened, or null. */
    public ReadOnlyStringProperty failureProperty() {
        return failure;
    }

    /** Runs work in the background under the status bar's busy indicator (for the File menu's actions too). */
    public TaskRunner tasks() {
        return tasks;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    public Optional<Services> services() {
        return Optional.ofNullable(services);
    }
}
