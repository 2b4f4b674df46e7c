package id.wacontacts.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.LoggerFactory;

/**
 * A cheap look at whether the database's migration history already holds exactly the migrations
 * this app carries, each applied successfully with the same checksum, so a start can skip Flyway
 * (about a second of class loading, scanning and queries). Anything else (no history, a failed or
 * missing migration, a changed script, a newer app's migration) answers {@code false}, and Flyway
 * then runs as always: migrates, validates, or refuses a newer schema.
 */
final class MigrationHistory {

    /** A migration by what Flyway's history records of it. */
    record Applied(String version, String script, Integer checksum) {
    }

    static final String SQL_FOLDER = "db/migration";
    static final String JAVA_FOLDER = "id/wacontacts/db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9_.]*)__.+\\.(sql|class)");

    private MigrationHistory() {
    }

    /** Whether the history on {@code connection} matches the bundled migrations exactly. */
    static boolean matchesBundled(Connection connection) throws SQLException {
        Set<Applied> applied = applied(connection);
        try {
            return !applied.isEmpty() && applied.equals(bundled());
        } catch (RuntimeException e) {
            // Whatever stops the quick look (an unusual class path), Flyway's full run answers instead.
            LoggerFactory.getLogger(MigrationHistory.class).debug("No quick look at the migrations: {}", e.toString());
            return false;
        }
    }

    /**
     * The successful versioned migrations in the history; a baseline row (an adopted database) is left
     * out. Empty when there is no history, or when any row failed (Flyway must then have its say).
     */
    static Set<Applied> applied(Connection connection) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(
                "SELECT to_regclass('flyway_schema_history') IS NOT NULL");
             ResultSet rs = exists.executeQuery()) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return Set.of();
            }
        }
        Set<Applied> applied = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT version, script, checksum, success, type FROM flyway_schema_history");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                if (!rs.getBoolean(4)) {
                    return Set.of();
                }
                if (rs.getString(5).startsWith("BASELINE") || rs.getString(1) == null) {
                    continue;
                }
                int checksum = rs.getInt(3);
                Integer recorded = rs.wasNull() ? null : checksum;
                applied.add(new Applied(rs.getString(1), rs.getString(2), recorded));
            }
        }
        return applied;
    }

    /** The migrations this app carries, with the checksums Flyway records for them. */
    static Set<Applied> bundled() {
        Set<Applied> bundled = new HashSet<>();
        for (String path : paths(SQL_FOLDER, JAVA_FOLDER)) {
            String folder = path.substring(0, path.lastIndexOf('/'));
            String name = path.substring(folder.length() + 1);
            Matcher matcher = VERSIONED.matcher(name);
            if (!matcher.matches()) {
                continue;
            }
            if (folder.equals(SQL_FOLDER) && name.endsWith(".sql")) {
                bundled.add(new Applied(version(matcher), name, checksum(path)));
            } else if (folder.equals(JAVA_FOLDER) && name.endsWith(".class") && !name.contains("$")) {
                String className = path.substring(0, path.length() - ".class".length()).replace('/', '.');
                bundled.add(new Applied(version(matcher), className, javaChecksum(className)));
            }
        }
        return bundled;
    }

    private static String version(Matcher matcher) {
        return matcher.group(1).replace('_', '.');
    }

    /** Flyway's checksum of a script: CRC-32 over its lines' UTF-8 bytes, line breaks and a leading BOM left out. */
    static int checksum(String resource) {
        CRC32 crc = new CRC32();
        try (InputStream in = Objects.requireNonNull(loader().getResourceAsStream(resource), resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (; line != null; line = reader.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    private static Integer javaChecksum(String className) {
        try {
            Object migration = Class.forName(className, false, loader()).getDeclaredConstructor().newInstance();
            return ((JavaMigration) migration).getChecksum();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot load the migration " + className, e);
        }
    }

    /**
     * The paths of the files directly in these folders of the class path, from folders or from the
     * app's jar; a jar's entries are read once for all the folders.
     */
    private static Set<String> paths(String... folders) {
        Set<String> paths = new HashSet<>();
        Set<String> jarsRead = new HashSet<>();
        try {
            for (String folder : folders) {
                Enumeration<URL> urls = loader().getResources(folder);
                while (urls.hasMoreElements()) {
                    URL url = urls.nextElement();
                    if ("file".equals(url.getProtocol())) {
                        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                            files.forEach(file -> paths.add(folder + "/" + file.getFileName()));
                        }
                    } else if ("jar".equals(url.getProtocol())) {
                        JarURLConnection connection = (JarURLConnection) url.openConnection();
                        connection.setUseCaches(true);
                        JarFile jar = connection.getJarFile();
                        if (jarsRead.add(jar.getName())) {
                            addEntries(jar, folders, paths);
                        }
                    } else {
                        throw new IllegalStateException("Cannot list " + url);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return paths;
    }

    private static void addEntries(JarFile jar, String[] folders, Set<String> paths) {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            String entry = entries.nextElement().getName();
            int slash = entry.lastIndexOf('/');
            if (slash > 0 && slash < entry.length() - 1) {
                String folder = entry.substring(0, slash);
                for (String wanted : folders) {
                    if (folder.equals(wanted)) {
                        paths.add(entry);
                    }
                }
            }
        }
    }

    private static ClassLoader loader() {
        return MigrationHistory.class.getClassLoader();
    }
}
