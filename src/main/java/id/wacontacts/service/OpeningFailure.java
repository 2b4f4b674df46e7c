package id.wacontacts.service;

import id.wacontacts.db.DatabaseStartException;
import java.util.Optional;

/**
 * Why the database could not be opened, for the window to word in the user's language.
 *
 * @param problem the kind of problem, a name such as {@code ALREADY_RUNNING} or {@code UNREACHABLE}
 * @param detail  one plain English sentence with the particulars (a URL, a user name)
 */
public record OpeningFailure(String problem, String detail) {

    /** The opening failure {@code failure} is, or empty when it is another kind. */
    public static Optional<OpeningFailure> of(Throwable failure) {
        return failure instanceof DatabaseStartException start
                ? Optional.of(new OpeningFailure(start.problem().name(), start.getMessage()))
                : Optional.empty();
    }
}
