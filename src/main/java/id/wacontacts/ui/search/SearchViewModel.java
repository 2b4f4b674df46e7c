package id.wacontacts.ui.search;

import id.wacontacts.domain.LineKind;
import id.wacontacts.domain.MatchCount;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.contact.ContactListViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.util.Optional;

/**
 * The search bar: the text typed, applied to the contact list once typing pauses, the kind of
 * line shown (every kind, mobiles, fixed lines or the others), and how many contacts match
 * (counted up to a cap, shown as "10,000+").
 */
public final class SearchViewModel {

    private final ContactListViewModel contacts;
    private final StringProperty text = new SimpleStringProperty("");
    /** Empty: every kind of line. */
    private final ObjectProperty<Optional<LineKind>> lineKind = new SimpleObjectProperty<>(Optional.empty());
    private final StringBinding matches;

    public SearchViewModel(ContactListViewModel contacts, Messages messages) {
        this.contacts = contacts;
        this.matches = Bindings.createStringBinding(() -> contacts.queryProperty().get().hasSearch()
                        || contacts.queryProperty().get().lineKind().isPresent()
                        ? describe(contacts.matchesProperty().get(), messages) : "",
                contacts.matchesProperty(), contacts.queryProperty());
    }

    private static String describe(MatchCount count, Messages messages) {
        if (count == null) {
            return "";
        }
        return count.capped()
                ? messages.get("search.matchesCapped", count.count())
                : messages.get("search.matches", count.count());
    }

    /** Runs the search for the current text (the view calls this when typing pauses). */
    public void apply() {
        if (!text.get().strip().equals(contacts.queryProperty().get().searchText())) {
            contacts.search(text.get());
        }
    }

    /** Shows only numbers of this kind of line (empty: every kind), keeping the search and the category. */
    public void showKind(Optional<LineKind> kind) {
        lineKind.set(kind);
        if (!kind.equals(contacts.queryProperty().get().lineKind())) {
            contacts.show(contacts.queryProperty().get().withLineKind(kind));
        }
    }

    public ObjectProperty<Optional<LineKind>> lineKindProperty() {
        return lineKind;
    }

    /** Empties the field and shows every contact again (Esc), leaving a quality check's list too. */
    public void clear() {
        text.set("");
        if (contacts.queryProperty().get().finding().isPresent()) {
            contacts.show(contacts.queryProperty().get().withSearch("").withFinding(Optional.empty()));
        }
        apply();
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringBinding matchesText() {
        return matches;
    }
}
