package id.wacontacts.service;

import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.db.Database;
import id.wacontacts.domain.ContactQuery;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.testsupport.FreshDatabases;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On a server that refuses pg_trgm, a search for text still reads only the numbers typed with
 * letters: V8's plain stand-in index over them, not the table. (Digits then read the table: the
 * status bar says search is slower.)
 */
class SearchPlanWithoutTrigramTest {

    private static Database database;
    private static ContactService contacts;
    private static int prospek;

    @BeforeAll
    static void open() {
        ConnectionSettings settings = FreshDatabases.create("searchplan_notrgm");
        String name = settings.jdbcUrl().substring(settings.jdbcUrl().lastIndexOf('/') + 1);
        // Without CREATE on the database its owner cannot create an extension: like a locked-down server.
        FreshDatabases.execute(FreshDatabases.admin(), "REVOKE CREATE ON DATABASE " + name + " FROM " + settings.user());
        database = Database.open(settings);
        FreshDatabases.execute(settings, SearchPlanTest.GENERATED_NUMBERS, "ANALYZE phone_numbers", "ANALYZE categories");
        contacts = new ContactService(database.sessionFactory(), new PhoneNormalizer(PhoneNormalizer.DEFAULT_REGION));
        prospek = new CategoryService(database.sessionFactory()).findByName("Prospek").orElseThrow().id();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zzz", "budi", "budi 12", "b", "vi", "+", "prospek"})
    void textReadsOnlyTheNumbersTypedWithLetters(String text) {
        SearchPlanTest.assertReadsNoWholeTable(contacts, ContactQuery.search(text));
        SearchPlanTest.assertReadsNoWholeTable(contacts, new ContactQuery(Optional.of(prospek), text));
    }
}
