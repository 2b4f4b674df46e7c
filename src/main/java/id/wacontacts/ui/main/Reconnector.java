package id.wacontacts.ui.main;

import java.util.Optional;

/** Finds out whether the database is back, restarting the built-in one when it stopped. */
@FunctionalInterface
public interface Reconnector {

    /**
     * Waits a moment, then tries the database, off the FX thread. Returns the services to use from
     * now on (the same ones when the database came back by itself, new ones after the built-in
     * server was started again), or empty while it still cannot be reached.
     */
    Optional<Services> tryReconnect() throws Exception;
}
