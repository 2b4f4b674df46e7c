package id.wacontacts.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.wacontacts.config.AppPaths.Answer;
import id.wacontacts.config.AppPaths.Os;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The folders stay those the app has always used, now found through directories-jvm: on Linux by
 * asking the library in a JVM of its own with the XDG variables set; on Windows and macOS from the
 * answers the library gives there.
 */
class AppPathsTest {

    @Test
    void linuxDataFollowsXdgDataHome() throws Exception {
        assertThat(foldersOnThisLinux(Map.of("XDG_DATA_HOME", "/data/xdg", "HOME", "/home/ana")).get(0))
                .isEqualTo("/data/xdg/wa-contacts");
    }

    @Test
    void linuxFallsBackToLocalShareAndDotCache() throws Exception {
        List<String> folders = foldersOnThisLinux(Map.of("HOME", "/home/ana"));
        assertThat(folders.get(0)).isEqualTo("/home/ana/.local/share/wa-contacts");
        assertThat(folders.get(1)).isEqualTo("/home/ana/.cache/wa-contacts/pg-bin");
    }

    @Test
    void linuxBinariesFollowXdgCacheHome() throws Exception {
        assertThat(foldersOnThisLinux(Map.of("XDG_CACHE_HOME", "/var/cache/ana", "HOME", "/home/ana")).get(1))
                .isEqualTo("/var/cache/ana/wa-contacts/pg-bin");
    }

    @Test
    void linuxIgnoresRelativeXdgValues() throws Exception {
        List<String> folders = foldersOnThisLinux(Map.of("XDG_DATA_HOME", "data", "XDG_CACHE_HOME", "cache",
                "HOME", "/home/ana"));
        assertThat(folders.get(0)).isEqualTo("/home/ana/.local/share/wa-contacts");
        assertThat(folders.get(1)).isEqualTo("/home/ana/.cache/wa-contacts/pg-bin");
    }

    @Test
    void relativeOrMissingAnswersFallBackUnderHome() {
        Answer relative = new Answer("data/wa-contacts", "data/wa-contacts", "");
        assertThat(AppPaths.dataDirectory(Os.UNIX, relative, "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.local/share/wa-contacts"));
        assertThat(AppPaths.binariesDirectory(Os.UNIX, relative, "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.cache/wa-contacts/pg-bin"));
    }

    @Test
    void otherUnixSystemsUseTheXdgLayout() {
        assertThat(Os.of("FreeBSD")).isEqualTo(Os.UNIX);
        assertThat(Os.of("Linux")).isEqualTo(Os.UNIX);
    }

    @Test
    void windowsDataIsInLocalNotRoamingAppData() {
        // What the library answers on Windows for ProjectDirectories.fromPath("WA Contacts").
        Answer windows = new Answer("C:\\Users\\Ana\\AppData\\Roaming\\WA Contacts\\data",
                "C:\\Users\\Ana\\AppData\\Local\\WA Contacts\\data", "C:\\Users\\Ana\\AppData\\Local\\WA Contacts\\cache");
        assertThat(Os.of("Windows 11")).isEqualTo(Os.WINDOWS);
        assertThat(AppPaths.dataDirectory(Os.WINDOWS, windows, "C:\\Users\\Ana"))
                .isEqualTo(Path.of("C:\\Users\\Ana\\AppData\\Local\\WA Contacts\\data").getParent());
        assertThat(AppPaths.binariesDirectory(Os.WINDOWS, windows, "C:\\Users\\Ana"))
                .isEqualTo(Path.of("C:\\Users\\Ana\\AppData\\Local\\WA Contacts\\cache").resolve("pg-bin"));
    }

    @Test
    void macDataIsInApplicationSupportAndBinariesInCaches() {
        Answer mac = new Answer("/Users/ana/Library/Application Support/WA Contacts",
                "/Users/ana/Library/Application Support/WA Contacts", "/Users/ana/Library/Caches/WA Contacts");
        assertThat(Os.of("Mac OS X")).isEqualTo(Os.MAC);
        assertThat(AppPaths.dataDirectory(Os.MAC, mac, "/Users/ana"))
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/WA Contacts"));
        assertThat(AppPaths.binariesDirectory(Os.MAC, mac, "/Users/ana"))
                .isEqualTo(Path.of("/Users/ana/Library/Caches/WA Contacts/pg-bin"));
    }

    @Test
    void runningSystemDefaultsAreAbsolute() {
        assertThat(AppPaths.defaultDataDirectory()).isAbsolute();
        assertThat(AppPaths.defaultBinariesDirectory()).isAbsolute();
        assertThat(AppPaths.documentsDirectory()).isAbsolute();
    }

    /** The data and binaries folders that a JVM started with exactly this environment finds. */
    private static List<String> foldersOnThisLinux(Map<String, String> env) throws IOException, InterruptedException {
        assumeTrue(Os.of(System.getProperty("os.name")) == Os.UNIX, "the XDG variables are read on Linux only");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + env.get("HOME"), "-cp", System.getProperty("java.class.path"), PrintFolders.class.getName());
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }

    /** Prints the default data and binaries folders, one a line. */
    static final class PrintFolders {
        public static void main(String[] args) {
            System.out.println(AppPaths.defaultDataDirectory());
            System.out.println(AppPaths.defaultBinariesDirectory());
        }
    }
}
