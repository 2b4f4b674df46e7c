package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.testsupport.ServiceFixture;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No search reads the whole table: PostgreSQL's plans for the statements the window runs (its
 * first page and its capped count), for every shape of search, over 200,000 generated numbers.
 */
class SearchPlanTest {

    private static final int ROWS = 200_000;
    private static final int PAGE_SIZE = 200;
    private static final int COUNT_CAP = 10_000;

    /**
     * 200,000 numbers as the app stores them, spread over the five seed categories and over time,
     * and a few that another program stored with letters in the number as typed (as an adopted
     * database may).
     */
    static final String GENERATED_NUMBERS = """
                INSERT INTO phone_numbers (original_number, normalized_number, category_id, created_at, updated_at)
                SELECT CASE WHEN n % 2000 = 0 THEN 'Budi ' || n
                            WHEN n % 3 = 0 THEN '0' || substr(e164, 4, 3) || '-' || substr(e164, 7)
                            ELSE '+62 ' || substr(e164, 4) END,
                       e164, 1 + n % 5, ts, ts
                FROM (SELECT n,
                             '+62' || (ARRAY['811','812','813','821','857','878','895'])[1 + n % 7]
                                   || lpad(((n::bigint * 7919) % 100000000)::text, 8, '0') AS e164,
                             timestamp '2025-01-01' + n * interval '25 seconds' AS ts
                      FROM generate_series(1, ROWS) n) g
                """.replace("ROWS", String.valueOf(ROWS));

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("searchplan");

    private static int prospek;

    @BeforeAll
    static void fill() {
        fixture.reset();
        prospek = fixture.categoryId("Prospek");
        fixture.sql(GENERATED_NUMBERS, "ANALYZE phone_numbers", "ANALYZE categories");
    }

    static Stream<Arguments> searches() {
        return Stream.of(
                        "6281234567", // digits
                        "+62 812 345", // international form
                        "0812 345", // local form
                        "prospek", // letters matching a category
                        "pelanggan vip", // letters matching two categories
                        "zzz", // letters matching nothing
                        "budi", // letters matching numbers typed with letters
                        "budi 12", // letters and digits
                        "5", "0", "b", "+", // one character
                        "12", "08", "vi", "zq", "()") // two characters
                .flatMap(text -> Stream.of(
                        Arguments.of(text, Optional.empty()),
                        Arguments.of(text, Optional.of("Prospek"))));
    }

    @ParameterizedTest(name = "\"{0}\" in {1}")
    @MethodSource("searches")
    void neitherThePageNorTheCountReadsTheWholeTable(String text, Optional<String> category) {
        ContactQuery query = new ContactQuery(category.map(name -> prospek), text);

        assertReadsNoWholeTable(fixture.contacts(), query);
    }

    /** The window's page and count statements for {@code query}: neither reads phone_numbers sequentially. */
    static void assertReadsNoWholeTable(ContactService contacts, ContactQuery query) {
        List<String> page = contacts.explainPage(query, PAGE_SIZE);
        List<String> count = contacts.explainCount(query, COUNT_CAP);

        assertThat(page).as("plan of the page").noneMatch(line -> line.contains("Seq Scan on phone_numbers"));
        assertThat(count).as("plan of the count").noneMatch(line -> line.contains("Seq Scan on phone_numbers"));
    }
}
