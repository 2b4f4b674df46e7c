package id.wacontacts.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether this desktop hears the others' changes: {@link Kind#LIVE}, or waiting to try again
 * ({@link Kind#RECONNECTING}, next attempt at {@code nextAttempt}), or {@link Kind#STOPPED}.
 */
public record LiveState(Kind kind, Instant nextAttempt) {

    /** The listener's condition. */
    public enum Kind {
        CONNECTING, LIVE, RECONNECTING, STOPPED
    }

    public static final LiveState CONNECTING = new LiveState(Kind.CONNECTING, null);
    public static final LiveState LIVE = new LiveState(Kind.LIVE, null);
    public static final LiveState STOPPED = new LiveState(Kind.STOPPED, null);

    public static LiveState reconnectingAt(Instant nextAttempt) {
        return new LiveState(Kind.RECONNECTING, nextAttempt);
    }

    /** Whole seconds until the next attempt (rounded up, never negative); 0 unless reconnecting. */
    public long secondsUntilNextAttempt(Instant now) {
        if (nextAttempt == null) {
            return 0;
        }
        long millis = Duration.between(now, nextAttempt).toMillis();
        return Math.max(0, (millis + 999) / 1000);
    }
}
