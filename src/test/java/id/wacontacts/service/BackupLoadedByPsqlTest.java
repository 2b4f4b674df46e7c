package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.domain.BackupInfo;
import id.wacontacts.testsupport.FreshDatabases;
import id.wacontacts.testsupport.ServiceFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup holding hostile category names, loaded with plain {@code psql -f} (no ON_ERROR_STOP on the
 * command line) into a database its guard refuses: nothing in the file may run.
 */
class BackupLoadedByPsqlTest {

    private static final String WIPING_NAME = "x;ROLLBACK;TRUNCATE phone_numbers CASCADE;TRUNCATE categories CASCADE;--";

    private static ServiceFixture source;
    private static ServiceFixture target;

    @TempDir
    Path folder;

    private Path backup;

    @BeforeAll
    static void openDatabases() {
        source = ServiceFixture.create("psql_source");
        target = ServiceFixture.create("psql_target");
    }

    @AfterAll
    static void closeDatabases() {
        source.close();
        target.close();
    }

    @BeforeEach
    void backUpHostileNames() {
        source.reset();
        target.reset();
        source.sql("INSERT INTO categories (name, description) VALUES ('" + WIPING_NAME + "', E'a;\\nCOMMIT;'),"
                        + " (E'tab\\there', NULL)",
                "INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                        + " SELECT '0812' || n, '+62812' || lpad(n::text, 8, '0'), (SELECT max(id) FROM categories)"
                        + " FROM generate_series(1, 20) n");
        backup = new BackupService(source.database().dataSource(), folder.resolve("backups"), Clock.systemUTC())
                .backup(folder.resolve("hostile.sql")).file();
        target.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " VALUES ('0811 1111 1111', '+6281111111111', 1)");
    }

    @Test
    void plainPsqlRunsNothingInADatabaseThatHoldsContacts() {
        String before = BackupFiles.contents(target.settings());

        BackupFiles.PsqlRun run = BackupFiles.plainPsql(target.settings(), backup);

        assertThat(run.output()).contains("This database already holds contacts")
                .doesNotContain("TRUNCATE TABLE").doesNotContain("Tuples only");
        assertThat(BackupFiles.contents(target.settings())).isEqualTo(before);
    }

    @Test
    void plainPsqlRunsNothingInADatabaseTheAppNeverSetUp() {
        ConnectionSettings original = FreshDatabases.create("psql_never_set_up");
        FreshDatabases.execute(original,
                "CREATE TABLE categories (id SERIAL PRIMARY KEY, name VARCHAR(100) NOT NULL UNIQUE, description TEXT,"
                        + " created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP, updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP)",
                "CREATE TABLE phone_numbers (id SERIAL PRIMARY KEY, original_number VARCHAR(50) NOT NULL,"
                        + " normalized_number VARCHAR(20) NOT NULL UNIQUE, category_id INTEGER NOT NULL REFERENCES"
                        + " categories(id) ON DELETE CASCADE ON UPDATE CASCADE,"
                        + " created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP, updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP)",
                "INSERT INTO categories (name) VALUES ('Lama')",
                "INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                        + " SELECT '0813' || n, '+62813' || lpad(n::text, 8, '0'), 1 FROM generate_series(1, 50) n");
        String before = BackupFiles.contents(original);

        BackupFiles.PsqlRun run = BackupFiles.plainPsql(original, backup);

        assertThat(run.output()).contains("This database was not set up by WA Contacts")
                .doesNotContain("TRUNCATE TABLE").doesNotContain("Tuples only");
        assertThat(BackupFiles.contents(original)).isEqualTo(before);
    }

    @Test
    void noRowCanRunEvenWhenPsqlGoesOnAfterErrors() throws IOException {
        // Without the file's own ON_ERROR_STOP, psql reads every row as commands once the first COPY fails.
        String text = Files.readString(backup, StandardCharsets.UTF_8);
        assertThat(text).contains("\\set ON_ERROR_STOP on" + "\n");
        Path going = folder.resolve("going-on.sql");
        Files.writeString(going, text.replace("\\set ON_ERROR_STOP on" + "\n", ""), StandardCharsets.UTF_8);
        String before = BackupFiles.contents(target.settings());

        BackupFiles.PsqlRun run = BackupFiles.plainPsql(target.settings(), going);

        assertThat(run.output()).contains("This database already holds contacts")
                .doesNotContain("TRUNCATE TABLE").doesNotContain("Tuples only").doesNotContain("syntax error");
        assertThat(BackupFiles.contents(target.settings())).isEqualTo(before);
    }

    @Test
    void aBackupInTheEarlierShapeStillRestores() throws IOException {
        // Files made before rows were escaped and before the file set ON_ERROR_STOP itself.
        String text = Files.readString(backup, StandardCharsets.UTF_8)
                .replace("\\set ON_ERROR_STOP on" + "\n", "");
        String earlier = Pattern.compile("(?m)^\\\\0(6[0-7]|7[01])").matcher(text)
                .replaceAll(m -> String.valueOf((char) Integer.parseInt("0" + m.group(1), 8)));
        assertThat(earlier).doesNotContain("\n\\06").contains("\n1\t");
        Path file = folder.resolve("earlier.sql");
        Files.writeString(file, earlier, StandardCharsets.UTF_8);
        BackupFiles.resign(file);
        target.reset();

        BackupInfo restored = new BackupService(target.database().dataSource(), folder.resolve("backups"),
                Clock.systemUTC()).restore(file, false).backup();

        assertThat(restored.phoneNumbers()).isEqualTo(20);
        assertThat(BackupFiles.contents(target.settings())).isEqualTo(BackupFiles.contents(source.settings()));
    }
}
