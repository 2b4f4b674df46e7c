package id.wacontacts.ui.history;

import id.wacontacts.domain.CategoryRow;
import id.wacontacts.domain.ChangeEvent;
import id.wacontacts.domain.ChangeEvent.Action;
import id.wacontacts.domain.HistoryFilter;
import id.wacontacts.domain.NumberValues;
import id.wacontacts.service.ChangeHistory;
import id.wacontacts.service.transfer.HistoryExport;
import id.wacontacts.ui.common.ErrorMessages;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.Notifier;
import id.wacontacts.ui.common.TaskRunner;
import id.wacontacts.ui.common.Times;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View → Activity: everything the history recorded, newest first, filtered by date, desktop and
 * action, read a page at a time, and exported as CSV or Excel. Reads run through the {@link TaskRunner}.
 */
public final class ActivityViewModel {

    /** Rows read per page. */
    public static final int PAGE = 200;

    /** One row of the log, in the user's language. */
    public record Row(long id, String when, String action, String what, String before, String after, String desktop,
            String user) {
    }

    private final ChangeHistory history;
    private final HistoryExport exporter;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Notifier notifier;
    private final ErrorMessages errors;
    private final Times times;
    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>();
    private final StringProperty desktop = new SimpleStringProperty("");
    private final ObjectProperty<Action> action = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private OptionalLong last = OptionalLong.empty();
    private final javafx.beans.property.ReadOnlyBooleanWrapper more = new javafx.beans.property.ReadOnlyBooleanWrapper();

    public ActivityViewModel(ChangeHistory history, HistoryExport exporter, TaskRunner tasks, Messages messages,
                             Notifier notifier, Times times) {
        this.history = history;
        this.exporter = exporter;
        this.tasks = tasks;
        this.messages = messages;
        this.notifier = notifier;
        this.errors = new ErrorMessages(messages);
        this.times = times;
    }

    /** From this day on (UTC), or everything when empty. */
    public ObjectProperty<LocalDate> sinceProperty() {
        return since;
    }

    /** Only desktops whose name contains this text. */
    public StringProperty desktopProperty() {
        return desktop;
    }

    /** Only this kind of change, or all when empty. */
    public ObjectProperty<Action> actionProperty() {
        return action;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Whether older rows can be read ({@link #loadMore}). */
    public boolean hasMore() {
        return more.get();
    }

    /** Whether older rows can be read, for the Load more button. */
    public javafx.beans.property.ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /** Reads the newest page for the current filter. */
    public void search() {
        HistoryFilter filter = filter();
        tasks.run(() -> history.matching(filter, OptionalLong.empty(), PAGE), page -> show(page, true), this::failed);
    }

    /** Reads the next older page. */
    public void loadMore() {
        if (!more.get()) {
            return;
        }
        HistoryFilter filter = filter();
        OptionalLong before = last;
        tasks.run(() -> history.matching(filter, before, PAGE), page -> show(page, false), this::failed);
    }

    /**
     * Writes every event matching the current filter to a file, newest first: Excel for a {@code .xlsx}
     * name, else UTF-8 CSV.
     */
    public void export(Path file) {
        HistoryFilter filter = filter();
        tasks.run(() -> exporter.export(filter, file, HistoryExport.kindOf(file)),
                written -> notifier.info(messages.get("activity.exported", written, file.getFileName())), this::failed);
    }

    private HistoryFilter filter() {
        String text = desktop.get() == null ? "" : desktop.get().strip();
        // The day starts in the desktop's zone; the history's times are UTC.
        return new HistoryFilter(Optional.empty(), Optional.ofNullable(since.get()).map(day -> day
                        .atStartOfDay(times.zone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime()),
                text.isEmpty() ? Optional.empty() : Optional.of(text), Optional.ofNullable(action.get()));
    }

    private void show(List<ChangeEvent> page, boolean fresh) {
        List<Row> read = page.stream().map(this::row).toList();
        if (fresh) {
            rows.setAll(read);
        } else {
            rows.addAll(read);
        }
        more.set(page.size() == PAGE);
        last = page.isEmpty() ? last : OptionalLong.of(page.get(page.size() - 1).id());
    }

    private Row row(ChangeEvent e) {
        String what = messages.get("activity.table." + e.table().name());
        return new Row(e.id(), times.format(e.changedAt()), messages.get("activity.action." + e.action().name()), what,
                value(e.numberBefore(), e.categoryBefore()), value(e.numberAfter(), e.categoryAfter()), e.desktop(),
                e.databaseUser());
    }

    private static String value(NumberValues number, CategoryRow category) {
        return HistoryExport.value(number, category);
    }

    private void failed(Throwable failure) {
        notifier.error(errors.describe(failure));
    }
}
