package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.LineKind;
import id.wacontacts.domain.QualityFinding;
import id.wacontacts.phone.PhoneNormalizer;
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
 * The first page of a type filter (alone, in a category, with a search) and of a quality list is
 * read from indexes, newest first, over 200,000 numbers: without a search the page is one index
 * range (no sort), and no statement reads either table sequentially.
 */
class TypeFilterPlanTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("typeplan");

    private static int prospek;

    @BeforeAll
    static void fill() {
        fixture.reset();
        prospek = fixture.categoryId("Prospek");
        fixture.sql(SearchPlanTest.GENERATED_NUMBERS);
        new NumberTypes(fixture.database().dataSource(), new PhoneNormalizer("ID")).catchUp(new Cancellation());
        fixture.sql("UPDATE number_types SET findings = 4 WHERE phone_number_id % 5000 = 0",
                "ANALYZE phone_numbers", "ANALYZE number_types", "ANALYZE categories");
    }

    static Stream<Arguments> filters() {
        return Stream.of(LineKind.MOBILE, LineKind.FIXED_LINE, LineKind.OTHER).flatMap(kind -> Stream.of(
                Arguments.of(kind, Optional.empty(), ""),
                Arguments.of(kind, Optional.of("Prospek"), ""),
                Arguments.of(kind, Optional.empty(), "0812 345"),
                Arguments.of(kind, Optional.of("Prospek"), "prospek")));
    }

    @ParameterizedTest(name = "{0} in {1}, search \"{2}\"")
    @MethodSource("filters")
    void theFilteredFirstPageReadsAnIndex(LineKind kind, Optional<String> category, String text) {
        ContactQuery query = new ContactQuery(category.map(name -> prospek), text).withLineKind(Optional.of(kind));

        if (kind == LineKind.MOBILE) {
            assertReadsIndexes(query, text.isEmpty(), "idx_phone_numbers_", "number_types_pkey");
        } else {
            assertReadsIndexes(query, text.isEmpty(), "idx_number_types_");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("findings")
    void aQualityListReadsItsPartialIndex(QualityFinding finding) {
        assertReadsIndexes(ContactQuery.ALL.withFinding(Optional.of(finding)), true, "idx_number_types_findings");
    }

    static Stream<QualityFinding> findings() {
        return Stream.of(QualityFinding.values());
    }

    /** The five categories are read whole, as in every list; the numbers and their types never. */
    private static boolean readsAWholeTable(String line) {
        return line.contains("Seq Scan on phone_numbers") || line.contains("Seq Scan on number_types");
    }

    /**
     * Mobiles, most of the numbers, are left out of number_types' type indexes (V14): their page is a
     * range of phone_numbers' newest-first index, each number's type looked up by number_types' key.
     */
    private static void assertReadsIndexes(ContactQuery query, boolean orderedByIndex, String... indexes) {
        List<String> page = fixture.contacts().explainPage(query, 200);
        List<String> count = fixture.contacts().explainCount(query, 10_000);
        assertThat(page).as("plan of the page").noneMatch(TypeFilterPlanTest::readsAWholeTable);
        if (orderedByIndex) {
            // With a search as well, the planner may count by hashing the type rows of the search's
            // matches; the page, which the window waits for, never does.
            assertThat(count).as("plan of the count").noneMatch(TypeFilterPlanTest::readsAWholeTable);
            assertThat(page).as("plan of the page").noneMatch(line -> line.contains("Sort"));
            for (String index : indexes) {
                assertThat(page).as("plan of the page").anyMatch(line -> line.contains(index));
            }
        }
    }
}
