package id.wacontacts.ui.contact;

import id.wacontacts.phone.NumberType;
import id.wacontacts.service.NumberTypes;
import id.wacontacts.ui.common.Messages;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The type column's cell: the kind of line, and for anything but a mobile a "may not be on
 * WhatsApp" mark (an icon with a tooltip, and the same words for screen readers). Only a hint:
 * WhatsApp Business also runs on landlines.
 */
final class WhatsAppMarkCell extends TableCell<ContactItem, String> {

    private final Messages messages;
    private final FontIcon icon = new FontIcon("mdi2a-alert-circle-outline");
    private final Tooltip tooltip;

    WhatsAppMarkCell(Messages messages) {
        this.messages = messages;
        this.tooltip = new Tooltip(messages.get("lineKind.mayNotBeOnWhatsApp"));
        icon.getStyleClass().add("whatsapp-mark");
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        ContactItem item = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (item == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        setText(text);
        boolean marked = mayNotBeOnWhatsApp(item.type());
        setGraphic(marked ? icon : null);
        setTooltip(marked ? tooltip : null);
        setAccessibleText(marked ? text + ", " + messages.get("lineKind.mayNotBeOnWhatsApp") : text);
    }

    /** Invalid numbers (type unknown) are marked too: they may reach no one. */
    static boolean mayNotBeOnWhatsApp(NumberType type) {
        return type == null || NumberTypes.kindOf(type).mayNotBeOnWhatsApp();
    }
}
