package id.wacontacts.ui.settings;

import id.wacontacts.service.Retention;
import id.wacontacts.service.RetentionSettings;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.TaskRunner;
import java.util.OptionalInt;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.LoggerFactory;

/**
 * The Settings dialog: how long the trash and the history keep their rows. The values are the
 * office's, stored in the database for every desktop ({@link RetentionSettings}); read and saved
 * off the FX thread. A value out of bounds is explained in one sentence and nothing is saved.
 */
public final class SettingsViewModel {

    private final RetentionSettings service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final IntegerProperty trashDays = new SimpleIntegerProperty(Retention.DEFAULT_TRASH_DAYS);
    private final BooleanProperty keepHistoryForever = new SimpleBooleanProperty();
    private final IntegerProperty historyDays = new SimpleIntegerProperty(Retention.DEFAULT_HISTORY_DAYS);
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public SettingsViewModel(RetentionSettings service, TaskRunner tasks, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Reads the stored settings into the fields. */
    public void load() {
        busy.set(true);
        tasks.run(service::read, stored -> {
            busy.set(false);
            trashDays.set(stored.trashDays());
            keepHistoryForever.set(stored.historyDays().isEmpty());
            historyDays.set(stored.historyDays().orElse(Math.max(Retention.DEFAULT_HISTORY_DAYS, stored.trashDays())));
        }, failure -> {
            busy.set(false);
            LoggerFactory.getLogger(SettingsViewModel.class).warn("The retention settings could not be read", failure);
            problem.set(messages.get("settings.loadFailed"));
        });
    }

    /**
     * Saves the fields for every desktop, when they are within the bounds.
     *
     * @param onSaved run on success (the dialog closes)
     * @return false when a value is out of bounds (the problem says which); nothing is saved then
     */
    public boolean save(Runnable onSaved) {
        int trash = trashDays.get();
        if (trash < Retention.MIN_TRASH_DAYS || trash > Retention.MAX_TRASH_DAYS) {
            problem.set(messages.get("settings.trashRange", Retention.MIN_TRASH_DAYS, Retention.MAX_TRASH_DAYS));
            return false;
        }
        int history = historyDays.get();
        if (!keepHistoryForever.get() && (history < trash || history > Retention.MAX_HISTORY_DAYS)) {
            problem.set(messages.get("settings.historyRange", trash, Retention.MAX_HISTORY_DAYS));
            return false;
        }
        Retention.Settings settings = new Retention.Settings(trash,
                keepHistoryForever.get() ? OptionalInt.empty() : OptionalInt.of(history));
        problem.set("");
        busy.set(true);
        tasks.run(() -> {
            service.save(settings);
            return settings;
        }, saved -> {
            busy.set(false);
            onSaved.run();
        }, failure -> {
            busy.set(false);
            LoggerFactory.getLogger(SettingsViewModel.class).warn("The retention settings could not be saved", failure);
            problem.set(messages.get("settings.saveFailed"));
        });
        return true;
    }

    public IntegerProperty trashDaysProperty() {
        return trashDays;
    }

    public BooleanProperty keepHistoryForeverProperty() {
        return keepHistoryForever;
    }

    public IntegerProperty historyDaysProperty() {
        return historyDays;
    }

    /** Why the last save was refused or failed, in the user's language; empty when none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** True while the settings are read or saved. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
