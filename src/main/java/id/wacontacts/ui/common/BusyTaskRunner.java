package id.wacontacts.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** A {@link TaskRunner} that knows whether any of its work is still running, for the busy indicator. */
public final class BusyTaskRunner implements TaskRunner {

    private final TaskRunner delegate;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private int running;

    public BusyTaskRunner(TaskRunner delegate) {
        this.delegate = delegate;
    }

    @Override
    public <T> Running run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        started();
        boolean[] finished = {false};
        Running task = delegate.run(work, result -> {
            finished(finished);
            onSuccess.accept(result);
        }, failure -> {
            finished(finished);
            onFailure.accept(failure);
        });
        return () -> {
            task.cancel();
            finished(finished);
        };
    }

    private void started() {
        running++;
        busy.set(true);
    }

    private void finished(boolean[] finished) {
        if (!finished[0]) {
            finished[0] = true;
            running--;
            busy.set(running > 0);
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
