package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.domain.ChangeEvent;
import id.wacontacts.domain.ChangeEvent.Action;
import id.wacontacts.domain.ChangeEvent.Table;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.testsupport.FreshDatabases;
import id.wacontacts.testsupport.ServiceFixture;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The history and the trash the triggers write, read through {@link ChangeHistory}. */
class ChangeHistoryTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("history");
    private static ChangeHistory history;
    private static ContactService contacts;

    @BeforeAll
    static void open() {
        history = new ChangeHistory(fixture.database().sessionFactory());
        contacts = fixture.contacts();
    }

    @Test
    void aPsqlUpdateAndDeleteAreRecordedWithTheClientsNameAndUser() throws Exception {
        ContactRow added = contacts.add("0812-3456-7890", fixture.categoryId("Prospek"));
        int lead = fixture.categoryId("Lead");

        String output = psql(fixture.settings(), "Kasir/PC-03/budi",
                "UPDATE phone_numbers SET original_number = '+62 812 3456 7890', category_id = " + lead
                        + " WHERE id = " + added.id() + ";"
                        + " DELETE FROM phone_numbers WHERE id = " + added.id() + ";");
        assertThat(output).contains("UPDATE 1", "DELETE 1");

        List<ChangeEvent> events = history.forNumber(added.id(), 10);
        assertThat(events).extracting(ChangeEvent::action).containsExactly(Action.DELETE, Action.UPDATE, Action.INSERT);
        ChangeEvent delete = events.get(0);
        ChangeEvent update = events.get(1);
        assertThat(update.desktop()).isEqualTo("Kasir/PC-03/budi");
        assertThat(update.databaseUser()).isEqualTo(fixture.settings().user());
        assertThat(update.numberBefore().originalNumber()).isEqualTo("0812-3456-7890");
        assertThat(update.numberAfter().originalNumber()).isEqualTo("+62 812 3456 7890");
        assertThat(update.numberAfter().categoryId()).isEqualTo(lead);
        // psql -c runs its statements as one transaction.
        assertThat(update.transactionId()).isEqualTo(delete.transactionId());
        assertThat(delete.desktop()).isEqualTo("Kasir/PC-03/budi");
        assertThat(delete.numberBefore()).isEqualTo(update.numberAfter());
        assertThat(delete.numberAfter()).isNull();
        assertThat(events.get(2).desktop()).startsWith("WA Contacts");
        assertThat(events.get(2).numberAfter().createdAt()).isEqualTo(added.createdAt());
    }

    @Test
    void aCategoryDeleteTrashesTheCategoryAndItsNumbersInOneTransaction() {
        int prospek = fixture.categoryId("Prospek");
        contacts.add("0812-1111-2222", prospek);
        contacts.add("0813-3333-4444", prospek);
        contacts.add("0857-5555-6666", fixture.categoryId("Lead"));

        fixture.categories().delete(prospek);

        List<ChangeEvent> newest = history.trash(OptionalLong.empty(), 10);
        long deletion = newest.get(0).transactionId();
        List<ChangeEvent> trash = newest.stream().filter(e -> e.transactionId() == deletion).toList();
        assertThat(trash).hasSize(3);
        assertThat(trash).filteredOn(e -> e.table() == Table.CATEGORIES).singleElement()
                .satisfies(e -> assertThat(e.categoryBefore().name()).isEqualTo("Prospek"));
        assertThat(trash).filteredOn(e -> e.table() == Table.PHONE_NUMBERS)
                .extracting(e -> e.numberBefore().normalizedNumber())
                .containsExactlyInAnyOrder("+6281211112222", "+6281333334444");
    }

    @Test
    void theActivityLogPagesNewestFirstByKeyset() {
        int lead = fixture.categoryId("Lead");
        for (int i = 0; i < 7; i++) {
            contacts.add("0812-0000-00" + (10 + i), lead);
        }
        List<ChangeEvent> first = history.activity(OptionalLong.empty(), 4);
        List<ChangeEvent> second = history.activity(OptionalLong.of(first.get(3).id()), 4);

        assertThat(first).extracting(e -> e.numberAfter().normalizedNumber())
                .containsExactly("+6281200000016", "+6281200000015", "+6281200000014", "+6281200000013");
        assertThat(second).extracting(ChangeEvent::id).allMatch(id -> id < first.get(3).id());
        assertThat(second.get(0).numberAfter().normalizedNumber()).isEqualTo("+6281200000012");
    }

    @Test
    void aRoleWithRightsOnlyOnTheSpecsTablesIsRecordedToo() {
        String role = "office_" + ProcessHandle.current().pid();
        String database = fixture.settings().jdbcUrl().replaceAll(".*/([^/?]+).*", "$1");
        FreshDatabases.execute(FreshDatabases.admin(), "DROP ROLE IF EXISTS " + role,
                "CREATE ROLE " + role + " LOGIN PASSWORD 'kantor'");
        FreshDatabases.execute(fixture.settings(),
                "GRANT CONNECT ON DATABASE " + database + " TO " + role,
                "GRANT SELECT, INSERT, UPDATE, DELETE ON categories, phone_numbers TO " + role,
                "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " + role);
        try {
            FreshDatabases.execute(new ConnectionSettings(fixture.settings().jdbcUrl(), role, "kantor"),
                    "INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                            + " VALUES ('081299998888', '+6281299998888', 1)");

            ChangeEvent insert = history.activity(OptionalLong.empty(), 1).get(0);
            assertThat(insert.action()).isEqualTo(Action.INSERT);
            assertThat(insert.databaseUser()).isEqualTo(role);
            assertThat(fixture.categories().countNumbers(1)).isEqualTo(1);
        } finally {
            FreshDatabases.execute(fixture.settings(), "REVOKE ALL ON categories, phone_numbers FROM " + role,
                    "REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM " + role,
                    "REVOKE ALL ON DATABASE " + database + " FROM " + role);
            FreshDatabases.execute(FreshDatabases.admin(), "DROP ROLE " + role);
        }
    }

    /** Runs SQL through psql, as an administrator would, under the given application name. */
    static String psql(ConnectionSettings settings, String applicationName, String sql)
            throws IOException, InterruptedException {
        URI uri = URI.create(settings.jdbcUrl().substring("jdbc:".length()));
        ProcessBuilder builder = new ProcessBuilder("psql", "-X", "-v", "ON_ERROR_STOP=1",
                "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", settings.user(),
                "-d", uri.getPath().substring(1), "-c", sql).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", settings.password());
        builder.environment().put("PGAPPNAME", applicationName);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
