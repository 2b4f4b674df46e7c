package id.wacontacts.cli;

import id.wacontacts.domain.ChangeSet;
import id.wacontacts.service.live.ChangeDescriptions;
import id.wacontacts.service.live.LiveChanges;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code watch}: prints every change anyone makes, as it happens, one line per changed row:
 * {@code TIME<TAB>ACTION<TAB>NUMBER-OR-CATEGORY<TAB>DESKTOP} (time in UTC), until interrupted.
 * It hears the changes the same way the window does.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Print every change made by anyone as it happens "
                + "(TIME<TAB>ACTION<TAB>NUMBER-OR-CATEGORY<TAB>DESKTOP), until interrupted.")
public final class WatchCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--max-events", paramLabel = "N", description = "Stop after printing N lines.")
    Long maxEvents;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop after this many seconds.")
    Long timeoutSeconds;

    private final Supplier<PrintWriter> output;

    public WatchCommand() {
        this(Utf8Output::stdout);
    }

    WatchCommand(Supplier<PrintWriter> output) {
        this.output = output;
    }

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        // Ctrl+C: stop listening and let the database close (the embedded server stops cleanly)
        // before the JVM ends.
        Thread interrupted = new Thread(() -> {
            done.countDown();
            try {
                closed.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "watch-interrupted");
        Runtime.getRuntime().addShutdownHook(interrupted);
        try (CommandContext context = CommandContext.open(root.databaseOptions().toConfig());
             LiveChanges live = LiveChanges.of(context.database())) {
            PrintWriter out = output.get();
            ChangeDescriptions descriptions = new ChangeDescriptions(context.database().sessionFactory());
            AtomicLong printed = new AtomicLong();
            live.subscribe(changes -> print(changes, descriptions, out, printed, done));
            PrintWriter err = spec.commandLine().getErr();
            live.onStateChange(state -> {
                // The state goes to stderr, so that stdout holds only the changes.
                err.println("watch: " + state.kind().name().toLowerCase(Locale.ROOT)
                        + (state.nextAttempt() == null ? "" : " (next attempt at " + state.nextAttempt() + ")"));
                err.flush();
            });
            live.start();
            if (timeoutSeconds == null) {
                done.await();
            } else {
                done.await(timeoutSeconds, TimeUnit.SECONDS);
            }
            return 0;
        } finally {
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(interrupted);
            } catch (IllegalStateException shuttingDown) {
                // Interrupted: the hook is running; it waited for the resources above to close.
            }
        }
    }

    private void print(ChangeSet changes, ChangeDescriptions descriptions, PrintWriter out, AtomicLong printed,
                       CountDownLatch done) {
        for (ChangeSet.Change change : changes.changes()) {
            for (ChangeDescriptions.Line line : descriptions.describe(change)) {
                if (done.getCount() == 0) {
                    return;
                }
                out.println(line.at().truncatedTo(ChronoUnit.SECONDS) + "\t" + line.action() + "\t" + line.subject()
                        + "\t" + line.desktop());
                out.flush();
                if (maxEvents != null && printed.incrementAndGet() >= maxEvents) {
                    done.countDown();
                }
            }
        }
    }
}
