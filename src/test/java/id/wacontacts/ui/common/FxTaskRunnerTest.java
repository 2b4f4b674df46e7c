package id.wacontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The app's runner on the real FX thread: every outcome arrives there, a cancel at once. */
class FxTaskRunnerTest {

    private final FxTaskRunner runner = new FxTaskRunner(1);
    private final List<String> told = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    @Test
    void successProgressAndFinishedArriveOnTheFxThread() throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        runner.run(observed(BackgroundTask.<String, Integer>withProgress(progress -> {
            progress.accept(1);
            return "ok";
        }, value -> told.add("progress " + value + onFx())), finished));

        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(told).containsExactly("progress 1 on fx", "success ok on fx", "finished on fx");
    }

    @Test
    void aFailureArrivesOnTheFxThread() throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        runner.run(observed(BackgroundTask.of(() -> {
            throw new IllegalStateException("broken");
        }), finished));

        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(told).containsExactly("failure broken on fx", "finished on fx");
    }

    @Test
    void aCancelIsAnsweredAtOnceWhileTheWorkStillRunsAndWhatTheWorkReturnsLaterIsDropped() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch workEnded = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        TaskRunner.Running running = runner.run(observed(BackgroundTask.of(() -> {
            try {
                started.countDown();
                awaitIgnoringInterrupts(release); // as work blocked in a driver call may
                return "late";
            } finally {
                workEnded.countDown();
            }
        }), finished));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        Platform.runLater(running::cancel);

        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(workEnded.getCount()).isEqualTo(1); // the work has not ended yet
        release.countDown();
        assertThat(workEnded.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(told).containsExactly("cancelled on fx", "finished on fx");
    }

    @Test
    void workAskedForAfterTheWindowClosedIsCancelledInsteadOfThrowing() throws Exception {
        // A search typed just before closing: its debounce fires after the runner was closed.
        runner.close();
        CountDownLatch finished = new CountDownLatch(1);
        Platform.runLater(() -> runner.run(observed(BackgroundTask.of(() -> "never run"), finished)));

        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(told).containsExactly("cancelled on fx", "finished on fx");
    }

    private <T> BackgroundTask<T> observed(BackgroundTask<T> task, CountDownLatch finished) {
        return task.onSuccess(result -> told.add("success " + result + onFx()))
                .onFailure(failure -> told.add("failure " + failure.getMessage() + onFx()))
                .onCancelled(() -> told.add("cancelled" + onFx()))
                .onFinished(() -> {
                    told.add("finished" + onFx());
                    finished.countDown();
                });
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // Keeps waiting.
            }
        }
    }

    private static String onFx() {
        return Platform.isFxApplicationThread() ? " on fx" : " elsewhere";
    }
}
