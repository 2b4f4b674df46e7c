package id.wacontacts.ui.history;

import id.wacontacts.domain.ChangeEvent;
import id.wacontacts.domain.NumberValues;
import id.wacontacts.service.ChangeHistory;
import id.wacontacts.ui.common.ErrorMessages;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.Notifier;
import id.wacontacts.ui.common.TaskRunner;
import id.wacontacts.ui.common.Times;
import java.util.List;
import java.util.function.IntFunction;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The History panel of one number: every recorded change to it, newest first, with the time in the
 * desktop's zone, the action, the number and its category before and after, the desktop and the
 * database user. Read in the background.
 */
public final class NumberHistoryViewModel {

    /** The most events shown; a number changed more often shows its newest. */
    public static final int SHOWN = 500;

    /** One change, in the user's language. */
    public record Row(String when, String action, String before, String after, String desktop, String user) {
    }

    private final ChangeHistory history;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Notifier notifier;
    private final Times times;
    private final IntFunction<String> categoryName;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    /** @param categoryName the name of a category by id, or null when it is gone */
    public NumberHistoryViewModel(ChangeHistory history, TaskRunner tasks, Messages messages, Notifier notifier,
                                  Times times, IntFunction<String> categoryName) {
        this.history = history;
        this.tasks = tasks;
        this.messages = messages;
        this.notifier = notifier;
        this.times = times;
        this.categoryName = categoryName;
    }

    /** Reads the number's history (by its row id). */
    public void show(int numberId) {
        tasks.run(() -> history.forNumber(numberId, SHOWN), this::shown,
                failure -> notifier.error(new ErrorMessages(messages).describe(failure)));
    }

    private void shown(List<ChangeEvent> events) {
        rows.setAll(events.stream().map(e -> new Row(times.full(e.changedAt()),
                messages.get("activity.action." + e.action().name()), describe(e.numberBefore()),
                describe(e.numberAfter()), e.desktop(), e.databaseUser())).toList());
    }

    private String describe(NumberValues number) {
        if (number == null) {
            return "";
        }
        String category = categoryName.apply(number.categoryId());
        return category == null ? messages.get("history.valueInDeletedCategory", number.originalNumber())
                : messages.get("history.value", number.originalNumber(), category);
    }

    /** The changes, newest first. */
    public ObservableList<Row> rows() {
        return rows;
    }
}
