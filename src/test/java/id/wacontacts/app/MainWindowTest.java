package id.wacontacts.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.CategoryCount;
import id.wacontacts.testsupport.ServiceFixture;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, driven headless: it opens, reaches the database and lists the categories. */
class MainWindowTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("window");
    private static Stage stage;

    private final FxRobot robot = new FxRobot();
    private final TestWindow window = new TestWindow(robot, fixture);

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startToolkit() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void forgetWindowSettings() throws Exception {
        TestWindow.forgetSettings();
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    @Test
    void opensTitledWindowListingCategoriesWithTheirCounts() throws Exception {
        fixture.reset();
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " SELECT '0812' || n, '+62812' || lpad(n::text, 8, '0'), 4 FROM generate_series(1, 3) n");

        window.open(dataDir);

        TableView<CategoryCount> table = window.categories();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 6);
        assertThat(stage.getTitle()).isEqualTo("WA Contacts");
        assertThat(table.getItems().get(0).name()).isEqualTo("All numbers");
        assertThat(table.getItems().get(1).name()).isEqualTo("Prospek");
        assertThat(table.getItems().get(1).phoneCount()).isEqualTo(3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#statusText").queryAs(Label.class)
                .getText().equals("3 numbers in 5 categories"));
        assertThat(robot.lookup("#statusText").queryAs(Label.class).getText()).isEqualTo("3 numbers in 5 categories");
        assertThat(robot.lookup("#databaseLocation").queryAs(Label.class).getText())
                .isEqualTo("Server: " + fixture.settings().jdbcUrl());
        assertThat(stage.getWidth()).isLessThanOrEqualTo(1366);
        assertThat(stage.getHeight()).isLessThanOrEqualTo(768);
    }

    @Test
    void aFailureNobodyCaughtOnTheFxThreadIsSaidInTheStatusBar() throws Exception {
        window.open(dataDir);
        Label latest = robot.lookup("#latestMessage").queryAs(Label.class);

        ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                id.wacontacts.ui.common.UncaughtFailures.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        log.addAppender(logged);
        log.setAdditive(false); // a failure made on purpose: kept off the build's console
        try {
            javafx.application.Platform.runLater(() -> {
                throw new IllegalStateException("a bug nobody caught");
            });

            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> "Something went wrong. The details are in the log file.".equals(latest.getText()));
            assertThat(logged.list).anySatisfy(event -> assertThat(event.getThrowableProxy().getMessage())
                    .isEqualTo("a bug nobody caught"));
        } finally {
            log.detachAppender(logged);
            log.setAdditive(true);
        }
    }

    @Test
    void saysWhyWhenTheServerRefusesThePassword() throws Exception {
        window.open(dataDir, "wrong-password");

        Label failure = robot.lookup("#failureMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, failure::isVisible);
        assertThat(failure.getText()).isEqualTo("The database server refused the user name or password.");
    }
}
