package id.wacontacts.ui.common;

/** Runs work at once on the calling thread, so view-models are tested without a toolkit. */
public final class SynchronousTaskRunner implements TaskRunner {

    @Override
    public <T> Running run(BackgroundTask<T> task) {
        T result;
        try {
            result = task.call(Runnable::run);
        } catch (Exception e) {
            task.fail(e);
            return task::cancel;
        }
        task.succeed(result);
        return task::cancel;
    }
}
