package id.wacontacts.ui.main;

import id.wacontacts.domain.CategoryCount;
import id.wacontacts.ui.common.ErrorMessages;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.TaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The main window's state: opening the database, the categories with their counts, the status bar. */
public final class MainViewModel {

    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;

    private final ObservableList<CategoryCount> categories = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty databaseLocation = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty ready = new SimpleBooleanProperty();

    private Services services;

    public MainViewModel(TaskRunner tasks, Messages messages) {
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
    }

    /** Opens the database in the background; the window stays usable and shows progress meanwhile. */
    public void open(Callable<Services> opener) {
        busy.set(true);
        status.set(messages.get("status.starting"));
        tasks.run(opener, this::opened, this::failedToOpen);
    }

    private void opened(Services opened) {
        services = opened;
        databaseLocation.set(messages.get(opened.embedded() ? "status.embedded" : "status.server", opened.location()));
        ready.set(true);
        refresh();
    }

    private void failedToOpen(Throwable error) {
        busy.set(false);
        status.set(messages.get("status.failed"));
        failure.set(errors.describe(error));
    }

    /** Reloads the categories and their counts. */
    public void refresh() {
        if (services == null) {
            return;
        }
        busy.set(true);
        status.set(messages.get("status.loading"));
        tasks.run(services.categories()::statistics, this::showCategories, this::failed);
    }

    private void showCategories(List<CategoryCount> loaded) {
        categories.setAll(loaded);
        long total = loaded.stream().mapToLong(CategoryCount::phoneCount).sum();
        status.set(messages.get("status.total", total, loaded.size()));
        busy.set(false);
    }

    private void failed(Throwable error) {
        busy.set(false);
        status.set(errors.describe(error));
    }

    public ObservableList<CategoryCount> categories() {
        return categories;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty databaseLocationProperty() {
        return databaseLocation;
    }

    /** The reason the database could not be opened, or null. */
    public ReadOnlyStringProperty failureProperty() {
        return failure;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    public Optional<Services> services() {
        return Optional.ofNullable(services);
    }
}
