package id.wacontacts.ui.main;

import id.wacontacts.ui.common.Confirmation;
import id.wacontacts.ui.common.FileDialogs;
import id.wacontacts.ui.common.FxDialogService;
import id.wacontacts.ui.common.FxNotifier;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.Times;
import id.wacontacts.ui.history.ActivityView;
import id.wacontacts.ui.history.ActivityViewModel;
import id.wacontacts.ui.history.NumberHistoryView;
import id.wacontacts.ui.history.NumberHistoryViewModel;
import id.wacontacts.domain.CategoryCount;
import id.wacontacts.ui.contact.ContactItem;
import id.wacontacts.ui.trash.TrashView;
import id.wacontacts.ui.trash.TrashViewModel;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * View → Trash, View → Activity and the selected number's History panel: each a window of its own
 * beside the main one (Trash and Activity open once; asked again, they come to the front). A restore
 * from the trash reloads the main window's lists.
 */
final class SafetyWindows {

    private final MainViewModel main;
    private final Messages messages;
    private final FileDialogs files;
    private final Supplier<Window> owner;
    private Stage trash;
    private Stage activity;

    SafetyWindows(MainViewModel main, Messages messages, FileDialogs files, Supplier<Window> owner) {
        this.main = main;
        this.messages = messages;
        this.files = files;
        this.owner = owner;
    }

    void openTrash() {
        trash = open(trash, "trashWindow", messages.get("trash.title"), (stage, safety) -> {
            TrashViewModel model = new TrashViewModel(safety.trash().get(), main.tasks(),
                    new FxDialogService(() -> stage, files, messages), messages, new FxNotifier(stage, messages), times());
            model.setOnRestored(main::refresh);
            return new TrashView(model, messages, () -> Confirmation.ask(stage, messages,
                    messages.get("trash.emptyQuestion"), messages.get("trash.empty"))).build();
        });
    }

    void openActivity() {
        activity = open(activity, "activityWindow", messages.get("activity.title"), (stage, safety) -> new ActivityView(
                new ActivityViewModel(safety.history().get(), safety.exports().get(), main.tasks(), messages,
                        new FxNotifier(stage, messages), times()), messages, files).build());
    }

    /** The History panel of the selected number: its changes, newest first (a window per number). */
    void openHistory(ContactItem selected) {
        if (selected == null) {
            return;
        }
        String number = selected.row().normalizedNumber();
        open(null, "historyWindow", messages.get("history.titleFor", number), (stage, safety) -> {
            NumberHistoryViewModel model = new NumberHistoryViewModel(safety.history().get(), main.tasks(), messages,
                    new FxNotifier(stage, messages), times(), id -> main.categories().find(id)
                            .map(CategoryCount::name).orElse(null));
            model.show(selected.id());
            return new NumberHistoryView(model, messages).build(messages.get("history.titleFor", number));
        });
    }

    private Times times() {
        return new Times(messages.locale(), ZoneId.systemDefault());
    }

    /** What a window shows, given its stage and the database's undo, trash and history. */
    private interface Content {
        Parent build(Stage stage, SafetyNet safety);
    }

    private Stage open(Stage shown, String id, String title, Content content) {
        if (shown != null && shown.isShowing()) {
            shown.toFront();
            return shown;
        }
        Optional<SafetyNet> safety = main.services().flatMap(Services::safety);
        if (safety.isEmpty()) {
            return null;
        }
        Stage stage = new Stage();
        Window parent = owner.get();
        stage.initOwner(parent);
        stage.setTitle(title);
        Parent root = content.build(stage, safety.get());
        root.setId(id);
        Scene scene = new Scene(root, 1040, 540);
        if (parent != null && parent.getScene() != null) {
            scene.getStylesheets().setAll(parent.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
