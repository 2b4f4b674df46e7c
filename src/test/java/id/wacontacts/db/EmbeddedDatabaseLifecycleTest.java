package id.wacontacts.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.testsupport.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Starting, stopping and restarting servers on their own data folders: each test starts its own. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class EmbeddedDatabaseLifecycleTest {

    private Path dataDirectory;
    private final List<EmbeddedDatabase> started = new ArrayList<>();

    @BeforeEach
    void makeDataDirectory() {
        dataDirectory = TestDatabase.newDataDirectory("lifecycle");
    }

    @AfterEach
    void stopAndDelete() {
        started.forEach(EmbeddedDatabase::close);
        // A failed crash test must not leave its server running.
        LeftoverServer.runningServer(dataDirectory.resolve("pgdata"))
                .ifPresent(server -> LeftoverServer.stopIfRunning(dataDirectory.resolve("pgdata"), TestDatabase.binariesDirectory()));
        TestDatabase.deleteRecursively(dataDirectory);
    }

    @Test
    void keepsDataAcrossStopAndStart() throws SQLException {
        EmbeddedDatabase first = start();
        execute(first, "CREATE TABLE note (text varchar(100) NOT NULL)", "INSERT INTO note VALUES ('kept')");
        String secret = first.connectionSettings().password();
        first.close();

        assertThat(dataDirectory.resolve("pgdata/PG_VERSION")).exists();
        assertThat(dataDirectory.resolve("pgdata/postmaster.pid")).doesNotExist();

        EmbeddedDatabase second = start();
        assertThat(notes(second)).containsExactly("kept");
        assertThat(second.connectionSettings().password()).isEqualTo(secret);
        assertThat(second.startupTimings().createdCluster()).isFalse();
    }

    @Test
    void closeStopsTheServerAndCanBeCalledAgain() throws Exception {
        EmbeddedDatabase database = start();
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("pgdata/postmaster.pid")).get(0).strip());

        // As at exit, when the shutdown hook closes too: whichever call comes second waits for the first.
        Thread concurrentClose = new Thread(database::close);
        concurrentClose.start();
        database.close();

        assertThat(ProcessHandle.of(pid).filter(LeftoverServer::isRunning)).isEmpty();
        assertThatThrownBy(() -> connect(database)).isInstanceOf(SQLException.class);
        concurrentClose.join();
        database.close();
    }

    @Test
    void startsOverThePidFileOfAServerThatIsGone() throws Exception {
        EmbeddedDatabase first = start();
        execute(first, "CREATE TABLE note (text varchar(100) NOT NULL)", "INSERT INTO note VALUES ('survived')");
        Path pidFile = dataDirectory.resolve("pgdata/postmaster.pid");
        byte[] pidFileOfRunningServer = Files.readAllBytes(pidFile);
        first.close();
        // What a power cut leaves behind: the pid file of a process that no longer exists.
        Files.write(pidFile, pidFileOfRunningServer);

        EmbeddedDatabase second = start();

        assertThat(notes(second)).containsExactly("survived");
    }

    @Test
    void refusesWhileAnotherApplicationRunsThenRecoversItsServerOnceKilled() throws Exception {
        Process application = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                KilledApplication.class.getName(),
                dataDirectory.toString(), TestDatabase.binariesDirectory().toString())
                .redirectErrorStream(true)
                .start();
        try {
            awaitReady(application);
            assertThatThrownBy(this::start).as("start while the other application runs")
                    .isInstanceOfSatisfying(DatabaseStartException.class, e -> assertThat(e.problem())
                            .isEqualTo(DatabaseStartException.Problem.ALREADY_RUNNING));
        } finally {
            application.destroyForcibly().waitFor();
        }
        Optional<ProcessHandle> leftover = LeftoverServer.runningServer(dataDirectory.resolve("pgdata"));
        assertThat(leftover).as("server left running by the killed application").isPresent();

        EmbeddedDatabase database = start();

        assertThat(notes(database)).containsExactly("written before the crash");
        assertThat(LeftoverServer.isRunning(leftover.get())).isFalse();
    }

    @Test
    void explainsAPidFileThatNamesAnotherProgram() throws Exception {
        EmbeddedDatabase first = start();
        Path pidFile = dataDirectory.resolve("pgdata/postmaster.pid");
        List<String> lines = new ArrayList<>(Files.readAllLines(pidFile));
        first.close();
        // After a crash and a reboot, the server's old pid can belong to any program.
        lines.set(0, Long.toString(ProcessHandle.current().pid()));
        Files.write(pidFile, lines);

        assertThatThrownBy(this::start)
                .isInstanceOfSatisfying(DatabaseStartException.class, e -> assertThat(e.problem())
                        .isEqualTo(DatabaseStartException.Problem.EMBEDDED_START_FAILED))
                .hasMessageContaining("names process " + ProcessHandle.current().pid());
        assertThat(pidFile).exists();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void refusesAClusterOfAnotherPostgresVersion() throws Exception {
        Path cluster = Files.createDirectories(dataDirectory.resolve("pgdata"));
        Files.writeString(cluster.resolve("PG_VERSION"), "14\n");
        Files.writeString(cluster.resolve("postgresql.conf"), "");

        assertThatThrownBy(this::start)
                .isInstanceOfSatisfying(DatabaseStartException.class, e -> assertThat(e.problem())
                        .isEqualTo(DatabaseStartException.Problem.UNSUPPORTED_VERSION))
                .hasMessageContaining("PostgreSQL 14");
        assertThat(cluster.resolve("PG_VERSION")).hasContent("14");
    }

    @Test
    void refusesADataFolderThatCannotBeCreated() throws Exception {
        Path file = Files.writeString(dataDirectory.resolve("a-file"), "not a folder");

        assertThatThrownBy(() -> EmbeddedDatabase.start(file.resolve("data"), TestDatabase.binariesDirectory()))
                .isInstanceOfSatisfying(DatabaseStartException.class, e -> assertThat(e.problem())
                        .isEqualTo(DatabaseStartException.Problem.DATA_DIR_UNUSABLE));
    }

    @Test
    void refusesAnInterruptedClusterCreation() throws Exception {
        Path cluster = Files.createDirectories(dataDirectory.resolve("pgdata"));
        Files.createDirectories(cluster.resolve("base"));

        assertThatThrownBy(this::start)
                .isInstanceOfSatisfying(DatabaseStartException.class, e -> assertThat(e.problem())
                        .isEqualTo(DatabaseStartException.Problem.DATA_DIR_UNUSABLE))
                .hasMessageContaining("incomplete");
    }

    @Test
    void refusesAClusterWhosePasswordFileIsGone() throws Exception {
        Path cluster = Files.createDirectories(dataDirectory.resolve("pgdata"));
        Files.writeString(cluster.resolve("PG_VERSION"), "15\n");
        Files.writeString(cluster.resolve("postgresql.conf"), "");

        assertThatThrownBy(this::start)
                .isInstanceOfSatisfying(DatabaseStartException.class, e -> assertThat(e.problem())
                        .isEqualTo(DatabaseStartException.Problem.DATA_DIR_UNUSABLE))
                .hasMessageContaining("password file");
    }

    private EmbeddedDatabase start() {
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, TestDatabase.binariesDirectory());
        started.add(database);
        return database;
    }

    private static void awaitReady(Process application) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = output.readLine()) != null) {
            if (line.equals("READY")) {
                return;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("The child application ended before it was ready:\n" + seen);
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        ConnectionSettings settings = database.connectionSettings();
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }

    private static void execute(EmbeddedDatabase database, String... statements) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> notes(EmbeddedDatabase database) throws SQLException {
        List<String> notes = new ArrayList<>();
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT text FROM note")) {
            while (rows.next()) {
                notes.add(rows.getString(1));
            }
        }
        return notes;
    }
}
