package id.wacontacts.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where WA Contacts keeps its files by default on each operating system: the data folder (the
 * database lives there, so it must survive reboots and cache cleaners) and the per-user cache for
 * the unpacked PostgreSQL binaries (never under {@code java.io.tmpdir}: the embedded server library
 * deletes unlocked folders there).
 *
 * <p>The three-argument methods are pure, so every OS can be tested anywhere; the no-argument ones
 * read the running system.
 */
public final class AppPaths {

    /** Folder name on Linux and other Unix systems, following the XDG convention of lower case. */
    static final String UNIX_NAME = "wa-contacts";
    /** Folder name on Windows and macOS, where application folders carry the display name. */
    static final String DISPLAY_NAME = "WA Contacts";
    static final String BINARIES_FOLDER = "pg-bin";

    private AppPaths() {
    }

    /** The operating system families whose conventions differ. */
    enum Os {
        WINDOWS, MAC, UNIX;

        static Os of(String osName) {
            String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
            if (name.startsWith("windows")) {
                return WINDOWS;
            }
            if (name.startsWith("mac") || name.startsWith("darwin")) {
                return MAC;
            }
            return UNIX;
        }
    }

    /**
     * The default data folder: {@code $XDG_DATA_HOME/wa-contacts} or
     * {@code ~/.local/share/wa-contacts} on Linux, {@code %LOCALAPPDATA%\WA Contacts} on Windows
     * (local, not roaming: a database must not follow a roaming profile), and
     * {@code ~/Library/Application Support/WA Contacts} on macOS.
     */
    public static Path defaultDataDirectory(String osName, Map<String, String> env, String userHome) {
        return switch (Os.of(osName)) {
            case WINDOWS -> windowsLocalAppData(env, userHome).resolve(DISPLAY_NAME);
            case MAC -> Path.of(userHome, "Library", "Application Support", DISPLAY_NAME);
            case UNIX -> xdgDirectory(env, "XDG_DATA_HOME", userHome, ".local", "share").resolve(UNIX_NAME);
        };
    }

    /**
     * The default cache folder for the unpacked PostgreSQL binaries: {@code $XDG_CACHE_HOME/wa-contacts/pg-bin}
     * or {@code ~/.cache/wa-contacts/pg-bin} on Linux, {@code %LOCALAPPDATA%\WA Contacts\cache\pg-bin} on
     * Windows and {@code ~/Library/Caches/WA Contacts/pg-bin} on macOS. It holds no data: deleting it only
     * costs one unpack at the next start.
     */
    public static Path defaultBinariesDirectory(String osName, Map<String, String> env, String userHome) {
        return switch (Os.of(osName)) {
            case WINDOWS -> windowsLocalAppData(env, userHome).resolve(DISPLAY_NAME).resolve("cache").resolve(BINARIES_FOLDER);
            case MAC -> Path.of(userHome, "Library", "Caches", DISPLAY_NAME, BINARIES_FOLDER);
            case UNIX -> xdgDirectory(env, "XDG_CACHE_HOME", userHome, ".cache").resolve(UNIX_NAME).resolve(BINARIES_FOLDER);
        };
    }

    /** {@link #defaultDataDirectory(String, Map, String)} for the running system and user. */
    public static Path defaultDataDirectory() {
        return defaultDataDirectory(System.getProperty("os.name"), System.getenv(), System.getProperty("user.home"));
    }

    /** {@link #defaultBinariesDirectory(String, Map, String)} for the running system and user. */
    public static Path defaultBinariesDirectory() {
        return defaultBinariesDirectory(System.getProperty("os.name"), System.getenv(), System.getProperty("user.home"));
    }

    private static Path windowsLocalAppData(Map<String, String> env, String userHome) {
        String localAppData = env.get("LOCALAPPDATA");
        if (localAppData != null && !localAppData.isBlank()) {
            return Path.of(localAppData);
        }
        return Path.of(userHome, "AppData", "Local");
    }

    /** The XDG base directory from the variable, or the fallback under home; relative values are ignored, as the spec says. */
    private static Path xdgDirectory(Map<String, String> env, String variable, String userHome, String... fallback) {
        String value = env.get(variable);
        if (value != null && !value.isBlank() && value.startsWith("/")) {
            return Path.of(value);
        }
        return Path.of(userHome, fallback);
    }
}
