package id.wacontacts.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {

    private static final String LINUX = "Linux";
    private static final String WINDOWS = "Windows 11";
    private static final String MAC = "Mac OS X";

    @Test
    void linuxDataFollowsXdgDataHome() {
        assertThat(AppPaths.defaultDataDirectory(LINUX, Map.of("XDG_DATA_HOME", "/data/xdg"), "/home/ana"))
                .isEqualTo(Path.of("/data/xdg/wa-contacts"));
    }

    @Test
    void linuxDataFallsBackToLocalShare() {
        assertThat(AppPaths.defaultDataDirectory(LINUX, Map.of(), "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.local/share/wa-contacts"));
    }

    @Test
    void linuxIgnoresEmptyOrRelativeXdgValues() {
        assertThat(AppPaths.defaultDataDirectory(LINUX, Map.of("XDG_DATA_HOME", ""), "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.local/share/wa-contacts"));
        assertThat(AppPaths.defaultBinariesDirectory(LINUX, Map.of("XDG_CACHE_HOME", "cache"), "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.cache/wa-contacts/pg-bin"));
    }

    @Test
    void linuxBinariesFollowXdgCacheHome() {
        assertThat(AppPaths.defaultBinariesDirectory(LINUX, Map.of("XDG_CACHE_HOME", "/var/cache/ana"), "/home/ana"))
                .isEqualTo(Path.of("/var/cache/ana/wa-contacts/pg-bin"));
    }

    @Test
    void linuxBinariesFallBackToDotCache() {
        assertThat(AppPaths.defaultBinariesDirectory(LINUX, Map.of(), "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.cache/wa-contacts/pg-bin"));
    }

    @Test
    void otherUnixSystemsUseTheXdgLayout() {
        assertThat(AppPaths.defaultDataDirectory("FreeBSD", Map.of(), "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.local/share/wa-contacts"));
    }

    @Test
    void windowsDataIsInLocalNotRoamingAppData() {
        Map<String, String> env = Map.of("LOCALAPPDATA", "C:\\Users\\Ana\\AppData\\Local",
                "APPDATA", "C:\\Users\\Ana\\AppData\\Roaming");
        assertThat(AppPaths.defaultDataDirectory(WINDOWS, env, "C:\\Users\\Ana"))
                .isEqualTo(Path.of("C:\\Users\\Ana\\AppData\\Local", "WA Contacts"));
    }

    @Test
    void windowsBinariesAreInTheLocalCacheFolder() {
        Map<String, String> env = Map.of("LOCALAPPDATA", "C:\\Users\\Ana\\AppData\\Local");
        assertThat(AppPaths.defaultBinariesDirectory(WINDOWS, env, "C:\\Users\\Ana"))
                .isEqualTo(Path.of("C:\\Users\\Ana\\AppData\\Local", "WA Contacts", "cache", "pg-bin"));
    }

    @Test
    void windowsWithoutLocalAppDataUsesTheProfileDefault() {
        assertThat(AppPaths.defaultDataDirectory(WINDOWS, Map.of(), "C:\\Users\\Ana"))
                .isEqualTo(Path.of("C:\\Users\\Ana", "AppData", "Local", "WA Contacts"));
    }

    @Test
    void macDataIsInApplicationSupport() {
        assertThat(AppPaths.defaultDataDirectory(MAC, Map.of(), "/Users/ana"))
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/WA Contacts"));
    }

    @Test
    void macBinariesAreInCaches() {
        assertThat(AppPaths.defaultBinariesDirectory(MAC, Map.of("XDG_CACHE_HOME", "/tmp/x"), "/Users/ana"))
                .isEqualTo(Path.of("/Users/ana/Library/Caches/WA Contacts/pg-bin"));
    }

    @Test
    void runningSystemDefaultsAreAbsolute() {
        assertThat(AppPaths.defaultDataDirectory()).isAbsolute();
        assertThat(AppPaths.defaultBinariesDirectory()).isAbsolute();
    }
}
