package id.wacontacts.cli;

import id.wacontacts.config.AppConfig;
import id.wacontacts.config.AppPaths;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options every command shares, accepted before or after the command name. */
public final class DatabaseOptions {

    /** The preferences node the app keeps its settings in. */
    public static final String PREFERENCES_NODE = "/id/wacontacts";

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder for the embedded database, logs and backups (env WA_DATA_DIR).")
    Path dataDir;

    @Option(names = "--db-url", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL",
            description = "Use this PostgreSQL server instead of the embedded one, e.g. "
                    + "jdbc:postgresql://server:5432/wa_db (env WA_DB_URL).")
    String dbUrl;

    @Option(names = "--db-user", scope = ScopeType.INHERIT, paramLabel = "USER",
            description = "User name on the server (env WA_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", scope = ScopeType.INHERIT, paramLabel = "PASSWORD",
            description = "Password on the server (env WA_DB_PASSWORD; without one ~/.pgpass is read).")
    String dbPassword;

    public AppConfig toConfig() {
        return AppConfig.resolve(new AppConfig.CommandLine(dataDir, dbUrl, dbUser, dbPassword), System.getenv(),
                Preferences.userRoot().node(PREFERENCES_NODE), AppPaths.defaultDataDirectory());
    }
}
