package id.wacontacts.app;

import id.wacontacts.domain.CategoryCount;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.UiPreferences;
import id.wacontacts.ui.contact.ContactItem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.control.TableView;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The app's real window on a test class's database, opened and closed for each TestFX test. */
final class TestWindow {

    /** Prospek (id 4) holds two numbers, Lead (id 5) one; the newest is 0813-1111-2222. */
    static final String THREE_NUMBERS = "INSERT INTO phone_numbers"
            + " (original_number, normalized_number, category_id, created_at, updated_at)"
            + " VALUES ('0812-3456-7890', '+6281234567890', 4, '2025-01-01 01:00', '2025-01-01 01:00'),"
            + " ('+62 857 1234 5678', '+6285712345678', 4, '2025-01-02 01:00', '2025-01-02 01:00'),"
            + " ('0813-1111-2222', '+6281311112222', 5, '2025-01-03 01:00', '2025-01-03 01:00')";

    private final FxRobot robot;
    private final ServiceFixture fixture;
    private Application app;

    TestWindow(FxRobot robot, ServiceFixture fixture) {
        this.robot = robot;
        this.fixture = fixture;
    }

    /** Opens the window on the fixture's database with its password. */
    void open(Path dataDir) throws Exception {
        open(dataDir, fixture.settings().password());
    }

    /** Opens the window on the fixture's database with the given password. */
    void open(Path dataDir, String password) throws Exception {
        app = FxToolkit.setupApplication(WaContactsApp.class, "--data-dir", dataDir.toString(),
                "--db-url", fixture.settings().jdbcUrl(), "--db-user", fixture.settings().user(),
                "--db-password", password);
    }

    /** Opens the window and waits until it lists {@link #THREE_NUMBERS} and the six category rows. */
    void openOnThreeNumbers(Path dataDir) throws Exception {
        open(dataDir);
        waitForThreeNumbers();
    }

    /** Waits until the window lists {@link #THREE_NUMBERS} and the six category rows. */
    void waitForThreeNumbers() throws Exception {
        waitUntil(() -> contacts().getItems().size() == 3 && categories().getItems().size() == 6);
    }

    /** The count the categories table shows for a category, or -1 when it lists none of that name. */
    long count(String category) {
        return categories().getItems().stream().filter(row -> row.name().equals(category))
                .mapToLong(CategoryCount::phoneCount).findFirst().orElse(-1);
    }

    /** Closes the app and opens it again on the same data, keeping the settings it saved. */
    void restart(Path dataDir) throws Exception {
        FxToolkit.cleanupApplication(app);
        open(dataDir);
    }

    /**
     * Closes every window and popup but the toolkit's own stage (a leftover notification would take
     * the next test's Esc), closes the app and forgets the window settings it saved.
     */
    void close() throws Exception {
        Stage registered = FxToolkit.toolkitContext().getRegisteredStage();
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(window -> window != registered)
                .forEach(window -> {
                    if (window instanceof PopupWindow popup) {
                        popup.hide();
                    } else if (window instanceof Stage stage) {
                        stage.close();
                    }
                }));
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        forgetSettings();
    }

    /** The kind number_types holds for a number (0 not checked yet, 1 mobile, 2 fixed line), or -1 for none. */
    static int typeOf(ServiceFixture fixture, String number) throws java.sql.SQLException {
        try (java.sql.Connection connection = fixture.database().dataSource().getConnection();
             java.sql.PreparedStatement query = connection.prepareStatement("SELECT nt.kind FROM number_types nt"
                     + " JOIN phone_numbers pn ON pn.id = nt.phone_number_id WHERE pn.normalized_number = ?")) {
            query.setString(1, number);
            try (java.sql.ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        }
    }

    /** The window starts from its defaults: no remembered language, size or column widths. */
    static void forgetSettings() throws BackingStoreException {
        Preferences.userRoot().node(UiPreferences.NODE).removeNode();
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    TableView<ContactItem> contacts() {
        return robot.lookup("#contactTable").queryTableView();
    }

    TableView<CategoryCount> categories() {
        return robot.lookup("#categoryTable").queryTableView();
    }
}
