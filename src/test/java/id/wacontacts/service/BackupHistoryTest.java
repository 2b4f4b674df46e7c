package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.db.Database;
import id.wacontacts.domain.AppEvent;
import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.domain.RestoreResult;
import id.wacontacts.testsupport.FreshDatabases;
import id.wacontacts.testsupport.ServiceFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups hold the history, the trash and the event log; a restore merges them in without
 * recording each restored row; files of the earlier format (contacts only) still restore.
 */
class BackupHistoryTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("backup-history");

    @TempDir
    Path folder;

    @BeforeEach
    void clear() {
        fixture.sql("DELETE FROM trash", "DELETE FROM change_log", "DELETE FROM app_events");
    }

    @Test
    void aRestoreIntoAnotherDatabaseBringsBackTheHistoryTheTrashAndTheEvents() throws Exception {
        int prospek = fixture.categoryId("Prospek");
        ContactRow kept = fixture.contacts().add("0812-1111-2222", prospek);
        fixture.contacts().update(kept.id(), kept.updatedAt(), "0812 1111 2222", prospek);
        ContactRow deleted = fixture.contacts().add("0813-3333-4444", prospek);
        fixture.contacts().delete(List.of(deleted.id()));
        new AppEvents(fixture.database().sessionFactory()).recordCopy(ContactQuery.ALL, 1);
        List<String> history = strings(fixture.database().dataSource(), "SELECT id || ' ' || action || ' ' || row_id"
                + " FROM change_log ORDER BY id");
        Path file = folder.resolve("with-history.sql");
        backups(fixture.database().dataSource()).backup(file);

        ConnectionSettings elsewhere = FreshDatabases.create("backup-history-target");
        try (Database target = Database.open(elsewhere)) {
            backups(target.dataSource()).restore(file, true);

            assertThat(strings(target.dataSource(), "SELECT id || ' ' || action || ' ' || row_id FROM change_log"
                    + " WHERE action <> 'truncate' ORDER BY id")).containsExactlyElementsOf(history);
            assertThat(new AppEvents(target.sessionFactory()).page(OptionalLong.empty(), 10))
                    .extracting(AppEvent::kind).containsExactly(AppEvent.Kind.RESTORE, AppEvent.Kind.COPY);
            TrashService trash = new TrashService(target.sessionFactory());
            assertThat(trash.list(OptionalLong.empty(), 10)).singleElement()
                    .satisfies(item -> assertThat(item.rowId()).isEqualTo(deleted.id()));
            assertThat(trash.restore(List.of(trash.list(OptionalLong.empty(), 10).get(0).id())).numbers()).isEqualTo(1);
            assertThat(strings(target.dataSource(), "SELECT phone_count FROM category_counts WHERE category_id = "
                    + prospek)).containsExactly("2");
            // New events continue after the restored ones.
            new AppEvents(target.sessionFactory()).recordCopy(ContactQuery.ALL, 2);
        }
    }

    @Test
    void aRestoreRecordsItselfNotEachRestoredRowAndKeepsTheCountsRight() throws Exception {
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " SELECT '0812' || n, '+62812' || lpad(n::text, 8, '0'), 1 + n % 5 FROM generate_series(1, 2000) n");
        Path file = folder.resolve("b.sql");
        backups(fixture.database().dataSource()).backup(file);
        long eventsBefore = count("SELECT count(*) FROM change_log");

        RestoreResult restored = backups(fixture.database().dataSource()).restore(file, true);

        assertThat(restored.after().phoneNumbers()).isEqualTo(2000);
        assertThat(strings(fixture.database().dataSource(), "SELECT action || ' ' || table_name FROM change_log"
                + " ORDER BY id OFFSET " + eventsBefore)).containsExactlyInAnyOrder(
                "truncate phone_numbers", "truncate categories");
        assertThat(strings(fixture.database().dataSource(), "SELECT category_id || ':' || phone_count FROM category_counts"
                + " WHERE phone_count <> 0 ORDER BY 1")).containsExactlyElementsOf(strings(fixture.database().dataSource(),
                "SELECT category_id || ':' || count(*) FROM phone_numbers GROUP BY category_id ORDER BY 1"));
        // The insert triggers are on again: the next addition is recorded.
        fixture.contacts().add("0857-3333-4444", fixture.categoryId("Lead"));
        assertThat(count("SELECT count(*) FROM change_log")).isEqualTo(eventsBefore + 3);
    }

    @Test
    void aBackupOfTheEarlierFormatStillRestoresAndLeavesTheHistoryAsItWas() throws Exception {
        fixture.contacts().add("0899-1111-2222", fixture.categoryId("Lead"));
        long eventsBefore = count("SELECT count(*) FROM change_log");
        Path old = folder.resolve("format-1.sql");
        try (var in = getClass().getResourceAsStream("/backups/format-1.sql")) {
            Files.copy(in, old);
        }

        RestoreResult restored = backups(fixture.database().dataSource()).restore(old, true);

        assertThat(restored.backup().schemaVersion()).isEqualTo("10");
        assertThat(strings(fixture.database().dataSource(), "SELECT name FROM categories ORDER BY id"))
                .containsExactly("Pelanggan VIP", "Pelanggan VIP 2", "Pelanggan Regular", "Prospek", "Lead",
                        "Reseller Surabaya");
        assertThat(strings(fixture.database().dataSource(), "SELECT normalized_number || ' ' || category_id"
                + " FROM phone_numbers ORDER BY id")).containsExactly(
                "+6281234567890 6", "+6281311112222 4", "+6285733334444 5");
        assertThat(strings(fixture.database().dataSource(), "SELECT description FROM categories WHERE id = 6"))
                .containsExactly("Toko\tdan \\ agen");
        // The history keeps what it had, plus the two truncations; the numbers deleted by the restore
        // are not in the trash as if a user had deleted them.
        assertThat(count("SELECT count(*) FROM change_log")).isEqualTo(eventsBefore + 2);
        assertThat(count("SELECT phone_count FROM category_counts WHERE category_id = 6")).isEqualTo(1);
    }

    private BackupService backups(DataSource dataSource) {
        return new BackupService(dataSource, folder.resolve("backups"), Clock.systemUTC());
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(strings(fixture.database().dataSource(), sql).get(0));
    }

    private static List<String> strings(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
