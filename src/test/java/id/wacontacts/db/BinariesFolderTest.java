package id.wacontacts.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.wacontacts.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/** The unpacked PostgreSQL binaries are the user's alone, though the library makes their folder writable for all. */
class BinariesFolderTest {

    @Test
    void theBinariesFolderIsOwnerOnlyOnceTheServerRuns() throws IOException {
        Path binaries = TestDatabase.binariesDirectory();
        assumeTrue(Files.getFileAttributeView(binaries.getParent(), PosixFileAttributeView.class) != null,
                "POSIX permissions");

        assertThat(TestDatabase.embedded().isRunning()).isTrue();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(binaries))).isEqualTo("rwx------");
    }
}
