package id.wacontacts.ui.common;

import id.wacontacts.service.Reachability;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A {@link TaskRunner} that notices the database going away: the first failure that means the
 * connection is lost is reported once, and while the database is known to be unreachable new work
 * is not started at all (it fails at once with {@link Reachability#notSent()}), so a click
 * neither waits the pool's timeout nor sends anything that could be half applied.
 */
public final class ConnectionWatch implements TaskRunner {

    private final TaskRunner delegate;
    private final BooleanSupplier offline;
    private final Consumer<Throwable> onLost;

    /**
     * @param offline whether the database is known to be unreachable now
     * @param onLost  told (on the thread that delivers failures) about each failure that means the connection is lost
     */
    public ConnectionWatch(TaskRunner delegate, BooleanSupplier offline, Consumer<Throwable> onLost) {
        this.delegate = delegate;
        this.offline = offline;
        this.onLost = onLost;
    }

    @Override
    public <T> Running run(BackgroundTask<T> task) {
        if (offline.getAsBoolean()) {
            task.fail(Reachability.notSent());
            return () -> { };
        }
        task.firstOnFailure(failure -> {
            if (Reachability.lost(failure)) {
                onLost.accept(failure);
            }
        });
        return delegate.run(task);
    }
}
