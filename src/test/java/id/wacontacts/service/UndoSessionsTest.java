package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.db.Database;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.domain.UndoStep;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.testsupport.ServiceFixture;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two windows of one person on one computer (two open databases in one process: the same host,
 * OS user and database user, so the same application name) each undo only their own steps.
 */
class UndoSessionsTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("undo-sessions");
    private static Database second;

    @BeforeAll
    static void openSecondWindow() {
        second = Database.open(fixture.settings());
    }

    @AfterAll
    static void closeSecondWindow() {
        second.close();
    }

    @Test
    void aStepHoldsOnlyItsOwnWindowsChangesMadeMeanwhile() {
        UndoService undoA = new UndoService(fixture.database().sessionFactory());
        UndoService undoB = new UndoService(second.sessionFactory());
        ContactService contactsB = new ContactService(second::sessionFactory, new PhoneNormalizer("ID"));
        int prospek = fixture.categoryId("Prospek");

        long markA = undoA.mark();
        ContactRow fromA = fixture.contacts().add("0812-3456-7890", prospek);
        long markB = undoB.mark();
        ContactRow fromB = contactsB.add("0813-1111-2222", prospek);
        // psql (no session id, another application name) changes a row meanwhile too.
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " VALUES ('0857-3333-4444', '+6285733334444', " + prospek + ")");
        UndoStep stepA = undoA.stepSince(markA);
        UndoStep stepB = undoB.stepSince(markB);

        assertThat(stepA.transactions()).hasSize(1);
        assertThat(stepB.transactions()).hasSize(1).doesNotContainAnyElementsOf(stepA.transactions());

        undoA.undo(stepA);
        assertThat(fixture.contacts().find(fromA.id())).isEmpty();
        assertThat(fixture.contacts().find(fromB.id())).isPresent();
        assertThat(count("+6285733334444")).isEqualTo(1);

        undoB.undo(stepB);
        assertThat(fixture.contacts().find(fromB.id())).isEmpty();
        assertThat(count("+6285733334444")).isEqualTo(1);
    }

    @Test
    void eachEventNamesTheSessionThatMadeItAndPsqlsNone() {
        fixture.contacts().add("0812-3456-7890", fixture.categoryId("Prospek"));
        fixture.sql("UPDATE phone_numbers SET original_number = '081234567890'");
        assertThat(strings("SELECT coalesce(session, 'none') FROM change_log"
                + " WHERE table_name = 'phone_numbers' ORDER BY id DESC LIMIT 2"))
                .containsExactly("none", fixture.database().instance());
    }

    static List<String> strings(String sql) {
        try (Connection connection = fixture.database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String e164) {
        return Long.parseLong(strings(
                "SELECT count(*) FROM phone_numbers WHERE normalized_number = '" + e164 + "'").get(0));
    }
}
