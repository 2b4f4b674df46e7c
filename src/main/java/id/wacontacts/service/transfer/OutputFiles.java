package id.wacontacts.service.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The file or files of one export. Each is written beside its target as {@code name.part} and moved
 * into place only when the whole export succeeded. Split exports number their files after the
 * target's name: {@code kantor.csv} becomes {@code kantor-001.csv}, {@code kantor-002.csv}, ...
 */
final class OutputFiles {

    private final Path target;
    private final boolean numbered;
    private final String extension;
    private final List<Path> targets = new ArrayList<>();

    OutputFiles(Path target, boolean numbered, String extension) {
        this.target = target;
        this.numbered = numbered;
        this.extension = extension;
    }

    /** The part file of the next target. */
    Path next() {
        Path next = numbered ? numberedName(targets.size() + 1) : withExtension(target);
        targets.add(next);
        return part(next);
    }

    List<Path> targets() {
        return List.copyOf(targets);
    }

    void moveIntoPlace() throws IOException {
        for (Path file : targets) {
            Files.move(part(file), file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Whatever is left of a failed or cancelled export. */
    void deleteParts() {
        for (Path file : targets) {
            try {
                Files.deleteIfExists(part(file));
            } catch (IOException ignored) {
                // Left behind only if the folder vanished; nothing to report over the real failure.
            }
        }
    }

    private Path numberedName(int number) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return target.resolveSibling(String.format("%s-%03d.%s", base, number, extension));
    }

    /** A wa.me page is HTML whatever the name chosen; other names are kept as given. */
    private Path withExtension(Path file) {
        String name = file.getFileName().toString();
        if (!extension.equals("html") || name.endsWith(".html") || name.endsWith(".htm")) {
            return file;
        }
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".html");
    }

    private static Path part(Path file) {
        return file.resolveSibling(file.getFileName() + ".part");
    }
}
