package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.db.Database;
import id.wacontacts.domain.CategoryCount;
import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.service.transfer.FileInspection;
import id.wacontacts.service.transfer.ImportService;
import id.wacontacts.service.transfer.TransferProgress;
import id.wacontacts.testsupport.FreshDatabases;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.testsupport.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The per-category counts the triggers keep agree with the spec's statistics query, whatever
 * changes the numbers: the services, imports, restores, category deletes and other clients.
 */
class CategoryCountsTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("counts");
    private static CategoryService categories;
    private static ContactService contacts;
    private static Path folder;

    @BeforeAll
    static void open() throws IOException {
        categories = fixture.categories();
        contacts = fixture.contacts();
        folder = Files.createTempDirectory(TestDatabase.testRoot(), "counts");
    }

    @AfterAll
    static void removeFolder() {
        TestDatabase.deleteRecursively(folder);
    }

    @Test
    void countsAgreeWithTheSpecQueryAfterRandomChanges() throws IOException {
        Random random = new Random(15);
        BackupService backups = new BackupService(fixture.database().dataSource(), folder.resolve("backups"),
                Clock.systemUTC());
        Path backup = null;
        int serial = 0;
        for (int step = 0; step < 60; step++) {
            List<Integer> ids = categories.list().stream().map(c -> c.id()).toList();
            List<ContactRow> numbers = contacts.page(ContactQuery.ALL, Optional.empty(), ContactService.MAX_PAGE_SIZE).items();
            int choice = random.nextInt(10);
            String what;
            if (choice <= 2 || numbers.isEmpty()) {
                contacts.add(number(serial++), ids.get(random.nextInt(ids.size())));
                what = "add";
            } else if (choice == 3) {
                ContactRow row = numbers.get(random.nextInt(numbers.size()));
                contacts.update(row.id(), row.updatedAt(), row.originalNumber(), ids.get(random.nextInt(ids.size())));
                what = "move";
            } else if (choice == 4) {
                contacts.delete(numbers.stream().filter(n -> random.nextBoolean()).map(ContactRow::id).limit(5).toList());
                what = "delete";
            } else if (choice == 5) {
                StringBuilder csv = new StringBuilder("nomor\n");
                for (int i = 0; i < 1 + random.nextInt(40); i++) {
                    csv.append(random.nextInt(4) == 0 && !numbers.isEmpty()
                            ? numbers.get(random.nextInt(numbers.size())).normalizedNumber() : number(serial++)).append('\n');
                }
                Path file = Files.writeString(folder.resolve("import-" + step + ".csv"), csv);
                ImportService imports = fixture.imports();
                FileInspection inspection = imports.inspect(file);
                imports.importFile(file, inspection.guessedOptions("Impor " + random.nextInt(3), true), null, Locale.ENGLISH,
                        TransferProgress.NONE, new Cancellation());
                what = "import";
            } else if (choice == 6 && ids.size() > 2) {
                categories.delete(ids.get(random.nextInt(ids.size())));
                what = "category delete";
            } else if (choice == 7) {
                backup = backups.backup(folder.resolve("backup-" + step + ".sql")).file();
                what = "backup";
            } else if (choice == 8 && backup != null) {
                backups.restore(backup, true);
                what = "restore";
            } else {
                int from = ids.get(random.nextInt(ids.size()));
                int to = ids.get(random.nextInt(ids.size()));
                fixture.sql("UPDATE phone_numbers SET category_id = " + to + " WHERE id % 3 = 0 AND category_id = " + from);
                what = "move by another client";
            }
            assertThat(render(categories.statistics())).as("after step %d (%s)", step, what)
                    .isEqualTo(render(categories.statisticsByCounting()));
        }
    }

    @Test
    void aCategoryDeleteAndATruncateLeaveNoCountBehind() {
        int prospek = fixture.categoryId("Prospek");
        contacts.add(number(1), prospek);
        contacts.add(number(2), prospek);
        assertThat(categories.countNumbers(prospek)).isEqualTo(2);

        assertThat(categories.delete(prospek)).isEqualTo(2);
        assertThat(categories.countNumbers(prospek)).isZero();

        int lead = fixture.categoryId("Lead");
        contacts.add(number(3), lead);
        fixture.sql("TRUNCATE phone_numbers");
        assertThat(categories.countNumbers(lead)).isZero();
        assertThat(render(categories.statistics())).isEqualTo(render(categories.statisticsByCounting()));
    }

    @Test
    void aRecountRepairsCountsThatWentWrong() {
        int lead = fixture.categoryId("Lead");
        contacts.add(number(4), lead);
        fixture.sql("INSERT INTO category_count_deltas (category_id, delta) VALUES (" + lead + ", 41)");
        assertThat(categories.countNumbers(lead)).isEqualTo(42);

        categories.recount();

        assertThat(categories.countNumbers(lead)).isEqualTo(1);
    }

    @Test
    void twoWritersToOneCategoryNeitherWaitForEachOtherNorLoseCounts() throws SQLException {
        int lead = fixture.categoryId("Lead");
        try (Connection first = connect(); Connection second = connect();
             Statement one = first.createStatement(); Statement two = second.createStatement()) {
            first.setAutoCommit(false);
            one.execute("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                    + " SELECT '0812' || g, '+62812' || g, " + lead + " FROM generate_series(1000000, 1000999) g");
            one.execute("SELECT wa_compact_category_counts()");
            // The first transaction is still open and has folded the counts: the second must not wait.
            two.execute("SET statement_timeout = '5s'");
            two.execute("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                    + " SELECT '0813' || g, '+62813' || g, " + lead + " FROM generate_series(1000000, 1000499) g");
            two.execute("SELECT wa_compact_category_counts()");
            two.execute("DELETE FROM phone_numbers WHERE normalized_number LIKE '+62813100000_'");
            assertThat(categories.countNumbers(lead)).isEqualTo(490);
            first.commit();
        }
        assertThat(categories.countNumbers(lead)).isEqualTo(1490);
        assertThat(render(categories.statistics())).isEqualTo(render(categories.statisticsByCounting()));
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(fixture.settings().jdbcUrl(), fixture.settings().user(),
                fixture.settings().password());
    }

    @Test
    void readingTheCountsNeverScansTheNumbers() throws SQLException {
        // Enough numbers that the planner would rather read an index than nothing at all.
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " SELECT '0812' || g, '+62812' || g, 1 + g % 5 FROM generate_series(1000000, 1050000) g",
                "ANALYZE phone_numbers", "ANALYZE category_count_deltas");
        String plan;
        try (Connection connection = DriverManager.getConnection(fixture.settings().jdbcUrl(), fixture.settings().user(),
                fixture.settings().password());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("EXPLAIN " + CategoryService.KEPT_COUNTS)) {
            List<String> lines = new ArrayList<>();
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
            plan = String.join("\n", lines);
        }
        assertThat(plan).contains("category_count_deltas").doesNotContain("phone_numbers");
        assertThat(categories.statistics()).extracting(CategoryCount::phoneCount).containsOnly(10_000L, 10_001L);
    }

    @Test
    void anAdoptedDatabaseIsCountedOnceWhenTheTriggersArrive() {
        var settings = FreshDatabases.create("adopted_counts");
        FreshDatabases.execute(settings, readResource("/original-system/schema.sql"),
                "INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                        + " SELECT '0812' || g, '+62812' || g, 1 + g % 2 FROM generate_series(1000000, 1000099) g");
        try (Database database = Database.open(settings)) {
            CategoryService adopted = new CategoryService(database.sessionFactory());
            assertThat(render(adopted.statistics())).isEqualTo(render(adopted.statisticsByCounting()));
            assertThat(adopted.statistics()).anyMatch(c -> c.phoneCount() >= 50);
        }
    }

    private static String readResource(String name) {
        try (var in = CategoryCountsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String number(int serial) {
        return String.format(Locale.ROOT, "0812%08d", 10_000_000 + serial * 7919 % 89_999_999);
    }

    private static String render(List<CategoryCount> counts) {
        return counts.stream().map(c -> c.id() + ":" + c.name() + "=" + c.phoneCount()).collect(Collectors.joining(", "));
    }
}
