package id.wacontacts.app;

import id.wacontacts.cli.DatabaseOptions;
import id.wacontacts.config.AppConfig;
import id.wacontacts.ui.common.FxTaskRunner;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.main.MainView;
import id.wacontacts.ui.main.MainViewModel;
import id.wacontacts.ui.main.Services;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import id.wacontacts.domain.CategoryCount;
import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The window. It appears at once; the database opens in the background meanwhile, so the user
 * sees progress rather than a frozen screen.
 */
public final class WaContactsApp extends Application {

    private AppConfig config;
    private Messages messages;
    private FxTaskRunner tasks;
    private final AtomicReference<AppContext> context = new AtomicReference<>();

    @Override
    public void init() {
        DatabaseOptions options = new DatabaseOptions();
        new CommandLine(options).setUnmatchedArgumentsAllowed(true).parseArgs(
                getParameters().getRaw().toArray(String[]::new));
        config = options.toConfig();
        Launcher.configureLogging(config);
        messages = new Messages(Messages.defaultLocale());
        tasks = new FxTaskRunner(2);
    }

    @Override
    public void start(Stage stage) {
        MainViewModel model = new MainViewModel(tasks, messages);
        Scene scene = new Scene(new MainView(model, messages).build(), 1100, 680);
        scene.getStylesheets().add(Objects.requireNonNull(
                WaContactsApp.class.getResource("/id/wacontacts/ui/app.css")).toExternalForm());
        stage.setTitle(messages.get("app.title"));
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            // every size, so title bar, task bar and Alt+Tab each get a sharp one
            stage.getIcons().add(new Image(Objects.requireNonNull(
                    WaContactsApp.class.getResourceAsStream("/id/wacontacts/ui/icon-" + size + ".png"))));
        }
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.show();
        Logger log = LoggerFactory.getLogger(WaContactsApp.class);
        log.info("Window shown {} ms after launch", uptimeMillis());
        model.categories().addListener(new ListChangeListener<CategoryCount>() {
            @Override
            public void onChanged(Change<? extends CategoryCount> change) {
                log.info("Window usable (categories listed) {} ms after launch", uptimeMillis());
                model.categories().removeListener(this);
            }
        });

        model.open(() -> {
            AppContext opened = AppContext.open(config, AppContext.Progress.NONE);
            context.set(opened);
            return new Services(opened.categories(), opened.contacts(), config.embedded(), opened.databaseLocation());
        });
    }

    private static long uptimeMillis() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    @Override
    public void stop() {
        Logger log = LoggerFactory.getLogger(WaContactsApp.class);
        tasks.close();
        AppContext opened = context.getAndSet(null);
        if (opened != null) {
            log.info("Closing the database");
            opened.close();
        }
    }
}
