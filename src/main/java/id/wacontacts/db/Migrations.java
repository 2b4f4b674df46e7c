package id.wacontacts.db;

import id.wacontacts.db.DatabaseStartException.Problem;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date at every start. A database the original system made (its
 * tables, no history) is adopted at version 0, so every migration runs over it and adds what is
 * missing; a history written by a newer app stops the start instead of being ignored.
 */
final class Migrations {

    private static final Logger log = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    static Flyway configure(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:id/wacontacts/db/migration")
                .callbacks(new TrigramRetry())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("adopted database made by the original system")
                .cleanDisabled(true)
                .load();
    }

    static MigrateResult migrate(DataSource dataSource) {
        Flyway flyway = configure(dataSource);
        refuseNewerSchema(flyway);
        MigrateResult result = flyway.migrate();
        log.info("Schema at version {} ({} migration(s) applied now)",
                flyway.info().current() == null ? "none" : flyway.info().current().getVersion(),
                result.migrationsExecuted);
        return result;
    }

    private static void refuseNewerSchema(Flyway flyway) {
        String newer = Arrays.stream(flyway.info().applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion)
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
        if (!newer.isEmpty()) {
            throw new DatabaseStartException(Problem.SCHEMA_NEWER,
                    "This database was updated by a newer version of WA Contacts (schema version " + newer
                            + "). Install that version to open it; this one would not understand it.");
        }
    }
}
