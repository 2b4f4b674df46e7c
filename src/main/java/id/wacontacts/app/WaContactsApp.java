package id.wacontacts.app;

import id.wacontacts.cli.DatabaseOptions;
import id.wacontacts.cli.VersionProvider;
import id.wacontacts.config.AppConfig;
import id.wacontacts.ui.backup.AutomaticBackupEvents;
import id.wacontacts.domain.CategoryCount;
import id.wacontacts.domain.LiveState;
import id.wacontacts.ui.common.DialogService;
import id.wacontacts.ui.common.FileDialogs;
import id.wacontacts.ui.common.FxDialogService;
import id.wacontacts.ui.common.FxFileDialogs;
import id.wacontacts.ui.common.FxNotifier;
import id.wacontacts.ui.common.FxTaskRunner;
import id.wacontacts.ui.common.Looks;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.SystemColorScheme;
import id.wacontacts.ui.common.Today;
import id.wacontacts.ui.common.UncaughtFailures;
import id.wacontacts.ui.common.UiPreferences;
import id.wacontacts.ui.contact.ContactItem;
import id.wacontacts.ui.live.LiveWindow;
import id.wacontacts.ui.main.FileActionsViewModel;
import id.wacontacts.ui.main.FileServices;
import id.wacontacts.ui.main.MainView;
import id.wacontacts.ui.main.MainViewModel;
import id.wacontacts.ui.main.SafetyNet;
import id.wacontacts.ui.main.Services;
import id.wacontacts.service.ChangeHistory;
import id.wacontacts.service.HealthService;
import id.wacontacts.service.TrashService;
import id.wacontacts.service.UndoService;
import id.wacontacts.service.transfer.HistoryExport;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The window. It appears at once; the database opens in the background meanwhile, so the user
 * sees progress rather than a frozen screen. Switching the language rebuilds the window's
 * content over the same open database.
 *
 * <p>A little over 300 lines: the window's life (opening early, showing, switching language, closing
 * with its questions) reads as one sequence; the toolkit's logging set-up is {@link ToolkitLogging}.
 */
public final class WaContactsApp extends Application {

    private static final Logger log = LoggerFactory.getLogger(WaContactsApp.class);
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 720;

    private AppConfig config;
    private UiPreferences preferences;
    private FxTaskRunner tasks;
    private Stage stage;
    private final AtomicReference<AppContext> context = new AtomicReference<>();
    private volatile CompletableFuture<Services> services = new CompletableFuture<>();
    private volatile CompletableFuture<FileServices> fileServices = new CompletableFuture<>();
    private volatile boolean stopping;
    /** The window's content shown now; its undo steps go on in the next language's. */
    private MainViewModel shown;
    /** The File menu of the window shown now; given the new services when the built-in database restarts. */
    private volatile FileActionsViewModel fileActions;
    /** Hears of automatic backups for the window shown now (the window is rebuilt on a language switch). */
    private final AtomicReference<AutomaticBackupEvents.Listener> backupListener = new AtomicReference<>();

    /** The desktop's clock; the window tests set one near midnight. */
    static volatile Clock clock = Clock.systemDefaultZone();
    /** The date, followed past midnight for the whole run (the window is rebuilt on a language switch). */
    private Today today;
    /** Hands other desktops' changes to the window shown now. */
    private LiveWindow liveWindow;
    /** Logs what nobody caught and tells the window shown now; the handler before it is put back at the end. */
    private UncaughtFailures uncaught;
    private Thread.UncaughtExceptionHandler previousHandler;

    /** Whether the system's colours are dark; the window tests answer in its place. */
    static volatile java.util.function.BooleanSupplier systemDark = SystemColorScheme::dark;
    /** The theme and text size, applied to every window. */
    private Looks looks;

    /** Asks for files; the window tests answer in its place, as no robot can drive a native file chooser. */
    static volatile Supplier<FileDialogs> fileDialogs = FxFileDialogs::new;

    /** The database, opening since before the toolkit started; taken by the window that starts next. */
    private static final AtomicReference<CompletableFuture<AppContext>> opening = new AtomicReference<>();

    /**
     * Opens the window; returns when it is closed. Logging must already point at the data folder. The
     * database starts opening first, so the server starts while the toolkit does.
     */
    static void openWindow(String[] args) {
        ToolkitLogging.route();
        opening.set(startOpening(configOf(args)));
        Application.launch(WaContactsApp.class, args);
    }

    private static AppConfig configOf(String[] args) {
        DatabaseOptions options = new DatabaseOptions();
        new CommandLine(options).setUnmatchedArgumentsAllowed(true).parseArgs(args);
        return options.toConfig();
    }

