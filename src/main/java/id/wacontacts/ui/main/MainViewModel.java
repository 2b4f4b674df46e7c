package id.wacontacts.ui.main;

import id.wacontacts.domain.CategoryRow;
import id.wacontacts.service.Reachability;
import id.wacontacts.ui.category.CategoryListViewModel;
import id.wacontacts.ui.common.BusyTaskRunner;
import id.wacontacts.ui.common.ConnectionWatch;
import id.wacontacts.ui.common.DialogService;
import id.wacontacts.ui.common.DocumentOpener;
import id.wacontacts.ui.common.ErrorMessages;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.Notifier;
import id.wacontacts.ui.common.TaskRunner;
import id.wacontacts.ui.contact.AddNumberViewModel;
import id.wacontacts.ui.contact.BulkActionsViewModel;
import id.wacontacts.ui.contact.Selection;
import id.wacontacts.ui.health.HealthViewModel;
import id.wacontacts.ui.contact.ContactListViewModel;
import id.wacontacts.ui.live.LiveViewModel;
import id.wacontacts.ui.search.SearchViewModel;
import id.wacontacts.ui.stats.StatsViewModel;
import id.wacontacts.ui.undo.UndoHistory;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's state: opening the database, the panes' view-models and how a change in one
 * reaches the others, and the status bar.
 *
 * <p>Somewhat over 300 lines: going offline, probing and coming back belong with opening, as each
 * replaces the services the panes work with.
 */
public final class MainViewModel {

    /** How often the database is tried while it cannot be reached. */
    public static final Duration PROBE_INTERVAL = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(MainViewModel.class);

    private final Messages messages;
    private final ErrorMessages errors;
    private final BusyTaskRunner tasks;

    private final CategoryListViewModel categories;
    private final ContactListViewModel contacts;
    private final AddNumberViewModel addNumber;
    private final SearchViewModel search;
    private final StatsViewModel stats;
    private final LiveViewModel live;
    private final UndoHistory undo;
    private final BulkActionsViewModel bulk;

    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty databaseLocation = new SimpleStringProperty("");
    private final StringProperty searchWarning = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty();
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final BooleanProperty offline = new SimpleBooleanProperty();
    private final StringProperty connectionProblem = new SimpleStringProperty();

    private final TaskRunner probes;
    private final Notifier notifier;
    private final DialogService dialogs;
    private Services services;
    private Reconnector reconnector = this::checkSameServices;

    public MainViewModel(TaskRunner taskRunner, Messages messages, Notifier notifier, DialogService dialogs,
                         DocumentOpener browser) {
        this(taskRunner, taskRunner, messages, notifier, dialogs, browser);
    }

    /** @param probeRunner runs the checks for the database's return while it cannot be reached */
    public MainViewModel(TaskRunner taskRunner, TaskRunner probeRunner, Messages messages, Notifier notifier,
                         DialogService dialogs, DocumentOpener browser) {
        this(taskRunner, probeRunner, messages, notifier, dialogs, browser, Runnable::run);
    }

    /** @param uiThread runs on the FX thread what background work learns (the undo steps it made) */
    public MainViewModel(TaskRunner taskRunner, TaskRunner probeRunner, Messages messages, Notifier notifier,
                         DialogService dialogs, DocumentOpener browser, Executor uiThread) {
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.probes = probeRunner;
        this.notifier = notifier;
        this.dialogs = dialogs;
        this.tasks = new BusyTaskRunner(new ConnectionWatch(taskRunner, offline::get, this::connectionLost));
        // While the banner says the database is away, a failing click adds nothing to it.
        Notifier quiet = new QuietWhileOffline(notifier);
        this.undo = new UndoHistory(tasks, messages, quiet, uiThread);
        this.categories = new CategoryListViewModel(tasks, messages, quiet, dialogs, undo);
        this.contacts = new ContactListViewModel(tasks, messages, quiet, browser, undo);
        this.addNumber = new AddNumberViewModel(tasks, messages, quiet, undo);
        this.search = new SearchViewModel(contacts, messages);
        this.stats = new StatsViewModel(categories);
        this.live = new LiveViewModel(contacts, categories, messages, java.time.Clock.systemUTC());
        this.bulk = new BulkActionsViewModel(tasks, messages, quiet, dialogs, new Selection(tasks, messages, quiet, contacts),
                contacts);
        bulk.setOnChanged(() -> {
            contacts.reload();
            categories.refresh();
        });
        wire();
    }

    /** How a change in one pane reaches the others. */
    private void wire() {
        categories.selectedIdProperty().addListener((observable, old, id) -> {
            int selected = id.intValue();
            contacts.showCategory(selected == CategoryListViewModel.ALL ? Optional.empty() : Optional.of(selected));
            addNumber.suggestCategory(choice(selected));
        });
        undo.setOnApplied(this::refresh);
        bulk.setOnStep(undo::add);
        categories.merging().setOnStep(undo::add);
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
        searchWarning.set(java.util.stream.Stream.of(
                        opened.openToAnyone() ? messages.get("status.openToAnyone") : "",
                        opened.trigramSearch() ? "" : messages.get("status.searchSlower"))
                .filter(warning -> !warning.isEmpty())
                .collect(java.util.stream.Collectors.joining(" ")));
        status.set(messages.get("status.loading"));
        ready.set(true);
        opened.safety().ifPresent(safety -> undo.connect(safety.undo()));
        categories.connect(opened.categories());
        contacts.connect(opened.contacts(), opened.normalizer());
        addNumber.connect(opened.contacts(), opened.normalizer());
        bulk.connect(opened.contacts().bulk());
        bulk.selection().connect(opened.contacts().bulk());
    }

