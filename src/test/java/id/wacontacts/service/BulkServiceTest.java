package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.domain.BulkResult;
import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.domain.ContactSelection;
import id.wacontacts.domain.ContactSelection.AllMatching;
import id.wacontacts.testsupport.ServiceFixture;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BulkServiceTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("bulkservice");

    private BulkService bulk;
    private int prospek;
    private int lead;

    @BeforeEach
    void numbers() {
        bulk = new BulkService(fixture.database().sessionFactory());
        prospek = fixture.categoryId("Prospek");
        lead = fixture.categoryId("Lead");
        // 300 numbers in Prospek (more than one page of the list), 20 in Lead.
        fixture.sql(ServiceTestRows.insert(1, 300, prospek), ServiceTestRows.insert(301, 320, lead));
    }

    @Test
    void movingAllMatchingMovesEveryMatchInOneStepNotJustTheLoadedPage() {
        AllMatching all = bulk.selectAll(ContactQuery.inCategory(prospek));

        BulkResult result = bulk.move(all, lead, new Cancellation());

        assertThat(result.done()).isEqualTo(300);
        assertThat(result.leftAlone()).isFalse();
        assertThat(fixture.categories().countNumbers(prospek)).isZero();
        assertThat(fixture.categories().countNumbers(lead)).isEqualTo(320);
        assertThat(result.step().transactions()).hasSize(1);

        new UndoService(fixture.database().sessionFactory()).undo(result.step());
        assertThat(fixture.categories().countNumbers(prospek)).isEqualTo(300);
    }

    @Test
    void allMatchingIsTheSearchEvaluatedWhenTheActionRunsLessTheExcludedRows() {
        // "…00000001" to "…00000009" and every number containing "0000001": a search, not a category.
        ContactQuery search = ContactQuery.search("00000001");
        long matching = bulk.count(search, new Cancellation());
        assertThat(matching).isEqualTo(fixture.contacts().count(search, 10_000).count());
        int excluded = fixture.contacts().page(search, Optional.empty(), 1).items().get(0).id();
        AllMatching all = bulk.selectAll(search).excluding(Set.of(excluded));

        BulkResult result = bulk.delete(all, new Cancellation());

        assertThat(result.done()).isEqualTo(matching - 1);
        assertThat(fixture.contacts().find(excluded)).isPresent();
        assertThat(fixture.contacts().count(search, 10_000).count()).isEqualTo(1);
    }

    @Test
    void numbersChangedOrAddedElsewhereAfterSelectingAllAreLeftAloneAndReported() {
        AllMatching all = bulk.selectAll(ContactQuery.inCategory(prospek));
        // Another desktop edits one number and adds one after the selection was made.
        fixture.sql("UPDATE phone_numbers SET original_number = '+62 812 0000 0005' WHERE normalized_number = '+6281200000005'",
                ServiceTestRows.insert(500, 500, prospek));

        BulkResult result = bulk.move(all, lead, new Cancellation());

        assertThat(result.done()).isEqualTo(299);
        assertThat(result.changedElsewhere()).isEqualTo(2);
        assertThat(result.examples()).contains("+6281200000005");
        assertThat(fixture.contacts().findByNormalized("+6281200000005").orElseThrow().categoryId()).isEqualTo(prospek);
        assertThat(fixture.categories().countNumbers(prospek)).isEqualTo(2);
    }

    @Test
    void pickedRowsChangedOrDeletedElsewhereAreLeftAloneAndReported() {
        List<ContactRow> shown = fixture.contacts().page(ContactQuery.inCategory(prospek), Optional.empty(), 5).items();
        ContactSelection picked = ContactSelection.Rows.of(shown);
        fixture.sql("UPDATE phone_numbers SET category_id = " + lead + " WHERE id = " + shown.get(0).id(),
                "DELETE FROM phone_numbers WHERE id = " + shown.get(1).id());

        BulkResult result = bulk.delete(picked, new Cancellation());

        assertThat(result.done()).isEqualTo(3);
        assertThat(result.changedElsewhere()).isEqualTo(1);
        assertThat(result.gone()).isEqualTo(1);
        assertThat(result.examples()).containsExactly(shown.get(0).normalizedNumber());
        assertThat(fixture.contacts().find(shown.get(0).id())).isPresent();
    }

    @Test
    void copyingTakesTheNumbersUpToTheCapNewestFirst() {
        List<String> numbers = bulk.numbers(bulk.selectAll(ContactQuery.ALL), 250, new Cancellation());

        assertThat(numbers).hasSize(250).doesNotHaveDuplicates();
        assertThat(numbers.get(0)).isEqualTo(fixture.contacts().page(ContactQuery.ALL, Optional.empty(), 1)
                .items().get(0).normalizedNumber());
    }

    @Test
    void pickedRowsMoveAndCopyInTheOrderPicked() {
        List<ContactRow> shown = fixture.contacts().page(ContactQuery.inCategory(prospek), Optional.empty(), 3).items();
        ContactSelection picked = ContactSelection.Rows.of(List.of(shown.get(2), shown.get(0)));

        assertThat(bulk.numbers(picked, 10, new Cancellation()))
                .containsExactly(shown.get(2).normalizedNumber(), shown.get(0).normalizedNumber());
        BulkResult result = bulk.move(picked, lead, new Cancellation());

        assertThat(result.done()).isEqualTo(2);
        assertThat(result.step().transactions()).hasSize(1);
        assertThat(fixture.contacts().find(shown.get(1).id()).orElseThrow().categoryId()).isEqualTo(prospek);
        assertThat(fixture.categories().countNumbers(lead)).isEqualTo(22);
    }

    /** Picked rows are written over plain JDBC, which Hibernate does not time: the app times it itself. */
    @Test
    void aMoveOfPickedRowsTakingOverASecondIsListedAmongTheSlowStatements() {
        fixture.sql("CREATE FUNCTION wa_test_slow() RETURNS trigger LANGUAGE plpgsql AS"
                        + " 'BEGIN PERFORM pg_sleep(1.1); RETURN NULL; END'",
                "CREATE TRIGGER wa_test_slow AFTER UPDATE ON phone_numbers FOR EACH STATEMENT"
                        + " EXECUTE FUNCTION wa_test_slow()");
        try {
            List<ContactRow> shown = fixture.contacts().page(ContactQuery.inCategory(prospek), Optional.empty(), 2).items();
            java.time.Instant before = java.time.Instant.now();

            bulk.move(ContactSelection.Rows.of(shown), lead, new Cancellation());

            assertThat(id.wacontacts.db.SlowQueries.recent()).anySatisfy(slow -> {
                assertThat(slow.sql()).contains("written AS (UPDATE phone_numbers");
                assertThat(slow.millis()).isGreaterThanOrEqualTo(1_000);
                assertThat(slow.at()).isAfterOrEqualTo(before);
            });
        } finally {
            fixture.sql("DROP TRIGGER wa_test_slow ON phone_numbers", "DROP FUNCTION wa_test_slow()");
        }
    }

    @Test
    void aCancelledMoveChangesNothing() {
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();

        assertThatThrownBy(() -> bulk.move(bulk.selectAll(ContactQuery.ALL), lead, cancelled))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(fixture.categories().countNumbers(prospek)).isEqualTo(300);
    }

    @Test
    void movingToACategoryDeletedMeanwhileIsRefused() {
        AllMatching all = bulk.selectAll(ContactQuery.ALL);
        int gone = fixture.categories().create("Pameran Mei", null).id();
        fixture.categories().delete(gone);

        assertThatThrownBy(() -> bulk.move(all, gone, new Cancellation())).isInstanceOf(NotFoundException.class);
        assertThat(fixture.categories().countNumbers(lead)).isEqualTo(20);
    }
}
