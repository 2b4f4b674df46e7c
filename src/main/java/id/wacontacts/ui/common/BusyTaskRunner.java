package id.wacontacts.ui.common;

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
    public <T> Running run(BackgroundTask<T> task) {
        running++;
        busy.set(true);
        task.onFinished(() -> {
            running--;
            busy.set(running > 0);
        });
        return delegate.run(task);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
