package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.RestoreResult;
import id.wacontacts.testsupport.ServiceFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What a backup or restore leaves on disk: private files and folder, and no endless safety copies. */
class BackupFolderTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-03-14T12:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("backup_folder");

    @TempDir
    Path dataDir;

    private Path folder;
    private BackupService backups;

    @BeforeEach
    void fill() {
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " VALUES ('0811 1111 1111', '+6281111111111', 1)");
        folder = dataDir.resolve("backups");
        backups = new BackupService(fixture.database().dataSource(), folder, NOON);
    }

    @Test
    void aBackupMadeByHandIsReadableByItsOwnerOnlyEvenOverAFileOthersCouldRead() throws IOException {
        Path chosen = Files.createDirectories(dataDir.resolve("Documents")).resolve("customers.sql");
        Files.writeString(chosen, "an older copy");
        Files.setPosixFilePermissions(chosen, PosixFilePermissions.fromString("rw-r--r--"));

        backups.backup(chosen);

        assertThat(Files.getPosixFilePermissions(chosen)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aSafetyCopyIsReadableByItsOwnerOnlyInAPrivateFolder() throws IOException {
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = backups.backup(dataDir.resolve("one.sql")).file();

        RestoreResult result = backups.restore(file, true);

        assertThat(Files.getPosixFilePermissions(result.earlierContents().orElseThrow()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void onlyTheNewestFiveSafetyCopiesAreKeptAndNeverTheFileBeingRestored() throws IOException {
        Files.createDirectories(folder);
        List<Path> older = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            older.add(Files.writeString(folder.resolve(String.format(
                    "wa-contacts-before-restore-2026-03-%02d-101010.sql", day)), "old"));
        }
        Path sameSecond = Files.writeString(folder.resolve("wa-contacts-before-restore-2026-03-07-101010-2.sql"), "old");
        Path usersOwn = Files.writeString(folder.resolve("before-moving-office.sql"), "keep");
        // The oldest copy is the one being restored: it must survive its own restore.
        Path restored = older.get(0);
        backups.backup(restored);

        RestoreResult result = backups.restore(restored, true);

        Path made = result.earlierContents().orElseThrow();
        assertThat(made.getFileName()).hasToString("wa-contacts-before-restore-2026-03-14-120000.sql");
        assertThat(BackupFolder.safetyCopies(folder)).containsExactly(made, sameSecond, older.get(6), older.get(5),
                older.get(4), restored);
        assertThat(usersOwn).exists();
    }
}
