package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.domain.Page;
import id.wacontacts.domain.PageCursor;
import id.wacontacts.service.transfer.ExportFormat;
import id.wacontacts.service.transfer.TransferProgress;
import id.wacontacts.testsupport.ServiceFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database the original system made may hold rows without {@code created_at}. The lists and the
 * export page through them like any other row: after every dated row, each exactly once, and the
 * data stays as it was.
 */
class UndatedRowsTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("undated");

    private int prospek;
    private int lead;

    @BeforeEach
    void undatedAndDatedRowsMixed() {
        prospek = fixture.categoryId("Prospek");
        lead = fixture.categoryId("Lead");
        // 260 undated rows, interleaved by id with 140 dated ones (some sharing a time), over two categories.
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id, created_at, updated_at)"
                + " SELECT '0812' || lpad(n::text, 8, '0'), '+62812' || lpad(n::text, 8, '0'),"
                + " CASE WHEN n % 2 = 0 THEN " + prospek + " ELSE " + lead + " END,"
                + " CASE WHEN n % 20 < 13 THEN NULL ELSE timestamp '2024-01-01' + (n / 3) * interval '1 hour' END,"
                + " NULL"
                + " FROM generate_series(1, 400) n");
    }

    @Test
    void everyRowIsListedOnceNewestFirstWithTheUndatedOnesLast() {
        List<ContactRow> seen = pageThrough(ContactQuery.ALL);

        assertThat(seen).hasSize(400);
        assertThat(seen).extracting(ContactRow::id).doesNotHaveDuplicates();
        assertThat(seen).isSortedAccordingTo(NEWEST_FIRST);
        assertThat(seen.subList(140, 400)).allSatisfy(row -> assertThat(row.createdAt()).isNull());
        assertThat(seen.subList(0, 140)).allSatisfy(row -> assertThat(row.createdAt()).isNotNull());
    }

    @Test
    void oneCategoryPagesThroughItsUndatedRowsToo() {
        List<ContactRow> seen = pageThrough(ContactQuery.inCategory(prospek));

        assertThat(seen).hasSize(200).extracting(ContactRow::categoryId).containsOnly(prospek);
        assertThat(seen).extracting(ContactRow::id).doesNotHaveDuplicates();
        assertThat(seen).isSortedAccordingTo(NEWEST_FIRST);
        assertThat(pageThrough(ContactQuery.inCategory(lead))).hasSize(200);
    }

    @Test
    void aSearchPagesThroughUndatedRows() {
        assertThat(pageThrough(ContactQuery.search("0812"))).hasSize(400)
                .extracting(ContactRow::id).doesNotHaveDuplicates();
    }

    @Test
    void theExportWritesEveryRowOnceAndTheStoredRowsStayUndated(@TempDir Path folder) throws IOException, SQLException {
        // The export reads pages of a thousand: the undated rows must run past the first.
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id, created_at)"
                + " SELECT '0814' || lpad(n::text, 8, '0'), '+62814' || lpad(n::text, 8, '0'), " + lead + ", NULL"
                + " FROM generate_series(1, 1000) n");
        Path file = folder.resolve("all.csv");

        long written = fixture.exports().export(ContactQuery.ALL, ExportFormat.CSV, file, ZoneId.of("Asia/Jakarta"),
                TransferProgress.NONE, new Cancellation());

        assertThat(written).isEqualTo(1400);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.subList(1, lines.size())).hasSize(1400).doesNotHaveDuplicates();
        assertThat(undatedInDatabase()).isEqualTo(1260);
    }

    @Test
    void aPageDeepInTheUndatedRowsReadsTheIndexWithoutSorting() throws SQLException {
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                        + " SELECT '0813' || lpad(n::text, 8, '0'), '+62813' || lpad(n::text, 8, '0'), " + prospek
                        + " FROM generate_series(1, 20000) n",
                "UPDATE phone_numbers SET created_at = NULL WHERE id % 3 = 0",
                "ANALYZE phone_numbers");
        String afterUndated = " WHERE (" + ContactService.CREATED + ", pn.id)"
                + " < (COALESCE(CAST(NULL AS timestamp), '-infinity'), 5000)";
        String afterDated = " WHERE (" + ContactService.CREATED + ", pn.id)"
                + " < (COALESCE(CAST('2024-01-02' AS timestamp), '-infinity'), 5000)";

        for (String where : List.of(afterUndated, afterDated, afterUndated + " AND pn.category_id = " + prospek)) {
            String plan = plan("EXPLAIN SELECT pn.id FROM phone_numbers pn" + where
                    + ContactService.NEWEST_FIRST + " LIMIT 201");
            assertThat(plan).as(plan).containsAnyOf("idx_phone_numbers_newest", "idx_phone_numbers_category_newest")
                    .doesNotContain("Sort").doesNotContain("Seq Scan");
        }
    }

    private static final Comparator<ContactRow> NEWEST_FIRST = Comparator
            .comparing(ContactRow::createdAt, Comparator.nullsFirst(Comparator.<java.time.LocalDateTime>naturalOrder()))
            .thenComparing(ContactRow::id)
            .reversed();

    private static List<ContactRow> pageThrough(ContactQuery query) {
        List<ContactRow> seen = new ArrayList<>();
        Optional<PageCursor> cursor = Optional.empty();
        do {
            Page<ContactRow> page = fixture.contacts().page(query, cursor, 50);
            seen.addAll(page.items());
            cursor = page.next();
        } while (cursor.isPresent());
        return seen;
    }

    private static long undatedInDatabase() throws SQLException {
        try (Connection connection = fixture.database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM phone_numbers WHERE created_at IS NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String plan(String explain) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection connection = fixture.database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(explain)) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
