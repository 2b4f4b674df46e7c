package id.wacontacts.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.testsupport.TestDatabase;
import id.wacontacts.ui.contact.ContactItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on its own built-in database (no server given), whose server process is killed
 * mid-session as a crash or a task manager would: the window notices by itself, says so, starts the
 * server again on the same data folder, and goes on with every number kept, the typed one included.
 */
class EmbeddedRestartWindowTest {

    private final FxRobot robot = new FxRobot();
    private final Path dataDir = TestDatabase.newDataDirectory("window-restart");
    private Application app;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        TestWindow.forgetSettings();
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        TestWindow.forgetSettings();
        if (!Files.exists(dataDir.resolve("pgdata/postmaster.pid"))) {
            TestDatabase.deleteRecursively(dataDir);
        }
    }

    @Test
    void aKilledBuiltInServerIsStartedAgainAndNothingIsLost() throws Exception {
        app = FxToolkit.setupApplication(WaContactsApp.class, "--data-dir", dataDir.toString());
        waitUntil(60, () -> robot.lookup("#categoryTable").queryTableView().getItems().size() == 6);
        assertThat(text("#databaseLocation")).isEqualTo("Embedded database: " + dataDir);
        addNumber("0812-3456-7890");
        waitUntil(30, () -> shownNumbers().equals(List.of("+6281234567890")));
        long killed = postmasterPid();
        List<String> banners = new CopyOnWriteArrayList<>();
        Label banner = robot.lookup("#connectionBanner").queryAs(Label.class);
        robot.interact(() -> banner.textProperty().addListener((property, old, shown) -> {
            if (shown != null) {
                banners.add(shown);
            }
        }));

        assertThat(ProcessHandle.of(killed).orElseThrow().destroyForcibly()).isTrue();
        ProcessHandle.of(killed).ifPresent(process -> process.onExit().join());

        // Noticed without any action of the user's (no query has to wait out the pool's timeout first);
        // the restart may be over before a poll sees the banner, so its texts are recorded as shown.
        waitUntil(30, () -> !banners.isEmpty());
        assertThat(banners.get(0)).startsWith("The built-in database stopped. Restarting it…");
        waitUntil(90, () -> !banner.isVisible());
        assertThat(postmasterPid()).isNotEqualTo(killed);
        waitUntil(30, () -> text("#latestMessage").equals("The database can be reached again; the lists are up to date."));
        addNumber("0857-1234-5678");
        waitUntil(30, () -> shownNumbers().equals(List.of("+6285712345678", "+6281234567890")));
        assertThat(text("#statusText")).isEqualTo("2 numbers in 5 categories");
    }

    private void addNumber(String number) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.write(number).type(KeyCode.ENTER);
    }

    private List<String> shownNumbers() {
        TableView<ContactItem> table = robot.lookup("#contactTable").queryTableView();
        return table.getItems().stream().map(item -> item.row().normalizedNumber()).toList();
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** The server's process, from the lock file PostgreSQL keeps in its data folder. */
    private long postmasterPid() throws Exception {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("pgdata/postmaster.pid")).get(0).strip());
    }

    private static void waitUntil(int seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
