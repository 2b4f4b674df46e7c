package id.wacontacts.service;

import id.wacontacts.phone.NormalizationResult.Rejected;
import java.util.Locale;

/** The text is not a phone number the app can store; {@link #rejection()} says why. */
public final class InvalidNumberException extends ServiceException {

    private final Rejected rejection;

    public InvalidNumberException(Rejected rejection) {
        super("\"" + rejection.original() + "\" is not a valid phone number: "
                + rejection.reason().message(Locale.ENGLISH));
        this.rejection = rejection;
    }

    public Rejected rejection() {
        return rejection;
    }
}
