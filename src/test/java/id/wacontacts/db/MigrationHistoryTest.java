package id.wacontacts.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.testsupport.FreshDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The quick look that lets a start skip Flyway: it must see exactly what Flyway recorded (the same
 * checksums), and answer "not current" for any difference, so that Flyway then has its say.
 */
class MigrationHistoryTest {

    @Test
    void aMigratedDatabaseHoldsExactlyTheBundledMigrationsWithFlywaysChecksums() throws Exception {
        ConnectionSettings settings = FreshDatabases.create("history_current");
        try (Database database = Database.open(settings);
             Connection connection = database.dataSource().getConnection()) {
            Set<MigrationHistory.Applied> bundled = MigrationHistory.bundled();
            assertThat(bundled).extracting(MigrationHistory.Applied::version).contains("1", "4", "5");
            assertThat(MigrationHistory.applied(connection)).isEqualTo(bundled);
            assertThat(MigrationHistory.matchesBundled(connection)).isTrue();
        }
    }

    @Test
    void aCurrentHistoryOpensWithoutRunningFlyway() throws Exception {
        ConnectionSettings settings = FreshDatabases.create("history_skip");
        Database.open(settings).close();
        // Flyway's validation would refuse this renamed description; the quick look compares versions,
        // scripts and checksums only, so opening succeeding shows that Flyway did not run.
        FreshDatabases.execute(settings, "UPDATE flyway_schema_history SET description = 'renamed' WHERE version = '2'");
        try (Database reopened = Database.open(settings)) {
            assertThat(reopened.trigramSearch()).isTrue();
        }
        FreshDatabases.execute(settings, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '2'");
        assertThatThrownBy(() -> Database.open(settings)).isInstanceOf(DatabaseStartException.class);
    }

    @Test
    void aDatabaseWithoutHistoryIsNotCurrent() throws Exception {
        ConnectionSettings settings = FreshDatabases.create("history_none");
        try (Connection connection = connect(settings)) {
            assertThat(MigrationHistory.matchesBundled(connection)).isFalse();
        }
    }

    @Test
    void aMissingOrFailedMigrationIsNotCurrent() throws Exception {
        ConnectionSettings settings = FreshDatabases.create("history_missing");
        Database.open(settings).close();
        String newest = "(SELECT max(installed_rank) FROM flyway_schema_history)";
        FreshDatabases.execute(settings, "UPDATE flyway_schema_history SET success = false WHERE installed_rank = " + newest);
        try (Connection connection = connect(settings)) {
            assertThat(MigrationHistory.matchesBundled(connection)).isFalse();
        }
        FreshDatabases.execute(settings, "DELETE FROM flyway_schema_history WHERE installed_rank = " + newest);
        try (Connection connection = connect(settings)) {
            assertThat(MigrationHistory.matchesBundled(connection)).isFalse();
        }
    }

    @Test
    void aChangedScriptStillReachesFlywayWhichRefusesIt() throws Exception {
        ConnectionSettings settings = FreshDatabases.create("history_changed");
        Database.open(settings).close();
        FreshDatabases.execute(settings, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
        try (Connection connection = connect(settings)) {
            assertThat(MigrationHistory.matchesBundled(connection)).isFalse();
        }
        assertThatThrownBy(() -> Database.open(settings)).isInstanceOf(DatabaseStartException.class);
    }

    @Test
    void aNewerAppsMigrationIsNotCurrentAndStillStopsTheStart() throws Exception {
        ConnectionSettings settings = FreshDatabases.create("history_newer");
        Database.open(settings).close();
        FreshDatabases.execute(settings, "INSERT INTO flyway_schema_history (installed_rank, version, description,"
                + " type, script, checksum, installed_by, execution_time, success)"
                + " VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 1, current_user, 1, true)");
        assertThatThrownBy(() -> Database.open(settings)).isInstanceOf(DatabaseStartException.class)
                .hasMessageContaining("newer version");
    }

    @Test
    void aMissingTrigramIndexIsMadeAgainAlthoughTheHistoryIsCurrent() throws Exception {
        ConnectionSettings settings = FreshDatabases.create("history_trigram");
        Database.open(settings).close();
        FreshDatabases.execute(settings, "DROP INDEX " + TrigramIndexes.NORMALIZED_INDEX);
        try (Database reopened = Database.open(settings)) {
            assertThat(reopened.trigramSearch()).isTrue();
        }
    }

    private static Connection connect(ConnectionSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }
}
