package id.wacontacts.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.wacontacts.testsupport.TestDatabase;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A full disk under the data folder is said at once, instead of waiting the start-up time for a server
 * that cannot start. Needs a small disk of its own: a tmpfs, which only root may mount; skipped otherwise.
 */
class DiskFullStartTest {

    private Path mountPoint;

    @Test
    void aNewDataFolderOnAFullDiskSaysTheDiskIsFull() throws Exception {
        Path data = smallDisk("8m");

        Throwable failure = timed(() -> EmbeddedDatabase.start(data, TestDatabase.binariesDirectory()).close());

        assertThat(failure).isInstanceOfSatisfying(DatabaseStartException.class, e -> {
            assertThat(e.problem()).isEqualTo(DatabaseStartException.Problem.DISK_FULL);
            assertThat(e.getMessage()).contains("is full").contains(data.toString());
        });
    }

    @Test
    void aClusterWhoseDiskFilledUpSaysSoAtTheNextStart() throws Exception {
        Path data = smallDisk("120m");
        EmbeddedDatabase.start(data, TestDatabase.binariesDirectory()).close();
        fillUp(data.resolve("filler.bin"));

        Throwable failure = timed(() -> EmbeddedDatabase.start(data, TestDatabase.binariesDirectory()).close());

        assertThat(failure).isInstanceOfSatisfying(DatabaseStartException.class,
                e -> assertThat(e.problem()).isEqualTo(DatabaseStartException.Problem.DISK_FULL));
    }

    /** Runs a start that must fail, and fail within seconds rather than the 60 s start-up wait. */
    private static Throwable timed(org.assertj.core.api.ThrowableAssert.ThrowingCallable start) {
        long begin = System.nanoTime();
        Throwable failure = catchThrowable(start);
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(10));
        return failure;
    }

    private Path smallDisk(String size) throws Exception {
        Path folder = TestDatabase.newDataDirectory("disk-full");
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "tmpfs", folder.toString()) == 0,
                "mounting a tmpfs needs root");
        mountPoint = folder;
        return folder.resolve("data");
    }

    /** Writes until the disk refuses more. */
    private static void fillUp(Path file) throws IOException {
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] block = new byte[1 << 16];
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertThat(DiskSpace.usable(file.getParent())).isLessThan(1 << 16);
        }
    }

    @AfterEach
    void unmount() throws Exception {
        if (mountPoint != null) {
            run("umount", "-l", mountPoint.toString());
            TestDatabase.deleteRecursively(mountPoint);
        }
    }

    private static int run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
