package id.wacontacts.service;

import id.wacontacts.db.ConnectionLoss;
import id.wacontacts.db.DatabaseUnreachableException;
import java.util.Optional;

/**
 * Whether a failure means the database did not answer, and which way: the signal the window acts on
 * (go offline and reconnect, or ask to try again) without knowing the database layer's exceptions.
 */
public enum Reachability {

    /** The database went away: server stopped or restarted, network cut, no connection to be had. */
    LOST,
    /** The database is there but kept busy (another computer holds a lock); trying again soon may work. */
    BUSY;

    /** Which way {@code failure}, or a failure it was caused by, means the database did not answer; empty for other failures. */
    public static Optional<Reachability> of(Throwable failure) {
        return switch (ConnectionLoss.classify(failure)) {
            case GONE -> Optional.of(LOST);
            case BUSY -> Optional.of(BUSY);
            case NONE -> Optional.empty();
        };
    }

    /** Whether {@code failure} means the database went away. */
    public static boolean lost(Throwable failure) {
        return of(failure).filter(LOST::equals).isPresent();
    }

    /** The failure given to work that is not started because the database is known to be away now. */
    public static RuntimeException notSent() {
        return new DatabaseUnreachableException();
    }
}
