package id.wacontacts.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The floor of the start-up comparison: a bare JavaFX window with a table, the app's size, nothing
 * else. Run from the app's own jar (for the same JavaFX and JVM), it prints
 * {@code Window shown N ms after launch} once the window is on screen, then exits. See
 * {@link StartupBenchmark}.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself; public for the JavaFX launcher. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            TableView<String> table = new TableView<>(FXCollections.observableArrayList("a", "b", "c"));
            table.getColumns().add(new TableColumn<>("Number"));
            stage.setScene(new Scene(table, 1280, 720));
            stage.setTitle("Bare window");
            stage.setOnShown(event -> Platform.runLater(() -> {
                System.out.println("Window shown " + ManagementFactory.getRuntimeMXBean().getUptime()
                        + " ms after launch");
                System.out.flush();
                Platform.exit();
            }));
            stage.show();
        }
    }
}
