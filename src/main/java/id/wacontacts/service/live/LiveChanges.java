package id.wacontacts.service.live;

import id.wacontacts.db.ApplicationName;
import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.db.Database;
import id.wacontacts.domain.ChangeNotice;
import id.wacontacts.domain.ChangeSet;
import id.wacontacts.domain.LiveState;
import id.wacontacts.service.ChangeListener;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Other clients' changes, delivered as they happen: one thread with one listening connection of
 * its own outside the pool. It waits for notices with a finite timeout, asks the connection whether
 * it still answers when it has been quiet, and on any failure reconnects with a backoff from 1 s
 * doubling to 30 s. After every gap it reads the history of changes from where it last knew it
 * complete ({@link CatchUp}), so nothing sent meanwhile is lost. This desktop's own changes (its
 * pool's {@link Database#INSTANCE_SETTING}) are ignored. Bursts are coalesced: at most one
 * delivery per {@link Timing#debounce()}.
 *
 * <p>Deliveries and state changes run on the listening thread; a UI hands them to its own thread.
 * Start it before the first load of the lists, so that no change falls between the two.
 */
public final class LiveChanges implements AutoCloseable {

    /** The listening thread's waits: test and benchmark runs shorten the backoff. */
    public record Timing(Duration debounce, Duration aliveCheck, Duration firstRetry, Duration maxRetry) {

        public static final Timing DEFAULT = new Timing(Duration.ofMillis(300), Duration.ofSeconds(5),
                Duration.ofSeconds(1), Duration.ofSeconds(30));

        /** The wait after {@code failures} failed attempts in a row: doubling, at most {@link #maxRetry}. */
        public Duration retryAfter(int failures) {
            long millis = firstRetry.toMillis() << Math.min(20, Math.max(0, failures - 1));
            return Duration.ofMillis(Math.min(millis, maxRetry.toMillis()));
        }
    }

    private static final Logger log = LoggerFactory.getLogger(LiveChanges.class);

    private final ConnectionSettings settings;
    private final String applicationName;
    private final String ownInstance;
    private final CatchUp catchUp;
    private final Timing timing;
    private final Clock clock;
    private final List<Consumer<ChangeSet>> subscribers = new CopyOnWriteArrayList<>();
    private final List<Consumer<LiveState>> stateListeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Object retryWait = new Object();
    private boolean retryNow;
    private final Thread thread;
    private final Optional<ServerAddress> address;
    private volatile LiveState state = LiveState.CONNECTING;
    private volatile ChangeListener listener;
    /** How far the history is known complete; only the listening thread uses it. */
    private CatchUp.Mark mark;

    public LiveChanges(ConnectionSettings settings, DataSource pool, String ownInstance, String applicationName,
                       Timing timing, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.catchUp = new CatchUp(Objects.requireNonNull(pool, "pool"));
        this.ownInstance = ownInstance;
        this.applicationName = applicationName;
        this.timing = timing;
        this.clock = clock;
        this.address = ServerAddress.of(settings.jdbcUrl());
        this.thread = new Thread(this::run, "live-changes");
        this.thread.setDaemon(true);
    }

    /** The listener of an open database, with the default timing; call {@link #start()}. */
    public static LiveChanges of(Database database) {
        return new LiveChanges(database.settings(), database.dataSource(), database.instance(),
                ApplicationName.value(), Timing.DEFAULT, Clock.systemUTC());
    }

    /** Receives every delivery, on the listening thread. */
    public void subscribe(Consumer<ChangeSet> subscriber) {
        subscribers.add(subscriber);
    }

    /** Receives every change of {@link #state()}, on the listening thread. */
    public void onStateChange(Consumer<LiveState> listener) {
        stateListeners.add(listener);
    }

    public LiveState state() {
        return state;
    }

    /** Starts listening; returns at once. */
    public LiveChanges start() {
        thread.start();
        return this;
    }

    private void run() {
        ChangeSet.Builder pending = new ChangeSet.Builder();
        int failures = 0;
        while (closing.getCount() > 0) {
            try {
                listener = ChangeListener.open(settings, applicationName);
                // LISTEN is in force before the history is read: a change in between comes twice, none never.
                mark = mark == null ? catchUp.mark() : catchUp.readSince(mark, pending);
                failures = 0;
                setState(LiveState.LIVE);
                listen(listener, pending);
            } catch (SQLException | RuntimeException e) {
                if (closing.getCount() == 0) {
                    break;
                }
                failures++;
                Duration wait = timing.retryAfter(failures);
                log.info("Not hearing other desktops' changes ({}); trying again in {} s", e.getMessage(),
                        wait.toSeconds());
                log.debug("Listener failure", e);
                setState(LiveState.reconnectingAt(clock.instant().plus(wait)));
                closeListener();
                awaitRetry(wait, failures == 1);
            }
        }
        closeListener();
        setState(LiveState.STOPPED);
    }

    /**
     * Listens until the connection fails or this closes. The mark is advanced one alive check behind:
     * a change committed before one check has reached this thread by the next.
     */
    private void listen(ChangeListener connection, ChangeSet.Builder pending) throws SQLException {
        CatchUp.Mark candidate = catchUp.mark();
        long lastDelivery = System.nanoTime() - timing.debounce().toNanos();
        long lastCheck = System.nanoTime();
        if (deliverIfDue(pending, lastDelivery)) {
            lastDelivery = System.nanoTime();
        }
        while (closing.getCount() > 0) {
            long now = System.nanoTime();
            long untilCheck = lastCheck + timing.aliveCheck().toNanos() - now;
            long untilDelivery = lastDelivery + timing.debounce().toNanos() - now;
            long wait = pending.isEmpty() ? untilCheck : Math.min(untilCheck, untilDelivery);
            for (ChangeNotice notice : connection.poll(Duration.ofNanos(Math.max(1_000_000, wait)))) {
                if (ownInstance == null || !ownInstance.equals(notice.instance())) {
                    pending.add(change(notice));
                }
            }
            if (deliverIfDue(pending, lastDelivery)) {
                lastDelivery = System.nanoTime();
            }
            if (System.nanoTime() - lastCheck >= timing.aliveCheck().toNanos()) {
                if (!connection.isAlive(timing.aliveCheck())) {
                    throw new SQLException("the listening connection does not answer");
                }
                mark = candidate;
                candidate = catchUp.mark();
                lastCheck = System.nanoTime();
            }
        }
    }

    private boolean deliverIfDue(ChangeSet.Builder pending, long lastDelivery) {
        if (pending.isEmpty() || System.nanoTime() - lastDelivery < timing.debounce().toNanos()) {
            return false;
        }
        ChangeSet changes = pending.drain();
        for (Consumer<ChangeSet> subscriber : subscribers) {
            try {
                subscriber.accept(changes);
            } catch (RuntimeException e) {
                log.error("A change subscriber failed", e);
            }
        }
        return true;
    }

    private static ChangeSet.Change change(ChangeNotice notice) {
        return new ChangeSet.Change(CatchUp.table(notice.table()), CatchUp.action(notice.action()), notice.count(),
                notice.refresh() ? List.of() : notice.ids(), notice.transactionId(), notice.application());
    }

    private void setState(LiveState next) {
        state = next;
        for (Consumer<LiveState> stateListener : stateListeners) {
            try {
                stateListener.accept(next);
            } catch (RuntimeException e) {
                log.error("A state listener failed", e);
            }
        }
    }

    /**
     * Waits out the backoff; ends early on {@link #close()}, on {@link #reconnectNow()}, or once the
     * server's address, found refusing or silent during this wait, accepts a connection again (a
     * restarted server, a network back): a look at the address is far cheaper than an attempt to log in,
     * so it is taken every {@link #probeInterval()} and the backoff still spaces out the attempts while
     * the address answers but the server does not let the listener in. Right after a listening
     * connection was lost ({@code justLost}) the outage may already be over by the first look (a quick
     * restart), so an address that answers then is tried at once too, one attempt only.
     */
    private void awaitRetry(Duration wait, boolean justLost) {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean foundDown = justLost;
        while (true) {
            synchronized (retryWait) {
                try {
                    long sliceEnd = Math.min(deadline, System.nanoTime() + probeInterval().toNanos());
                    long left;
                    while (!retryNow && closing.getCount() > 0 && (left = sliceEnd - System.nanoTime()) > 0) {
                        retryWait.wait(Math.max(1, left / 1_000_000));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    closing.countDown();
                }
                if (retryNow || closing.getCount() == 0 || System.nanoTime() >= deadline) {
                    retryNow = false;
                    return;
                }
            }
            boolean answers = address.map(ServerAddress::accepts).orElse(false);
            if (answers && foundDown) {
                log.info("The database server's address answers again; listening again now");
                return;
            }
            foundDown |= !answers;
        }
    }

    private Duration probeInterval() {
        return timing.aliveCheck().compareTo(timing.firstRetry()) < 0 ? timing.aliveCheck() : timing.firstRetry();
    }

    /**
     * Cuts a backoff wait short: for when the app knows the server answers again (its own pool
     * reconnected), so that the window is live again at once rather than after up to 30 s.
     */
    public void reconnectNow() {
        synchronized (retryWait) {
            retryNow = true;
            retryWait.notifyAll();
        }
    }

    private void closeListener() {
        ChangeListener current = listener;
        listener = null;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException e) {
                log.debug("Closing the listening connection failed", e);
            }
        }
    }

    /** Stops listening and waits (bounded) for the thread to end. */
    @Override
    public void close() {
        closing.countDown();
        reconnectNow();
        closeListener();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
