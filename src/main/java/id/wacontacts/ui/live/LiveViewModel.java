package id.wacontacts.ui.live;

import id.wacontacts.domain.ChangeSet;
import id.wacontacts.domain.LiveState;
import id.wacontacts.ui.category.CategoryListViewModel;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.contact.ContactListViewModel;
import java.time.Clock;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The window's side of live updates, on the FX thread: applies each delivery of other desktops'
 * changes to the number list and the category counts without disturbing the user, and words the
 * status bar's "live" / "reconnecting" and presence. Deliveries come from the listener through
 * {@link LiveWindow}; nothing here waits on the database.
 */
public final class LiveViewModel {

    private final ContactListViewModel contacts;
    private final CategoryListViewModel categories;
    private final LiveTexts texts;
    private final Clock clock;
    private final LiveUpdates updates = new LiveUpdates();

    private final StringProperty stateText = new SimpleStringProperty("");
    private final StringProperty presenceText = new SimpleStringProperty("");
    private final StringProperty presenceTooltip = new SimpleStringProperty("");
    private final StringProperty newNumbersText = new SimpleStringProperty("");
    private final StringProperty conflictText = new SimpleStringProperty();
    private LiveState state;
    private Integer conflictId;
    /** Counts to read again once the category being edited is saved or left. */
    private boolean countsWaiting;

    public LiveViewModel(ContactListViewModel contacts, CategoryListViewModel categories, Messages messages,
                         Clock clock) {
        this.contacts = contacts;
        this.categories = categories;
        this.texts = new LiveTexts(messages);
        this.clock = clock;
        categories.editingProperty().addListener((observable, was, editing) -> {
            if (!editing && countsWaiting) {
                countsWaiting = false;
                categories.refresh();
            }
        });
        // The notice concerns the edit in progress: it goes when the edit is saved or cancelled.
        contacts.live().editingIdProperty().addListener((observable, was, id) -> {
            if (id == null) {
                dismissConflict();
            }
        });
    }

    /** Applies one delivery of other desktops' changes. */
    public void changed(ChangeSet changes) {
        Integer editing = contacts.live().editingIdProperty().get();
        LiveUpdates.Plan plan = updates.plan(changes, contacts.shownIds(), editing);
        if (plan.isEmpty() && plan.newNumbers() == 0) {
            return;
        }
        // With nothing selected and nothing being edited, nobody loses their place: the list simply follows.
        boolean undisturbed = editing == null && contacts.live().selectedIds().isEmpty();
        if (plan.reloadList() && editing == null || plan.newNumbers() > 0 && undisturbed) {
            showNew();
        } else {
            contacts.live().reloadRows(plan.reloadRows());
            contacts.live().markGone(plan.goneRows());
            newNumbersText.set(plan.newNumbers() == 0 ? "" : texts.newNumbers(plan.newNumbers()));
        }
        if (plan.conflict() != LiveUpdates.EditConflict.NONE) {
            conflictId = editing;
            conflictText.set(texts.conflict(plan.conflict()));
        }
        if (plan.reloadCounts() || plan.reloadCategories()) {
            refreshCounts();
        }
    }

    /** Reads the counts, chart and category list again; while a category is being edited, once it ends. */
    private void refreshCounts() {
        if (categories.editingProperty().get()) {
            countsWaiting = true;
        } else {
            categories.refresh();
        }
    }

    /** "N new numbers — show" was pressed: the list reads its first page again with them. */
    public void showNew() {
        updates.showNew();
        newNumbersText.set("");
        contacts.reloadKeepingSelection();
    }

    /** "Reload": the edited row is read again as it is now; the edit is dropped. */
    public void reloadConflict() {
        Integer id = conflictId;
        dismissConflict();
        if (id != null) {
            contacts.live().editingIdProperty().set(null);
            contacts.live().reloadRows(java.util.Set.of(id));
        }
    }

    /** "Keep mine": the notice goes; saving the edit meets the usual changed-elsewhere check. */
    public void dismissConflict() {
        conflictId = null;
        conflictText.set(null);
    }

    /** The listener's state changed. */
    public void stateChanged(LiveState next) {
        state = next;
        tick();
    }

    /** Counts the "reconnecting (n s)" down; called every second. */
    public void tick() {
        if (state != null) {
            stateText.set(texts.state(state, clock.instant()));
        }
    }

    /** The desktops connected to this database now, this one among them. */
    public void presence(List<String> desktops) {
        presenceText.set(texts.presence(desktops));
        presenceTooltip.set(texts.presenceTooltip(desktops));
    }

    /** "Live", "Reconnecting (5 s)"; empty before the listener started. */
    public ReadOnlyStringProperty stateTextProperty() {
        return stateText;
    }

    public ReadOnlyStringProperty presenceTextProperty() {
        return presenceText;
    }

    public ReadOnlyStringProperty presenceTooltipProperty() {
        return presenceTooltip;
    }

    /** "12 new numbers — show", or empty when none wait. */
    public ReadOnlyStringProperty newNumbersTextProperty() {
        return newNumbersText;
    }

    /** The notice over the row being edited, or null. */
    public ReadOnlyStringProperty conflictTextProperty() {
        return conflictText;
    }
}
