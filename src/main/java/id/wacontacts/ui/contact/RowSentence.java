package id.wacontacts.ui.contact;

import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.Times;
import java.util.ArrayList;
import java.util.List;

/**
 * A number's row as a screen reader says it: "0812-3456-7890, Prospek, mobile, added 5 December". Each
 * part is one entry in order, so a new column (a stored number type, a mark) is one more line here.
 */
final class RowSentence {

    private RowSentence() {
    }

    static String of(ContactItem item, Messages messages, Times times) {
        List<String> parts = new ArrayList<>();
        parts.add(item.row().originalNumber());
        parts.add(item.row().categoryName());
        if (item.type() != null) {
            parts.add(messages.get("type." + item.type().name()).toLowerCase(messages.locale()));
        }
        if (item.row().createdAt() != null) {
            parts.add(messages.get("a11y.row.added", times.spokenDay(item.row().createdAt())));
        }
        return String.join(", ", parts);
    }
}
