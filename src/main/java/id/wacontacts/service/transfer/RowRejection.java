package id.wacontacts.service.transfer;

import id.wacontacts.phone.RejectReason;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Why an imported row is not stored: its number is refused by the normaliser, or its category
 * cannot be used. {@link #code()} is stable (rejected-rows files keep it).
 */
public record RowRejection(String code, RejectReason numberReason) {

    /** The row names a category that does not exist, and creating categories was not allowed. */
    public static final RowRejection CATEGORY_MISSING = new RowRejection("CATEGORY_MISSING", null);
    /** The row's category cell is longer than a category name may be. */
    public static final RowRejection CATEGORY_NAME_TOO_LONG = new RowRejection("CATEGORY_NAME_TOO_LONG", null);
    /** The row's category cell holds a tab, a line break or another control character. */
    public static final RowRejection CATEGORY_NAME_CONTROL_CHARACTERS =
            new RowRejection("CATEGORY_NAME_CONTROL_CHARACTERS", null);
    /** The row has no category and no category was chosen for such rows. */
    public static final RowRejection NO_CATEGORY = new RowRejection("NO_CATEGORY", null);

    private static final String BUNDLE = "id.wacontacts.service.transfer.ImportReasons";

    public RowRejection {
        Objects.requireNonNull(code, "code");
    }

    public static RowRejection of(RejectReason reason) {
        return new RowRejection(reason.name(), reason);
    }

    /** The sentence for a person: Indonesian for an Indonesian locale, English otherwise. */
    public String message(Locale locale) {
        if (numberReason != null) {
            return numberReason.message(locale);
        }
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(code);
    }
}
