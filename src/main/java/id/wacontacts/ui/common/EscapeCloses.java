package id.wacontacts.ui.common;

import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Esc closes a window of the app as its title bar's × does, asking what the × asks. A control that
 * uses Esc itself (an open list, a cell being edited) keeps it: only an Esc nobody took closes.
 */
public final class EscapeCloses {

    private EscapeCloses() {
    }

    public static void install(Stage stage) {
        stage.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                WindowEvent request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
                EventHandler<WindowEvent> asking = stage.getOnCloseRequest();
                if (asking != null) {
                    asking.handle(request);
                }
                if (!request.isConsumed()) {
                    stage.close();
                }
            }
        });
    }
}
