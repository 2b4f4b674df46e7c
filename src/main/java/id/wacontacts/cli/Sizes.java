package id.wacontacts.cli;

import java.time.Duration;
import java.util.Locale;

/** Sizes and durations as a command prints them: "81.2 MB", "2.4 s". */
final class Sizes {

    private Sizes() {
    }

    static String bytes(long bytes) {
        if (bytes < 1000) {
            return bytes + " bytes";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