    private static CompletableFuture<AppContext> startOpening(AppConfig config) {
        CompletableFuture<AppContext> opened = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opened.complete(AppContext.open(config, AppContext.Progress.NONE));
            } catch (RuntimeException | Error e) {
                opened.completeExceptionally(e);
            }
        }, "wa-contacts-open");
        opener.setDaemon(true);
        opener.start();
        return opened;
    }

    @Override
    public void init() {
        config = configOf(getParameters().getRaw().toArray(String[]::new));
        Launcher.configureLogging(config);
        preferences = UiPreferences.user();
        // The pool has 5 connections; 4 workers leave one for whatever else needs it.
        tasks = new FxTaskRunner(4);
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        uncaught = new UncaughtFailures(Platform::runLater, Clock.systemUTC());
        uncaught.install();
        looks = new Looks(preferences, systemDark, command -> {
            Thread asking = new Thread(command, "wa-contacts-colours");
            asking.setDaemon(true);
            asking.start();
        });
        looks.apply();
        looks.recheckWhenFocused(stage);
        Scene scene = new Scene(new javafx.scene.layout.Pane());
        scene.getStylesheets().add(Objects.requireNonNull(
                WaContactsApp.class.getResource("/id/wacontacts/ui/app.css")).toExternalForm());
        stage.setScene(scene);
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            // every size, so title bar, task bar and Alt+Tab each get a sharp one
            stage.getIcons().add(icon("icon-" + size + ".png"));
        }
        placeWindow();
        today = new Today(clock, Platform::runLater);
        today.start();
        liveWindow = new LiveWindow(Platform::runLater);
        MainViewModel model = show(preferences.language());
        stage.show();
        log.info("Window shown {} ms after launch", uptimeMillis());
        model.categories().rows().addListener(new ListChangeListener<CategoryCount>() {
            @Override
            public void onChanged(Change<? extends CategoryCount> change) {
                log.info("Window usable (categories listed) {} ms after launch", uptimeMillis());
                model.categories().rows().removeListener(this);
            }
        });
        model.contacts().rows().addListener(new ListChangeListener<ContactItem>() {
            @Override
            public void onChanged(Change<? extends ContactItem> change) {
                Runtime runtime = Runtime.getRuntime();
                log.info("First numbers shown {} ms after launch; heap in use {} MB", uptimeMillis(),
                        (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
                model.contacts().rows().removeListener(this);
            }
        });
        CompletableFuture<AppContext> started = opening.getAndSet(null);
        // Off the FX thread even when the opening already ended: attaching the listener waits for it briefly.
        (started != null ? started : startOpening(config)).whenCompleteAsync(this::opened);
    }

    private void opened(AppContext opened, Throwable failure) {
        if (failure != null) {
            services.completeExceptionally(failure);
            fileServices.completeExceptionally(failure);
            return;
        }
        context.set(opened);
        watchBuiltInServer(opened);
        liveWindow.attach(opened.live(), opened::desktops); // listening before the lists load
        services.complete(servicesOf(opened));
        fileServices.complete(fileServicesOf(opened));
    }

    private FileServices fileServicesOf(AppContext opened) {
        opened.onAutomaticBackup(made -> Optional.ofNullable(backupListener.get()).ifPresent(l -> l.made(made)));
        opened.onAutomaticBackupFailure(failure -> Optional.ofNullable(backupListener.get())
                .ifPresent(l -> l.failed(failure)));
        return new FileServices(opened.imports(), opened.exports(), opened.categories(), opened.backups(),
                opened.automaticBackups(), backupListener::set, config.dataDir(), VersionProvider.version(),
                opened.retention(), opened.qualityCheck());
    }

    private Services servicesOf(AppContext opened) {
        return new Services(opened.categories(), opened.contacts(), opened.normalizer(),
                config.embedded(), opened.databaseLocation(), opened.database().trigramSearch(),
                opened.database().openToAnyone(), Optional.of(new SafetyNet(
                        () -> new UndoService(opened.database().sessionFactory(), opened::classifyNewNumbers),
                        () -> new TrashService(opened.database().sessionFactory(), opened::classifyNewNumbers),
                        () -> new ChangeHistory(opened.database().sessionFactory()),
                        () -> new HistoryExport(opened.database().sessionFactory()))),
                Optional.of(new HealthService(opened.database().dataSource(), ZoneId.systemDefault())));
    }

    /**
     * Called again and again (off the FX thread) while the database cannot be reached. A shared server
     * is waited for: the pool reconnects to it by itself. The built-in server, once its process is gone,
     * is started again on the same data folder and everything is opened anew (it listens on a new port).
     */
    private Optional<Services> reconnect() throws InterruptedException {
        Thread.sleep(MainViewModel.PROBE_INTERVAL.toMillis());
        synchronized (context) {
            AppContext current = context.get();
            if (stopping) {
                return Optional.empty();
            }
            if (current != null && current.reachable()) {
                current.live().reconnectNow();
                return Optional.of(services.join());
            }
            if (!config.embedded() || (current != null && !current.embeddedServerStopped())) {
                return Optional.empty();
            }
            log.warn("The built-in database stopped; starting it again on the same data folder");
            if (current != null) {
                context.set(null);
                current.close();
            }
            AppContext reopened = AppContext.open(config, AppContext.Progress.NONE);
            context.set(reopened);
            watchBuiltInServer(reopened);
            liveWindow.attach(reopened.live(), reopened::desktops);
            Services opened = servicesOf(reopened);
            FileServices files = fileServicesOf(reopened);
            services = CompletableFuture.completedFuture(opened);
            fileServices = CompletableFuture.completedFuture(files);
            FileActionsViewModel actions = fileActions;
            if (actions != null) {
                Platform.runLater(() -> actions.open(() -> files));
            }
            return Optional.of(opened);
        }
    }

    /**
     * The listener's connection is the first to notice that the built-in server's process is gone
     * (killed, crashed): the window then goes offline and starts it again at once, rather than at the
     * user's next action, which would first wait out the pool's connection timeout.
     */
    private void watchBuiltInServer(AppContext opened) {
        if (!config.embedded()) {
            return;
        }
        opened.live().onStateChange(state -> {
            if (state.kind() == LiveState.Kind.RECONNECTING && context.get() == opened && opened.embeddedServerStopped()) {
                Platform.runLater(() -> Optional.ofNullable(shown).ifPresent(MainViewModel::serverStopped));
            }
        });
    }

    /** Builds the window's content in a language and connects it to the database once that is open. */
    private MainViewModel show(Locale locale) {
        Messages messages = new Messages(locale);
        FxNotifier notifier = new FxNotifier(stage, messages);
        FileDialogs chooser = fileDialogs.get();
        DialogService dialogs = new FxDialogService(() -> stage, chooser, messages);
        uncaught.showIn(notifier, messages);
        MainViewModel model = new MainViewModel(tasks, tasks, messages, notifier, dialogs,
                url -> getHostServices().showDocument(url), Platform::runLater);
        if (shown != null) {
            model.undo().adopt(shown.undo());
        }
        shown = model;
        FileActionsViewModel files = new FileActionsViewModel(model, messages, notifier, dialogs, clock,
                today.dateProperty(), Platform::runLater);
        MainView view = new MainView(model, files, chooser, messages, preferences, notifier.latestProperty(),
                this::switchLanguage);
        view.setLooks(looks);
        stage.getScene().setRoot(view.build());
        stage.setTitle(messages.get("app.title"));
        stage.setOnCloseRequest(event -> {
            if (!model.mayLeave()) {
                event.consume();
            }
        });
        liveWindow.show(model.live());
        model.setReconnector(this::reconnect);
        model.open(() -> await(services));
        files.open(() -> await(fileServices));
        fileActions = files;
        return model;
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private void switchLanguage(Locale locale) {
        preferences.setLanguage(locale);
        show(locale);
    }

    /** The size and place the window had last time, kept on screen; else a size that fits a 1366×768 laptop. */
    private void placeWindow() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(preferences.get("window.width", DEFAULT_WIDTH), screen.getWidth());
        double height = Math.min(preferences.get("window.height", DEFAULT_HEIGHT), screen.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        double x = preferences.get("window.x", Double.NaN);
        double y = preferences.get("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && screen.contains(x + 40, y + 20)) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(preferences.getBoolean("window.maximized"));
    }

    private void rememberWindow() {
        preferences.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            preferences.put("window.width", stage.getWidth());
            preferences.put("window.height", stage.getHeight());
            preferences.put("window.x", stage.getX());
            preferences.put("window.y", stage.getY());
        }
        preferences.flush();
    }

    private static Image icon(String name) {
        return new Image(Objects.requireNonNull(WaContactsApp.class.getResourceAsStream("/id/wacontacts/ui/" + name)));
    }

    private static long uptimeMillis() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    @Override
    public void stop() {
        if (stage != null) {
            rememberWindow();
        }
        if (today != null) {
            today.stop();
        }
        if (looks != null) {
            looks.close();
        }
        if (uncaught != null) {
            uncaught.stopShowing();
            Thread.setDefaultUncaughtExceptionHandler(previousHandler);
        }
        stopping = true;
        if (liveWindow != null) {
            liveWindow.close();
        }
        tasks.close();
        AppContext opened;
        synchronized (context) {
            opened = context.getAndSet(null);
        }
        if (opened != null) {
            log.info("Closing the database");
            opened.close();
        }
    }
}
