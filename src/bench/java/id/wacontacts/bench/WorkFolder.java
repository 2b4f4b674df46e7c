package id.wacontacts.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A benchmark's scratch folder (its database of a gigabyte or more), removed when the benchmark
 * ends so that repeated runs neither fill the disk nor slow each other through the page cache.
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
    public void close() throws IOException {
        if (Boolean.getBoolean("bench.keep")) {
            System.out.println("kept " + path);
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
