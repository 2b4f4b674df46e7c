package id.wacontacts.bench;

import id.wacontacts.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A benchmark's scratch folder (its database of a gigabyte or more), removed when the benchmark
 * ends so that repeated runs do not fill the disk (each import run leaves about 1.3 GB).
 * {@code -Dbench.keep=true} keeps it for inspection.
 */
final class WorkFolder implements AutoCloseable {

    private final Path path;

    private WorkFolder(Path path) {
        this.path = path;
    }

    static WorkFolder create(Path parent, String prefix) throws IOException {
        return new WorkFolder(Files.createTempDirectory(Files.createDirectories(parent), prefix).toAbsolutePath());
    }

    static WorkFolder createInTemp(String prefix) throws IOException {
        return new WorkFolder(Files.createTempDirectory(prefix).toAbsolutePath());
    }

    Path path() {
        return path;
    }

    /** Deletes the folder and everything in it; call after the database in it has stopped. */
    @Override
    public void close() {
        if (Boolean.getBoolean("bench.keep")) {
            System.out.println("kept " + path);
            return;
        }
        TestDatabase.deleteRecursively(path);
    }
}
