package id.wacontacts.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder and what the app keeps in it are its owner's alone; other files are left as they are. */
class PrivateFoldersTest {

    @TempDir
    Path root;

    @BeforeEach
    void posixOnly() {
        assumeTrue(Files.getFileAttributeView(root, PosixFileAttributeView.class) != null, "POSIX permissions");
    }

    @Test
    void aNewDataFolderAndItsLogFileAreCreatedOwnerOnly() throws IOException {
        Path data = root.resolve("share").resolve("wa-contacts");

        PrivateFolders.secureDataFolder(data);
        PrivateFolders.createFolder(data.resolve("logs"));
        PrivateFolders.createFile(data.resolve("logs").resolve("wa-contacts.log"));

        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(data.resolve("logs"))).isEqualTo("rwx------");
        assertThat(mode(data.resolve("logs").resolve("wa-contacts.log"))).isEqualTo("rw-------");
    }

    @Test
    void anOpenDataFolderIsTightenedWithItsLockLogsAndBackups() throws IOException {
        Path data = folder(root.resolve("wa-contacts"), "rwxr-xr-x");
        Path lock = file(data.resolve("wa-contacts.lock"), "rw-r--r--");
        Path logs = folder(data.resolve("logs"), "rwxr-xr-x");
        Path log = file(logs.resolve("wa-contacts.log"), "rw-r--r--");
        Path rolled = file(logs.resolve("wa-contacts.2026-12-05.0.log.gz"), "rw-rw-rw-");
        Path backups = folder(data.resolve("backups"), "rwxrwxrwx");
        Path backup = file(backups.resolve("wa-contacts-2026-12-05.sql"), "rw-r--r--");

        PrivateFolders.secureDataFolder(data);

        for (Path folder : new Path[] {data, logs, backups}) {
            assertThat(mode(folder)).as(folder.toString()).isEqualTo("rwx------");
        }
        for (Path file : new Path[] {lock, log, rolled, backup}) {
            assertThat(mode(file)).as(file.toString()).isEqualTo("rw-------");
        }
    }

    @Test
    void theClusterAndFilesThatAreNotTheAppsAreLeftAlone() throws IOException {
        Path data = folder(root.resolve("data"), "rwxr-xr-x");
        Path cluster = folder(data.resolve("pgdata"), "rwxr-x---");
        Path script = file(data.resolve("notes.sh"), "rwxr-xr-x");

        PrivateFolders.secureDataFolder(data);

        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(cluster)).isEqualTo("rwxr-x---");
        assertThat(mode(script)).isEqualTo("rwxr-xr-x");
    }

    private static Path folder(Path path, String mode) throws IOException {
        Files.createDirectories(path);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        return path;
    }

    private static Path file(Path path, String mode) throws IOException {
        Files.writeString(path, "x");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        return path;
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
