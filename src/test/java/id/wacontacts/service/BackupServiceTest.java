package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.domain.BackupInfo;
import id.wacontacts.domain.RestoreResult;
import id.wacontacts.service.BackupFileException.Problem;
import id.wacontacts.testsupport.ServiceFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackupServiceTest {

    private static ServiceFixture source;
    private static ServiceFixture target;
    private static BackupService sourceBackups;
    private static BackupService targetBackups;

    @TempDir
    Path folder;

    @BeforeAll
    static void openDatabases() {
        source = ServiceFixture.create("backup_source");
        target = ServiceFixture.create("backup_target");
    }

    @AfterAll
    static void closeDatabases() {
        source.close();
        target.close();
    }

    @BeforeEach
    void fill() {
        sourceBackups = new BackupService(source.database().dataSource(), folder.resolve("backups"), Clock.systemUTC());
        targetBackups = new BackupService(target.database().dataSource(), folder.resolve("backups"), Clock.systemUTC());
        source.reset();
        target.reset();
        // Values COPY's text format must escape, NULL and empty text apart, timestamps to the microsecond
        // that differ from now(), ids with gaps, and sequences ahead of the highest id.
        source.sql("INSERT INTO categories (name, description, created_at, updated_at) VALUES"
                        + " (E'Tab\\there, back\\\\slash', NULL, '2019-03-04 05:06:07.123456', '2020-01-02 03:04:05.000001'),"
                        + " (E'Bandung — Ciumbuleuit 🌸', E'two\\nlines\\r\\nand \\\\N', '2021-06-07 08:09:10', '2021-06-07 08:09:10'),"
                        + " ('\\N', '', '2022-01-01 00:00:00', '2023-01-01 00:00:00')",
                "INSERT INTO phone_numbers (original_number, normalized_number, category_id, created_at, updated_at)"
                        + " SELECT CASE n % 4 WHEN 0 THEN E'0812\\t' || n WHEN 1 THEN '\\.' WHEN 2 THEN E'\\\\' || n"
                        + " ELSE '+62 812-' || n END, '+62812' || lpad(n::text, 8, '0'), 6 + n % 3,"
                        + " timestamp '2024-01-01' + n * interval '1.000001 second', timestamp '2025-01-01' + n * interval '1 minute'"
                        + " FROM generate_series(1, 500) n",
                "DELETE FROM phone_numbers WHERE id % 7 = 0",
                "DELETE FROM categories WHERE name = 'Prospek'",
                "SELECT nextval('phone_numbers_id_seq') FROM generate_series(1, 3)");
    }

    @Test
    void aRestoredBackupHoldsEveryRowAndSequenceExactly() {
        BackupInfo backup = sourceBackups.backup(folder.resolve("all.sql"));

        RestoreResult result = targetBackups.restore(backup.file(), false);

        assertThat(BackupFiles.contents(target.settings())).isEqualTo(BackupFiles.contents(source.settings()));
        assertThat(result.before().empty()).isTrue();
        assertThat(result.earlierContents()).isEmpty();
        assertThat(result.after().phoneNumbers()).isEqualTo(backup.phoneNumbers()).isEqualTo(500 - 500 / 7);
    }

    @Test
    void theHeaderSaysWhatTheFileHolds() {
        BackupInfo backup = sourceBackups.backup(folder.resolve("all.sql"));

        BackupInfo read = targetBackups.inspect(backup.file());

        assertThat(read).isEqualTo(backup);
        assertThat(read.categories()).isEqualTo(7);
        assertThat(read.schemaVersion()).isEqualTo(highestMigration());
        assertThat(read.sizeBytes()).isEqualTo(size(backup.file()));
    }

    @Test
    void psqlLoadsTheBackupIntoAFreshlyMigratedDatabaseAsTheReadmeSays() {
        BackupInfo backup = sourceBackups.backup(folder.resolve("all.sql"));
        try (ServiceFixture fresh = ServiceFixture.create("backup_psql")) {
            BackupFiles.PsqlRun run = BackupFiles.psql(fresh.settings(), backup.file());

            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(BackupFiles.contents(fresh.settings())).isEqualTo(BackupFiles.contents(source.settings()));
        }
    }

    @Test
    void psqlLeavesADatabaseThatHoldsContactsAlone() {
        BackupInfo backup = sourceBackups.backup(folder.resolve("all.sql"));
        target.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id) VALUES ('0811', '+62811', 1)");
        String before = BackupFiles.contents(target.settings());

        BackupFiles.PsqlRun run = BackupFiles.psql(target.settings(), backup.file());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("This database already holds contacts");
        assertThat(BackupFiles.contents(target.settings())).isEqualTo(before);
    }

    @Test
    void psqlLoadsNothingFromACutShortFile() throws IOException {
        Path cut = cutAtHalf(sourceBackups.backup(folder.resolve("all.sql")).file());
        String before = BackupFiles.contents(target.settings());

        BackupFiles.psql(target.settings(), cut);

        assertThat(BackupFiles.contents(target.settings())).isEqualTo(before);
    }

    @Test
    void aCutShortBackupIsRefusedAndChangesNothing() throws IOException {
        Path cut = cutAtHalf(sourceBackups.backup(folder.resolve("all.sql")).file());
        target.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id) VALUES ('0811', '+62811', 1)");
        String before = BackupFiles.contents(target.settings());

        assertThatThrownBy(() -> targetBackups.restore(cut, true))
                .isInstanceOfSatisfying(BackupFileException.class, e -> assertThat(e.problem()).isEqualTo(Problem.DAMAGED))
                .hasMessageContaining("cut short");
        assertThat(BackupFiles.contents(target.settings())).isEqualTo(before);
    }

    @Test
    void anEditedBackupIsRefusedAndChangesNothing() {
        Path file = sourceBackups.backup(folder.resolve("all.sql")).file();
        BackupFiles.replace(file, "+6281200000001", "+6281200000999");
        String before = BackupFiles.contents(target.settings());

        assertThatThrownBy(() -> targetBackups.restore(file, true))
                .isInstanceOfSatisfying(BackupFileException.class, e -> assertThat(e.problem()).isEqualTo(Problem.DAMAGED))
                .hasMessageContaining("checksum");
        assertThat(BackupFiles.contents(target.settings())).isEqualTo(before);
    }

    @Test
    void aBackupWhoseRowCountDisagreesWithItsHeaderIsRefused() {
        Path file = sourceBackups.backup(folder.resolve("all.sql")).file();
        BackupFiles.replace(file, "-- Categories: 7\n", "-- Categories: 8\n");
        BackupFiles.resign(file);

        assertThatThrownBy(() -> targetBackups.inspect(file))
                .isInstanceOfSatisfying(BackupFileException.class, e -> assertThat(e.problem()).isEqualTo(Problem.DAMAGED))
                .hasMessageContaining("7 categories rows where its header says 8");
    }

    @Test
    void rowsTheDatabaseRefusesRollTheWholeRestoreBack() {
        Path file = sourceBackups.backup(folder.resolve("all.sql")).file();
        // Well-formed and correctly signed, but two numbers are the same: the unique constraint refuses it
        // after the tables were emptied and the categories loaded.
        BackupFiles.replace(file, "\t+6281200000002\t", "\t+6281200000001\t");
        BackupFiles.resign(file);
        target.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id) VALUES ('0811', '+62811', 1)");
        String before = BackupFiles.contents(target.settings());

        assertThatThrownBy(() -> targetBackups.restore(file, true))
                .isInstanceOfSatisfying(BackupFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.REJECTED_BY_DATABASE))
                .hasMessageContaining("nothing was changed")
                .hasMessageContaining("+6281200000001");
        assertThat(BackupFiles.contents(target.settings())).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello\n", "--\n-- PostgreSQL database dump\n--\n", "PGDMP\u0001\u0002", "-- WA Contacts backup"})
    void aFileThatIsNotAWaContactsBackupIsRefused(String text) throws IOException {
        Path file = Files.writeString(folder.resolve("foreign.sql"), text, StandardCharsets.UTF_8);
        String before = BackupFiles.contents(target.settings());

        assertThatThrownBy(() -> targetBackups.restore(file, true))
                .isInstanceOfSatisfying(BackupFileException.class,
                        e -> assertThat(e.problem()).isIn(Problem.NOT_A_BACKUP, Problem.DAMAGED))
                .hasMessageContaining("foreign.sql");
        assertThat(BackupFiles.contents(target.settings())).isEqualTo(before);
    }

    @Test
    void aPgDumpFileIsCalledOneAndRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("dump.sql"), "--\n-- PostgreSQL database dump\n--\n");

        assertThatThrownBy(() -> targetBackups.inspect(file))
                .isInstanceOfSatisfying(BackupFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.NOT_A_BACKUP))
                .hasMessageContaining("pg_dump");
    }

    @Test
    void theSchemaVersionComesFromTheMigrationHistoryAndANewerOneIsRefused() {
        try (ServiceFixture newer = ServiceFixture.create("backup_newer")) {
            newer.sql("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " installed_by, execution_time, success) VALUES (1000, '999.1', 'from a later app', 'SQL',"
                    + " 'V999_1__later.sql', current_user, 0, true)");
            BackupInfo backup = new BackupService(newer.database().dataSource(), folder.resolve("backups"), Clock.systemUTC())
                    .backup(folder.resolve("newer.sql"));
            String before = BackupFiles.contents(target.settings());

            assertThat(backup.schemaVersion()).isEqualTo("999.1");
            assertThatThrownBy(() -> targetBackups.preview(backup.file()))
                    .isInstanceOfSatisfying(BackupFileException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.NEWER_VERSION))
                    .hasMessageContaining("newer version of WA Contacts");
            assertThatThrownBy(() -> targetBackups.restore(backup.file(), true))
                    .isInstanceOf(BackupFileException.class);
            assertThat(BackupFiles.contents(target.settings())).isEqualTo(before);
        }
    }

    @Test
    void aDatabaseHoldingContactsIsLeftAloneWithoutReplace() {
        Path file = sourceBackups.backup(folder.resolve("all.sql")).file();
        target.sql("INSERT INTO categories (name) VALUES ('Arisan')");
        String before = BackupFiles.contents(target.settings());

        assertThat(targetBackups.preview(file).replacesContents()).isTrue();
        assertThatThrownBy(() -> targetBackups.restore(file, false))
                .isInstanceOfSatisfying(DatabaseNotEmptyException.class,
                        e -> assertThat(e.contents().categories()).isEqualTo(6));
        assertThat(BackupFiles.contents(target.settings())).isEqualTo(before);
    }

    @Test
    void replacingSavesTheReplacedContentsFirstAndThatCopyRestoresThem() {
        Path file = sourceBackups.backup(folder.resolve("all.sql")).file();
        target.sql("INSERT INTO categories (name) VALUES ('Arisan')",
                "INSERT INTO phone_numbers (original_number, normalized_number, category_id) VALUES ('0811', '+62811', 6)");
        String replaced = BackupFiles.contents(target.settings());

        RestoreResult result = targetBackups.restore(file, true);

        assertThat(result.before().phoneNumbers()).isEqualTo(1);
        assertThat(result.earlierContents()).hasValueSatisfying(saved -> {
            assertThat(saved.getParent()).isEqualTo(folder.resolve("backups"));
            assertThat(saved.getFileName().toString()).startsWith("wa-contacts-before-restore-");
        });
        assertThat(BackupFiles.contents(target.settings())).isEqualTo(BackupFiles.contents(source.settings()));

        targetBackups.restore(result.earlierContents().orElseThrow(), true);
        assertThat(BackupFiles.contents(target.settings())).isEqualTo(replaced);
    }

    @Test
    void aBackupIsOneSnapshotWhileOthersKeepAddingCategoriesWithTheirNumbers() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            for (int i = 0; writing.get(); i++) {
                // One transaction: a category and its 50 numbers appear together or not at all.
                source.sql("WITH c AS (INSERT INTO categories (name) VALUES ('batch " + i + "') RETURNING id)"
                        + " INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                        + " SELECT 'x', '+6285' || lpad((" + i + " * 100 + n)::text, 9, '0'), c.id FROM c, generate_series(1, 50) n");
            }
        });
        writer.start();
        try {
            for (int i = 0; i < 5; i++) {
                Path file = sourceBackups.backup(folder.resolve("busy-" + i + ".sql")).file();
                target.reset();
                targetBackups.restore(file, false);
                target.sql("CREATE TABLE uneven AS SELECT c.name FROM categories c JOIN phone_numbers p ON p.category_id = c.id"
                        + " WHERE c.name LIKE 'batch %' GROUP BY c.name HAVING count(*) <> 50");
                assertThat(BackupFiles.contents(target.settings())).isNotEmpty();
                assertThat(count(target, "uneven")).isZero();
                target.sql("DROP TABLE uneven");
            }
        } finally {
            writing.set(false);
            writer.join();
        }
    }

    @Test
    void aFailedBackupLeavesNoFileBehind() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");

        assertThatThrownBy(() -> sourceBackups.backup(notAFolder.resolve("all.sql")))
                .isInstanceOfSatisfying(BackupFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.FILE_ACCESS));
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(notAFolder);
        }
    }

    private static long count(ServiceFixture fixture, String table) {
        try (var connection = java.sql.DriverManager.getConnection(fixture.settings().jdbcUrl(),
                fixture.settings().user(), fixture.settings().password());
             var rs = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String highestMigration() {
        try (var connection = java.sql.DriverManager.getConnection(source.settings().jdbcUrl(),
                source.settings().user(), source.settings().password());
             var rs = connection.createStatement().executeQuery(
                     "SELECT max(version::int) FROM flyway_schema_history WHERE success")) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path cutAtHalf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Path cut = file.resolveSibling("cut.sql");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        return cut;
    }
}
