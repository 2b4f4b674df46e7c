package id.wacontacts.config;

import id.wacontacts.db.ConnectionSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * How this run of the app is set up: where its data folder is, and whether it uses the embedded
 * server (the default) or a shared PostgreSQL server. Each value comes from the first source
 * that has it: command line, environment ({@code WA_DATA_DIR}, {@code WA_DB_URL},
 * {@code WA_DB_USER}, {@code WA_DB_PASSWORD}), saved preferences, then the platform default.
 * Passwords are never saved in preferences; without one the driver reads {@code ~/.pgpass}.
 */
public record AppConfig(Path dataDir, Optional<ConnectionSettings> server) {

    public static final String ENV_DATA_DIR = "WA_DATA_DIR";
    public static final String ENV_DB_URL = "WA_DB_URL";
    public static final String ENV_DB_USER = "WA_DB_USER";
    public static final String ENV_DB_PASSWORD = "WA_DB_PASSWORD";

    static final String PREF_DATA_DIR = "dataDir";
    static final String PREF_DB_URL = "dbUrl";
    static final String PREF_DB_USER = "dbUser";

    public AppConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(server, "server");
    }

    /** What the command line said; null where it said nothing. */
    public record CommandLine(Path dataDir, String dbUrl, String dbUser, String dbPassword) {
        public static final CommandLine NONE = new CommandLine(null, null, null, null);
    }

    public static AppConfig resolve(CommandLine cli, Map<String, String> env, Preferences prefs, Path defaultDataDir) {
        Path dataDir = Optional.ofNullable(cli.dataDir())
                .or(() -> nonBlank(env.get(ENV_DATA_DIR)).map(Path::of))
                .or(() -> nonBlank(prefs.get(PREF_DATA_DIR, null)).map(Path::of))
                .orElse(defaultDataDir)
                .toAbsolutePath().normalize();
        Optional<String> url = nonBlank(cli.dbUrl())
                .or(() -> nonBlank(env.get(ENV_DB_URL)))
                .or(() -> nonBlank(prefs.get(PREF_DB_URL, null)));
        Optional<ConnectionSettings> server = url.map(jdbcUrl -> new ConnectionSettings(jdbcUrl,
                nonBlank(cli.dbUser()).or(() -> nonBlank(env.get(ENV_DB_USER)))
                        .or(() -> nonBlank(prefs.get(PREF_DB_USER, null))).orElse(null),
                nonBlank(cli.dbPassword()).or(() -> nonBlank(env.get(ENV_DB_PASSWORD))).orElse(null)));
        return new AppConfig(dataDir, server);
    }

    public boolean embedded() {
        return server.isEmpty();
    }

    /** Where the rolling log files go. */
    public Path logDir() {
        return dataDir.resolve("logs");
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