    private void failedToOpen(Throwable error) {
        status.set(messages.get("status.failed"));
        failure.set(errors.describe(error));
    }

    /** How the window finds the database again after it went away; the default waits for the same one. */
    public void setReconnector(Reconnector reconnector) {
        this.reconnector = reconnector;
    }

    /** The built-in server's process is gone: offline at once, and started again by the reconnector. */
    public void serverStopped() {
        connectionLost(Reachability.notSent());
    }

    /**
     * The database went away mid-session: the banner says so, nothing more is sent until it is back,
     * and the add bar and unsaved edits stay as typed.
     */
    private void connectionLost(Throwable failure) {
        if (services == null || offline.get()) {
            return;
        }
        log.warn("The database cannot be reached; reconnecting", failure);
        offline.set(true);
        connectionProblem.set(messages.get(services.embedded() ? "connection.lostEmbedded" : "connection.lost"));
        probe();
    }

    private void probe() {
        probes.run(reconnector::tryReconnect, back -> back.ifPresentOrElse(this::reconnected, this::probe), failure -> {
            log.warn("Could not reconnect to the database yet", failure);
            connectionProblem.set(messages.get("connection.stillAway", errors.describe(failure)));
            probe();
        });
    }

    private void reconnected(Services back) {
        log.info("The database can be reached again");
        offline.set(false);
        connectionProblem.set(null);
        if (back != services) {
            opened(back); // the built-in server was started again: new services, every list reloads
        } else {
            refresh();
        }
        notifier.info(messages.get("connection.back"));
        categories.reconnected();
        contacts.reconnected();
    }

    /** The default: waits a moment, then asks the same services (a shared server the pool reconnects to). */
    private Optional<Services> checkSameServices() throws InterruptedException {
        Thread.sleep(PROBE_INTERVAL.toMillis());
        Services current = services;
        try {
            current.categories().list();
            return Optional.of(current);
        } catch (RuntimeException e) {
            if (Reachability.lost(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Whether the window may close or be rebuilt (another language) now. Edits kept while the database
     * could not be reached would be lost without a word: the user is asked whether to discard them or
     * keep the window, which offers them again once the database is back.
     *
     * @return true when nothing is kept or the user chose to discard it
     */
    public boolean mayLeave() {
        int kept = categories.unsaved().size() + contacts.unsaved().size();
        if (kept == 0) {
            return true;
        }
        if (!dialogs.confirm(messages.get("unsaved.question", kept), messages.get("unsaved.discard"),
                messages.get("unsaved.keepTrying"))) {
            return false;
        }
        categories.unsaved().discard();
        contacts.unsaved().discard();
        return true;
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

    /** Help → Database health for the database open now; empty before it is open. */
    public Optional<HealthViewModel> health() {
        return Optional.ofNullable(services).flatMap(Services::health)
                .map(health -> new HealthViewModel(tasks, messages, health));
    }

    /** The bulk actions on the number list's selection ("all matching" too). */
    public BulkActionsViewModel bulk() {
        return bulk;
    }

    public AddNumberViewModel addNumber() {
        return addNumber;
    }

    /** This window session's undo and redo (Edit → Undo, Ctrl+Z). */
    public UndoHistory undo() {
        return undo;
    }

    public SearchViewModel search() {
        return search;
    }

    public StatsViewModel stats() {
        return stats;
    }

    /** Other desktops' changes as they happen, and who else is connected. */
    public LiveViewModel live() {
        return live;
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

    /** Whether the database went away mid-session and the window is waiting for it to come back. */
    public ReadOnlyBooleanProperty offlineProperty() {
        return offline;
    }

    /** What the banner says while the database cannot be reached, or null. */
    public ReadOnlyStringProperty connectionProblemProperty() {
        return connectionProblem;
    }

    /** Passes messages on, except errors while the database is away: the banner already says why. */
    private final class QuietWhileOffline implements Notifier {

        private final Notifier shown;

        QuietWhileOffline(Notifier shown) {
            this.shown = shown;
        }

        @Override
        public void info(String message) {
            shown.info(message);
        }

        @Override
        public void info(String message, String actionText, Runnable action) {
            shown.info(message, actionText, action);
        }

        @Override
        public void error(String message) {
            if (!offline.get()) {
                shown.error(message);
            }
        }

        @Override
        public void error(String message, String actionText, Runnable action) {
            if (!offline.get()) {
                shown.error(message, actionText, action);
            }
        }
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    public Optional<Services> services() {
        return Optional.ofNullable(services);
    }
}
