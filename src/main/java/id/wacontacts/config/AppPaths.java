package id.wacontacts.config;

import dev.dirs.ProjectDirectories;
import dev.dirs.UserDirectories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where WA Contacts keeps its files by default on each operating system, as the directories-jvm
 * library finds the system's folders (XDG base and user directories on Linux and BSD, Known Folders
 * on Windows, the standard folders on macOS):
 * <ul>
 *   <li>the data folder (the database lives there, so it must survive reboots and cache cleaners):
 *       {@code $XDG_DATA_HOME/wa-contacts} (else {@code ~/.local/share/wa-contacts}) on Linux,
 *       {@code %LOCALAPPDATA%\WA Contacts} on Windows (local, not roaming: a database must not follow
 *       a roaming profile), {@code ~/Library/Application Support/WA Contacts} on macOS;</li>
 *   <li>the per-user cache for the unpacked PostgreSQL binaries ({@code pg-bin} in
 *       {@code $XDG_CACHE_HOME/wa-contacts}, {@code %LOCALAPPDATA%\WA Contacts\cache} or
 *       {@code ~/Library/Caches/WA Contacts}); never under {@code java.io.tmpdir}, where the embedded
 *       server library deletes unlocked folders;</li>
 *   <li>the user's documents folder, where files the user keeps are offered to be saved.</li>
 * </ul>
 * These are the folders the app has always used, so existing users keep their data; where the
 * library's answer differs, the method says so. The package-private methods map the library's
 * answer to the folder, so every OS can be tested anywhere.
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

        String folderName() {
            return this == UNIX ? UNIX_NAME : DISPLAY_NAME;
        }
    }

    /** The library's folders for this app: its {@code dataDir}, {@code dataLocalDir} and {@code cacheDir}. */
    record Answer(String dataDir, String dataLocalDir, String cacheDir) {
    }

    /** The data folder for the library's answer. */
    static Path dataDirectory(Os os, Answer answer, String userHome) {
        return switch (os) {
            // The library says %LOCALAPPDATA%\WA Contacts\data; the app has always used the folder above it.
            case WINDOWS -> Path.of(answer.dataLocalDir()).getParent();
            case MAC -> Path.of(answer.dataDir());
            case UNIX -> absoluteOr(answer.dataDir(), Path.of(userHome, ".local", "share", UNIX_NAME));
        };
    }

    /** The binaries cache for the library's answer. */
    static Path binariesDirectory(Os os, Answer answer, String userHome) {
        return switch (os) {
            case WINDOWS, MAC -> Path.of(answer.cacheDir()).resolve(BINARIES_FOLDER);
            case UNIX -> absoluteOr(answer.cacheDir(), Path.of(userHome, ".cache", UNIX_NAME)).resolve(BINARIES_FOLDER);
        };
    }

    /**
     * The library takes a relative {@code XDG_*_HOME} as it is, relative to wherever the app was
     * started; the XDG specification says to ignore it, as the app always has.
     */
    private static Path absoluteOr(String libraryAnswer, Path fallback) {
        Path path = libraryAnswer == null || libraryAnswer.isBlank() ? null : Path.of(libraryAnswer);
        return path != null && path.isAbsolute() ? path : fallback;
    }

    /** The default data folder of the running system and user. */
    public static Path defaultDataDirectory() {
        return dataDirectory(Running.OS, Running.answer(), userHome());
    }

    /** The default cache folder for the unpacked PostgreSQL binaries; it holds no data. */
    public static Path defaultBinariesDirectory() {
        return binariesDirectory(Running.OS, Running.answer(), userHome());
    }

    /**
     * The user's documents folder (on Linux the desktop's own, e.g. {@code ~/Dokumen}); where the
     * system names none, or it does not exist, {@code ~/Documents} if it exists, else the home folder.
     */
    public static Path documentsDirectory() {
        Path home = Path.of(userHome());
        String named = UserDirectories.get().documentDir;
        if (named != null && !named.isBlank() && !Path.of(named).equals(home) && Files.isDirectory(Path.of(named))) {
            return Path.of(named);
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    private static String userHome() {
        return System.getProperty("user.home");
    }

    /** The library's answer for the running system, asked once (on Windows it asks the system through PowerShell). */
    private static final class Running {
        static final Os OS = Os.of(System.getProperty("os.name"));
        private static Answer answer;

        static synchronized Answer answer() {
            if (answer == null) {
                ProjectDirectories folders = ProjectDirectories.fromPath(OS.folderName());
                answer = new Answer(folders.dataDir, folders.dataLocalDir, folders.cacheDir);
            }
            return answer;
        }
    }
}
