package id.wacontacts.phone;

import java.util.Locale;
import java.util.Objects;

/** The outcome of normalising one entry: a number to store, or why not. */
public sealed interface NormalizationResult {

    /** The entry as it will be stored: invisible characters, Excel wrappers and outer spaces removed. */
    String original();

    /**
     * A valid number.
     *
     * @param original what to store in original_number (at most 50 characters)
     * @param e164     what to store in normalized_number, for example {@code +6281234567890}
     * @param region   ISO 3166 region of the number, or {@code 001} for non-geographic numbers
     */
    record Normalized(String original, String e164, NumberType type, String region)
            implements NormalizationResult {
        public Normalized {
            Objects.requireNonNull(original, "original");
            Objects.requireNonNull(e164, "e164");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(region, "region");
        }
    }

    /** An entry that is not a single valid number; {@link #message} says why in the user's language. */
    record Rejected(String original, RejectReason reason) implements NormalizationResult {
        public Rejected {
            Objects.requireNonNull(original, "original");
            Objects.requireNonNull(reason, "reason");
        }

        public String message(Locale locale) {
            return reason.message(locale);
        }
    }
}
