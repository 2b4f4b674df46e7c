package id.wacontacts.ui.contact;

import id.wacontacts.domain.CategoryRow;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.phone.DisplayFormat;
import id.wacontacts.phone.NormalizationResult;
import id.wacontacts.phone.NormalizationResult.Normalized;
import id.wacontacts.phone.NormalizationResult.Rejected;
import id.wacontacts.phone.PhoneFormats;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.ContactService;
import id.wacontacts.ui.common.ErrorMessages;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.Notifier;
import id.wacontacts.ui.common.TaskRunner;
import id.wacontacts.ui.undo.UndoHistory;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The add bar: a number, a category, and as the user types whether the number is valid, its
 * E.164 form, and which category already holds it.
 */
public final class AddNumberViewModel {

    /** How the typed number looks so far. */
    public enum Validity { EMPTY, VALID, DUPLICATE, INVALID }

    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Notifier notifier;
    private final UndoHistory undo;

    private final StringProperty number = new SimpleStringProperty("");
    private final ObjectProperty<CategoryRow> category = new SimpleObjectProperty<>();
    private final StringProperty feedback = new SimpleStringProperty("");
    private final ObjectProperty<Validity> validity = new SimpleObjectProperty<>(Validity.EMPTY);

    private ContactService service;
    private PhoneNormalizer normalizer;
    private Consumer<ContactRow> onAdded = added -> { };
    private long generation;

    public AddNumberViewModel(TaskRunner tasks, Messages messages, Notifier notifier) {
        this(tasks, messages, notifier, UndoHistory.unrecorded(tasks, messages));
    }

    /** @param undo records each add as a step the user can undo */
    public AddNumberViewModel(TaskRunner tasks, Messages messages, Notifier notifier, UndoHistory undo) {
        this.undo = undo;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.notifier = notifier;
        number.addListener((observable, old, text) -> check(text));
    }

    public void connect(ContactService contactService, PhoneNormalizer phoneNormalizer) {
        this.service = contactService;
        this.normalizer = phoneNormalizer;
        check(number.get());
    }

    public void setOnAdded(Consumer<ContactRow> onAdded) {
        this.onAdded = onAdded;
    }

    private void check(String text) {
        long current = ++generation;
        if (normalizer == null || text == null || text.isBlank()) {
            validity.set(Validity.EMPTY);
            feedback.set("");
            return;
        }
        NormalizationResult result = normalizer.normalize(text);
        if (result instanceof Rejected rejected) {
            validity.set(Validity.INVALID);
            feedback.set(rejected.message(messages.locale()));
            return;
        }
        Normalized normalized = (Normalized) result;
        validity.set(Validity.VALID);
        feedback.set(messages.get("add.valid", PhoneFormats.format(normalized.e164(), DisplayFormat.INTERNATIONAL),
                messages.get("type." + normalized.type().name())));
        // The duplicate check reads the unique index: one row at most, but still off the FX thread.
        tasks.run(() -> service.findByNormalized(normalized.e164()), holder -> {
            if (current == generation && holder.isPresent()) {
                validity.set(Validity.DUPLICATE);
                feedback.set(messages.get("error.duplicateNumber", holder.get().normalizedNumber(),
                        holder.get().categoryName()));
            }
        }, failure -> { });
    }

    /** Stores the number; on success the field is emptied for the next one. */
    public void add() {
        CategoryRow target = category.get();
        String text = number.get();
        if (service == null) {
            return;
        }
        if (target == null) {
            notifier.error(messages.get("add.chooseCategory"));
            return;
        }
        tasks.run(undo.recording(() -> service.add(text, target.id()),
                added -> UndoHistory.name("undo.step.addNumber", added.normalizedNumber())), added -> {
            notifier.info(messages.get("add.added", added.normalizedNumber(), added.categoryName()));
            number.set("");
            onAdded.accept(added);
        }, failure -> {
            String message = errors.describe(failure);
            notifier.error(message);
            feedback.set(message);
        });
    }

    /** Picks the category numbers are added to, unless the user picked one already. */
    public void suggestCategory(Optional<CategoryRow> suggested) {
        suggested.ifPresent(category::set);
    }

    public StringProperty numberProperty() {
        return number;
    }

    public ObjectProperty<CategoryRow> categoryProperty() {
        return category;
    }

    public ReadOnlyStringProperty feedbackProperty() {
        return feedback;
    }

    public ReadOnlyObjectProperty<Validity> validityProperty() {
        return validity;
    }
}
