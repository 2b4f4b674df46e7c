package id.wacontacts.ui.contact;

import id.wacontacts.domain.ContactRow;
import id.wacontacts.phone.NormalizationResult.Normalized;
import id.wacontacts.phone.NumberType;
import id.wacontacts.phone.PhoneNormalizer;

/**
 * A contact as a table row: the stored row and the number's type, worked out once when loaded
 * (null for a number another program stored that is no longer valid).
 */
public record ContactItem(ContactRow row, NumberType type) {

    static ContactItem of(ContactRow row, PhoneNormalizer normalizer) {
        NumberType type = normalizer.normalize(row.normalizedNumber()) instanceof Normalized normalized
                ? normalized.type() : null;
        return new ContactItem(row, type);
    }

    public int id() {
        return row.id();
    }
}
