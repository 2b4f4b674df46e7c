package id.wacontacts.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.wacontacts.config.AppConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every start, window or command, makes the data folder its owner's before anything is written there. */
class LauncherTest {

    @TempDir
    Path root;

    @Test
    void startingTightensADataFolderOthersCouldOpen() throws IOException {
        assumeTrue(Files.getFileAttributeView(root, PosixFileAttributeView.class) != null, "POSIX permissions");
        Path data = Files.createDirectories(root.resolve("wa-contacts"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path lock = Files.writeString(data.resolve("wa-contacts.lock"), "");
        Files.setPosixFilePermissions(lock, PosixFilePermissions.fromString("rw-r--r--"));

        Launcher.configureLogging(new AppConfig(data, Optional.empty()));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lock))).isEqualTo("rw-------");
    }
}
