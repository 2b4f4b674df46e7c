package id.wacontacts.config;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.db.ConnectionSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppConfigTest {

    private static final Path DEFAULT = Path.of("/home/ani/.local/share/wa-contacts");

    private final Preferences prefs = Preferences.userRoot().node("wa-contacts-test/" + UUID.randomUUID());

    @AfterEach
    void removePrefs() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void defaultsToTheEmbeddedServerInThePlatformDataFolder() {
        AppConfig config = AppConfig.resolve(AppConfig.CommandLine.NONE, Map.of(), prefs, DEFAULT);

        assertThat(config.embedded()).isTrue();
        assertThat(config.dataDir()).isEqualTo(DEFAULT);
        assertThat(config.logDir()).isEqualTo(DEFAULT.resolve("logs"));
    }

    @Test
    void commandLineBeatsEnvironmentBeatsPreferences() {
        prefs.put(AppConfig.PREF_DATA_DIR, "/prefs/dir");
        prefs.put(AppConfig.PREF_DB_URL, "jdbc:postgresql://prefs/wa_db");
        Map<String, String> env = Map.of(AppConfig.ENV_DATA_DIR, "/env/dir",
                AppConfig.ENV_DB_URL, "jdbc:postgresql://env/wa_db", AppConfig.ENV_DB_USER, "env_user");

        AppConfig fromEnv = AppConfig.resolve(AppConfig.CommandLine.NONE, env, prefs, DEFAULT);
        assertThat(fromEnv.dataDir()).isEqualTo(Path.of("/env/dir"));
        assertThat(fromEnv.server()).contains(new ConnectionSettings("jdbc:postgresql://env/wa_db", "env_user", null));

        AppConfig fromCli = AppConfig.resolve(new AppConfig.CommandLine(Path.of("/cli/dir"),
                "jdbc:postgresql://cli/wa_db", "cli_user", "secret"), env, prefs, DEFAULT);
        assertThat(fromCli.dataDir()).isEqualTo(Path.of("/cli/dir"));
        assertThat(fromCli.server()).contains(new ConnectionSettings("jdbc:postgresql://cli/wa_db", "cli_user", "secret"));

        AppConfig fromPrefs = AppConfig.resolve(AppConfig.CommandLine.NONE, Map.of(), prefs, DEFAULT);
        assertThat(fromPrefs.dataDir()).isEqualTo(Path.of("/prefs/dir"));
        assertThat(fromPrefs.server().orElseThrow().jdbcUrl()).isEqualTo("jdbc:postgresql://prefs/wa_db");
    }

    @Test
    void blankValuesCountAsUnset() {
        AppConfig config = AppConfig.resolve(new AppConfig.CommandLine(null, "  ", null, null),
                Map.of(AppConfig.ENV_DB_URL, ""), prefs, DEFAULT);

        assertThat(config.embedded()).isTrue();
    }

    @Test
    void withoutAPasswordTheDriverFallsBackToPgpass() {
        AppConfig config = AppConfig.resolve(AppConfig.CommandLine.NONE,
                Map.of(AppConfig.ENV_DB_URL, "jdbc:postgresql://server/wa_db", AppConfig.ENV_DB_USER, "kasir"),
                prefs, DEFAULT);

        assertThat(config.server().orElseThrow().password()).isNull();
    }
}
