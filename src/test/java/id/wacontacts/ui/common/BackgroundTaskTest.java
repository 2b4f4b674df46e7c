package id.wacontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {

    /** Stands in for the FX thread: keeps what is handed to it until the test runs it. */
    private final List<Runnable> fxQueue = new ArrayList<>();
    private final Executor fxThread = fxQueue::add;
    private final List<String> told = new ArrayList<>();

    @Test
    void manyProgressReportsWaitAsOneUpdateThatShowsTheLatest() throws Exception {
        BackgroundTask<String> task = BackgroundTask.<String, Integer>withProgress(progress -> {
            for (int i = 1; i <= 1000; i++) {
                progress.accept(i);
            }
            return "done";
        }, value -> told.add("progress " + value));

        assertThat(task.call(fxThread)).isEqualTo("done");

        assertThat(fxQueue).hasSize(1);
        runFxQueue();
        assertThat(told).containsExactly("progress 1000");
    }

    @Test
    void progressReportedAfterAnUpdateWasShownWaitsAsANewOne() throws Exception {
        List<java.util.function.Consumer<Integer>> reporter = new ArrayList<>();
        BackgroundTask<String> task = BackgroundTask.<String, Integer>withProgress(progress -> {
            progress.accept(1);
            reporter.add(progress);
            return "done";
        }, value -> told.add("progress " + value));
        task.call(fxThread);
        runFxQueue();

        reporter.get(0).accept(2);
        reporter.get(0).accept(3);

        assertThat(fxQueue).hasSize(1);
        runFxQueue();
        assertThat(told).containsExactly("progress 1", "progress 3");
    }

    @Test
    void eachOutcomeIsToldOnceAndFinishedAlwaysAfterIt() {
        assertThat(outcomes(task -> task.succeed("ok"))).containsExactly("success ok", "finished");
        assertThat(outcomes(task -> task.fail(new IllegalStateException("x")))).containsExactly("failure x", "finished");
        assertThat(outcomes(BackgroundTask::cancel)).containsExactly("cancelled", "finished");
    }

    @Test
    void nothingIsToldAfterACancel() throws Exception {
        BackgroundTask<String> task = observed(BackgroundTask.<String, Integer>withProgress(progress -> {
            progress.accept(99);
            return "late";
        }, value -> told.add("progress " + value)));
        task.call(fxThread);

        task.cancel();
        runFxQueue();
        task.succeed("late");
        task.fail(new IllegalStateException("late"));
        task.cancel();

        assertThat(told).containsExactly("cancelled", "finished");
        assertThat(task.hasEnded()).isTrue();
    }

    @Test
    void aRunnerThatWatchesFailuresIsToldBeforeTheCaller() {
        BackgroundTask<String> task = observed(BackgroundTask.of(() -> "x"));
        task.firstOnFailure(failure -> told.add("watched " + failure.getMessage()));

        task.fail(new IllegalStateException("lost"));

        assertThat(told).containsExactly("watched lost", "failure lost", "finished");
    }

    private List<String> outcomes(java.util.function.Consumer<BackgroundTask<String>> ending) {
        told.clear();
        BackgroundTask<String> task = observed(BackgroundTask.of(() -> "unused"));
        ending.accept(task);
        ending.accept(task);
        task.succeed("again");
        return List.copyOf(told);
    }

    private BackgroundTask<String> observed(BackgroundTask<String> task) {
        return task.onSuccess(result -> told.add("success " + result))
                .onFailure(failure -> told.add("failure " + failure.getMessage()))
                .onCancelled(() -> told.add("cancelled"))
                .onFinished(() -> told.add("finished"));
    }

    private void runFxQueue() {
        List<Runnable> now = List.copyOf(fxQueue);
        fxQueue.clear();
        now.forEach(Runnable::run);
    }
}
