package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.BackupInfo;
import id.wacontacts.testsupport.ServiceFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class AutomaticBackupsTest {

    /** 23:30 in Jakarta is still the 14th there, though already 16:30 UTC: the file is named by the local date. */
    private static final Clock JAKARTA_EVENING =
            Clock.fixed(Instant.parse("2026-03-14T16:30:00Z"), ZoneId.of("Asia/Jakarta"));

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("daily_backups");

    @TempDir
    Path dataDir;

    private Path folder;

    @BeforeEach
    void reset() {
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id) VALUES ('0811', '+62811', 1)");
        folder = dataDir.resolve("backups");
    }

    private AutomaticBackups daily(Clock clock) {
        return new AutomaticBackups(new BackupService(fixture.database().dataSource(), folder, clock), clock);
    }

    @Test
    void theFirstUseOfADayWritesThatDaysBackupNamedByTheLocalDate() {
        Optional<BackupInfo> made = daily(JAKARTA_EVENING).runIfDue();

        assertThat(made).hasValueSatisfying(backup -> {
            assertThat(backup.file()).isEqualTo(folder.resolve("wa-contacts-2026-03-14.sql"));
            assertThat(backup.phoneNumbers()).isEqualTo(1);
        });
        assertThat(Files.exists(folder.resolve("wa-contacts-2026-03-14.sql"))).isTrue();
    }

    @Test
    void laterUsesOnTheSameDayWriteNothingMore() throws IOException {
        daily(JAKARTA_EVENING).runIfDue();
        Instant written = Files.getLastModifiedTime(folder.resolve("wa-contacts-2026-03-14.sql")).toInstant();

        assertThat(daily(JAKARTA_EVENING).runIfDue()).isEmpty();
        assertThat(Files.getLastModifiedTime(folder.resolve("wa-contacts-2026-03-14.sql")).toInstant()).isEqualTo(written);
    }

    @Test
    void onlyTheNewestFourteenDailyBackupsAreKeptAndOtherFilesAreLeftAlone() throws IOException {
        Files.createDirectories(folder);
        LocalDate today = LocalDate.of(2026, 3, 14);
        for (int daysAgo = 1; daysAgo <= 20; daysAgo++) {
            Files.writeString(folder.resolve("wa-contacts-" + today.minusDays(daysAgo) + ".sql"), "old");
        }
        Path safetyCopy = Files.writeString(folder.resolve("wa-contacts-before-restore-2026-01-01-101010.sql"), "keep");
        Path usersOwn = Files.writeString(folder.resolve("before-moving-office.sql"), "keep");

        daily(JAKARTA_EVENING).runIfDue();

        assertThat(daily(JAKARTA_EVENING).dailyBackups()).hasSize(AutomaticBackups.KEPT)
                .first().isEqualTo(folder.resolve("wa-contacts-2026-03-14.sql"));
        assertThat(daily(JAKARTA_EVENING).dailyBackups()).last()
                .isEqualTo(folder.resolve("wa-contacts-" + today.minusDays(13) + ".sql"));
        assertThat(safetyCopy).exists();
        assertThat(usersOwn).exists();
    }

    @Test
    void aDatabaseWithNothingOfTheUsersIsNotBackedUpSoItCannotPushRealBackupsOut() {
        fixture.reset();

        assertThat(daily(JAKARTA_EVENING).runIfDue()).isEmpty();
        assertThat(daily(JAKARTA_EVENING).dailyBackups()).isEmpty();
    }

    @Test
    void theLastBackupIsTheNewestDailyOneWithItsHeader() {
        Clock dayBefore = Clock.offset(JAKARTA_EVENING, java.time.Duration.ofDays(-1));
        daily(dayBefore).runIfDue();
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id) VALUES ('0812', '+62812', 1)");
        daily(JAKARTA_EVENING).runIfDue();

        assertThat(daily(JAKARTA_EVENING).lastBackup()).hasValueSatisfying(last -> {
            assertThat(last.file().getFileName()).hasToString("wa-contacts-2026-03-14.sql");
            assertThat(last.phoneNumbers()).isEqualTo(2);
        });
    }

    @Test
    void thereIsNoLastBackupBeforeTheFirst() {
        assertThat(daily(JAKARTA_EVENING).lastBackup()).isEmpty();
    }

    @Test
    void anUnfinishedBackupLeftByACrashIsRemoved() throws IOException {
        Files.createDirectories(folder);
        Path leftover = Files.writeString(folder.resolve(".wa-contacts-2026-03-13.sql.123.partial"), "half");
        Files.setLastModifiedTime(leftover, java.nio.file.attribute.FileTime.from(Instant.parse("2026-03-13T01:00:00Z")));

        daily(JAKARTA_EVENING).runIfDue();

        assertThat(leftover).doesNotExist();
    }

    @Test
    void unfinishedBackupsOlderThanThisProcessAreRemovedAtStartEvenWhenTodaysBackupExists() throws IOException {
        daily(JAKARTA_EVENING).runIfDue();
        Instant processStart = ProcessHandle.current().info().startInstant().orElseThrow();
        Path killed = Files.writeString(folder.resolve(".wa-contacts-2026-03-14.sql.4711.partial"), "half");
        Files.setLastModifiedTime(killed, FileTime.from(processStart.minusSeconds(60)));
        Path killedRestoreCopy = Files.writeString(
                folder.resolve(".wa-contacts-before-restore-2026-03-14-101010.sql.815.partial"), "half");
        Files.setLastModifiedTime(killedRestoreCopy, FileTime.from(processStart.minusSeconds(60)));
        Path beingWritten = Files.writeString(folder.resolve(".wa-contacts-2026-03-15.sql.99.partial"), "half");
        Path usersOwn = Files.writeString(folder.resolve(".notes.partial"), "keep");
        Files.setLastModifiedTime(usersOwn, FileTime.from(processStart.minusSeconds(60)));

        assertThat(daily(JAKARTA_EVENING).runIfDue()).isEmpty();

        assertThat(killed).doesNotExist();
        assertThat(killedRestoreCopy).doesNotExist();
        assertThat(beingWritten).exists();
        assertThat(usersOwn).exists();
    }

    @Test
    void dailyBackupsAreReadableByTheirOwnerOnlyInAPrivateFolder() throws IOException {
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));

        Optional<BackupInfo> made = daily(JAKARTA_EVENING).runIfDue();

        assertThat(Files.getPosixFilePermissions(made.orElseThrow().file()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }
}
