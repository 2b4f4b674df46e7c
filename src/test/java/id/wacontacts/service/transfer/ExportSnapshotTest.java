package id.wacontacts.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.ContactService;
import id.wacontacts.testsupport.ServiceFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An export is one snapshot: what another desktop changes while it runs is not in the file. */
class ExportSnapshotTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("export-snapshot");

    private static final int ROWS = 3 * ContactService.MAX_PAGE_SIZE;

    @TempDir
    Path temp;

    @Test
    void rowsAddedAndDeletedByAnotherConnectionAfterTheFirstPageDoNotChangeTheFile() throws IOException {
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id, created_at)"
                + " SELECT '0812' || lpad(n::text, 8, '0'), '+62812' || lpad(n::text, 8, '0'), 1,"
                + " timestamp '2024-01-01' + n * interval '1 minute' FROM generate_series(1, " + ROWS + ") n");
        Path file = temp.resolve("all.csv");
        AtomicBoolean changed = new AtomicBoolean();

        long written = fixture.exports().export(ContactQuery.ALL, ExportFormat.CSV, file, ZoneId.of("Asia/Jakarta"),
                (stage, rows, fraction) -> {
                    if (changed.compareAndSet(false, true)) {
                        // After the first page, on another connection: older rows (later pages) come and go.
                        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id, created_at)"
                                        + " SELECT '0857' || lpad(n::text, 8, '0'), '+62857' || lpad(n::text, 8, '0'), 2,"
                                        + " timestamp '2000-01-01' + n * interval '1 minute' FROM generate_series(1, 5) n",
                                "DELETE FROM phone_numbers WHERE normalized_number = '+6281200000001'");
                    }
                }, new Cancellation());

        assertThat(changed).isTrue();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(ROWS);
        assertThat(lines).hasSize(ROWS + 1)
                .anyMatch(line -> line.startsWith("081200000001,"))
                .noneMatch(line -> line.startsWith("0857"));
        assertThat(fixture.contacts().count(ContactQuery.ALL, 10 * ROWS).count()).isEqualTo(ROWS - 1 + 5);
    }
}
