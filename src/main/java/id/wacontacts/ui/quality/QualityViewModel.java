package id.wacontacts.ui.quality;

import id.wacontacts.domain.QualityFinding;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.QualityCheck;
import id.wacontacts.ui.common.BackgroundTask;
import id.wacontacts.ui.common.ErrorMessages;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.TaskRunner;
import id.wacontacts.ui.contact.ContactListViewModel;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Tools → Check numbers: runs the quality check in the background with progress and cancel, then
 * shows how many numbers each list holds; showing a list filters the number list to it (so every
 * action on the list's numbers applies). Nothing is changed without the user.
 */
public final class QualityViewModel {

    private final QualityCheck check;
    private final ContactListViewModel contacts;
    private final TaskRunner tasks;
    private final Messages messages;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final Map<QualityFinding, LongProperty> counts = new EnumMap<>(QualityFinding.class);
    private Cancellation cancellation = new Cancellation();
    private TaskRunner.Running running;

    public QualityViewModel(QualityCheck check, ContactListViewModel contacts, TaskRunner tasks, Messages messages) {
        this.check = check;
        this.contacts = contacts;
        this.tasks = tasks;
        this.messages = messages;
        for (QualityFinding finding : QualityFinding.values()) {
            counts.put(finding, new SimpleLongProperty(0));
        }
    }

    public void start() {
        cancellation = new Cancellation();
        Cancellation thisRun = cancellation;
        busy.set(true);
        progress.set(-1);
        message.set(messages.get("quality.running", 0));
        running = tasks.run(BackgroundTask.<QualityCheck.Report, long[]>withProgress(
                        report -> check.run((done, total) -> report.accept(new long[] {done, total}), thisRun),
                        done -> {
                            progress.set(done[1] == 0 ? -1 : (double) done[0] / done[1]);
                            message.set(messages.get("quality.running", done[0]));
                        })
                .onSuccess(report -> {
                    progress.set(1);
                    counts.forEach((finding, count) -> count.set(report.count(finding)));
                    message.set(messages.get("quality.done", report.checked(), report.version()));
                })
                .onFailure(failure -> message.set(failure instanceof CancellationException
                        ? messages.get("quality.cancelled") : new ErrorMessages(messages).describe(failure)))
                .onCancelled(() -> message.set(messages.get("quality.cancelled")))
                .onFinished(() -> busy.set(false)));
    }

    public void cancel() {
        cancellation.cancel();
        if (running != null) {
            running.cancel();
        }
    }

    /** Shows only this list's numbers in the window (the category and search still apply). */
    public void show(QualityFinding finding) {
        contacts.show(contacts.queryProperty().get().withFinding(Optional.of(finding)));
    }

    /** Leaves the list: every number again. */
    public void showAll() {
        contacts.show(contacts.queryProperty().get().withFinding(Optional.empty()));
    }

    public LongProperty countProperty(QualityFinding finding) {
        return counts.get(finding);
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
