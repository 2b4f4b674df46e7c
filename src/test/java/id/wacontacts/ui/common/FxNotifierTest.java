package id.wacontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A notification stays narrow whatever it says: its text wraps, so no popup is wider than the screen
 * (the headless test screen is 1600 pixels wide; a wider window makes Monocle throw).
 */
class FxNotifierTest {

    /** The text's width plus the notification's frame, padding and close button. */
    private static final double MAX_POPUP_WIDTH = FxNotifier.MAX_TEXT_WIDTH + 150;

    private Stage owner;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindows() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide)).get(10, TimeUnit.SECONDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "id"})
    void aVeryLongMessageWrapsInsteadOfWideningThePopup(String language) throws Exception {
        Messages messages = new Messages(Locale.forLanguageTag(language));
        String message = messages.get("app.title") + ": "
                + "/home/staf/Dokumen/daftar-pelanggan-whatsapp-kategori-prospek-jakarta-selatan-2026.xlsx ".repeat(6)
                + "could not be read.";
        WaitForAsyncUtils.asyncFx(() -> {
            owner = new Stage();
            owner.setScene(new Scene(new StackPane(), 800, 600));
            owner.show();
            new FxNotifier(owner, messages).error(message);
        }).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> popup() != null && popup().getWidth() > 0).get(10, TimeUnit.SECONDS));
        PopupWindow popup = WaitForAsyncUtils.asyncFx(this::popup).get(10, TimeUnit.SECONDS);
        Label text = WaitForAsyncUtils.asyncFx(() -> popup.getScene().getRoot().lookupAll(".label").stream()
                .map(Label.class::cast).filter(label -> message.equals(label.getText())).findFirst().orElseThrow())
                .get(10, TimeUnit.SECONDS);
        // The popup settles within a few layout passes: then the whole text is drawn, on several lines.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> drawn(text).equals(message)).get(10, TimeUnit.SECONDS));

        assertThat(popup.getWidth()).isLessThanOrEqualTo(MAX_POPUP_WIDTH);
        assertThat(text.getWidth()).isLessThanOrEqualTo(FxNotifier.MAX_TEXT_WIDTH);
        assertThat(text.getHeight()).isGreaterThan(3 * text.getFont().getSize());
        assertThat(WaitForAsyncUtils.asyncFx(() -> drawn(text)).get(10, TimeUnit.SECONDS)).isEqualTo(message);
    }

    @org.junit.jupiter.api.Test
    void aConfirmationWithAnUndoButtonRunsItOnceHowEverOftenItIsClicked() throws Exception {
        Messages messages = new Messages(Locale.ENGLISH);
        AtomicInteger undone = new AtomicInteger();
        WaitForAsyncUtils.asyncFx(() -> {
            owner = new Stage();
            owner.setScene(new Scene(new StackPane(), 800, 600));
            owner.show();
            new FxNotifier(owner, messages).info("2 numbers deleted.", "Undo", undone::incrementAndGet);
        }).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> popup() != null && undoButton() != null).get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.asyncFx(() -> {
            undoButton().fire();
            undoButton().fire();
        }).get(10, TimeUnit.SECONDS);

        assertThat(undone).hasValue(1);
        assertThat(FxNotifier.ACTION_TIME.toSeconds()).isGreaterThanOrEqualTo(10);
    }

    private Button undoButton() {
        return popup().getScene().getRoot().lookupAll(".button").stream().filter(Button.class::isInstance)
                .map(Button.class::cast).filter(button -> "Undo".equals(button.getText())).findFirst().orElse(null);
    }

    /** The text as the label draws it: cut short with an ellipsis when it has too little room. */
    private static String drawn(Label label) {
        return ((Text) label.lookup(".text")).getText();
    }

    private PopupWindow popup() {
        return Window.getWindows().stream().filter(PopupWindow.class::isInstance).map(PopupWindow.class::cast)
                .filter(window -> window.getScene().getRoot().lookup(".notification-bar") != null)
                .findFirst().orElse(null);
    }
}
