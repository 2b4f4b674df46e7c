package id.wacontacts.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The user's own folders, where files the user keeps are offered to be saved. */
public final class UserFolders {

    private static final Pattern XDG_DOCUMENTS = Pattern.compile("^XDG_DOCUMENTS_DIR=\"(.*)\"\\s*$");

    private UserFolders() {
    }

    /** The documents folder (on Linux the desktop's own, e.g. {@code ~/Dokumen}), else the home folder. */
    public static Path documents() {
        Path home = Path.of(System.getProperty("user.home"));
        Path configured = xdgDocuments(home);
        for (Path candidate : configured == null ? List.of(home.resolve("Documents"))
                : List.of(configured, home.resolve("Documents"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return home;
    }

    private static Path xdgDocuments(Path home) {
        String config = System.getenv("XDG_CONFIG_HOME");
        Path file = (config == null || config.isBlank() ? home.resolve(".config") : Path.of(config))
                .resolve("user-dirs.dirs");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                Matcher matcher = XDG_DOCUMENTS.matcher(line);
                if (matcher.matches()) {
                    return Path.of(matcher.group(1).replace("$HOME", home.toString()));
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
