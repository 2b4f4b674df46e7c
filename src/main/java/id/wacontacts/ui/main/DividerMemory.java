package id.wacontacts.ui.main;

import id.wacontacts.ui.common.UiPreferences;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import javafx.util.Duration;

/** Where the user left the window's dividers, kept in the preferences and brought back at the next start. */
final class DividerMemory {

    /** How long after the window shows its size may still change by itself. */
    private static final Duration SETTLING = Duration.seconds(1);

    /** How close to an edge a remembered divider may come back. */
    private static final double MIN_DIVIDER = 0.1;

    private final UiPreferences preferences;

    DividerMemory(UiPreferences preferences) {
        this.preferences = preferences;
    }

    /** A divider's remembered position, brought back within the pane when it is out of range or unreadable. */
    double position(String key, double fallback) {
        double remembered = preferences.get(key, fallback);
        if (Double.isNaN(remembered) || Double.isInfinite(remembered)) {
            return fallback;
        }
        return Math.max(MIN_DIVIDER, Math.min(1 - MIN_DIVIDER, remembered));
    }

    /**
     * Sets a divider and sets it again on every change of width until the window has shown for a
     * moment. The first layouts come at the content's natural width and the window takes its size
     * only after it shows; as the left pane keeps its width in pixels when its parent resizes, it
     * would open wider than remembered.
     */
    static void holdUntilShown(SplitPane split, double position) {
        split.setDividerPositions(position);
        // Set after the pass that lays the new width out: set during it, the left pane's kept pixel width wins.
        ChangeListener<Number> hold = (observable, old, width) -> Platform.runLater(() -> split.setDividerPositions(position));
        split.widthProperty().addListener(hold);
        ObservableValue<Boolean> shown = split.sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).orElse(false);
        PauseTransition settle = new PauseTransition(SETTLING);
        settle.setOnFinished(event -> split.widthProperty().removeListener(hold));
        shown.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean was, Boolean now) {
                if (now) {
                    observable.removeListener(this);
                    settle.play();
                }
            }
        });
    }

    /**
     * Saves where the user drags a divider. Positions the split pane merely laid out (the window's first
     * layout may come at another size) are not saved: they moved the divider a little at every start.
     */
    void remember(SplitPane split, String key) {
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            if (onDivider(event.getTarget(), split)) {
                preferences.put(key, split.getDividerPositions()[0]);
            }
        });
    }

    private static boolean onDivider(Object target, SplitPane split) {
        for (Node node = target instanceof Node n ? n : null; node != null && node != split; node = node.getParent()) {
            if (node.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }
}
