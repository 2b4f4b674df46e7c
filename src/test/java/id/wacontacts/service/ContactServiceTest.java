package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.domain.MatchCount;
import id.wacontacts.domain.Page;
import id.wacontacts.domain.PageCursor;
import id.wacontacts.phone.RejectReason;
import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.testsupport.ServiceFixture;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ContactServiceTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("contacts");
    private static CategoryService categories;
    private static ContactService contacts;

    private int prospek;
    private int lead;

    @BeforeAll
    static void openDatabase() {
        categories = fixture.categories();
        contacts = fixture.contacts();
    }

    @BeforeEach
    void reset() {
        prospek = fixture.categoryId("Prospek");
        lead = fixture.categoryId("Lead");
    }

    /**
     * A search of letters matches whole categories by name plus numbers typed with letters: its count is
     * exact at any size (the kept counts), equal to what walking the matches finds, and never counts a
     * number twice.
     */
    @Test
    void aSearchOfLettersCountsItsCategoriesExactlyAndTheLetteredNumbersOutsideThemOnce() {
        fixture.sql(ServiceTestRows.insert(1, 300, prospek), ServiceTestRows.insert(301, 310, lead),
                "INSERT INTO phone_numbers (original_number, normalized_number, category_id) VALUES"
                        + " ('prospek baru 0811', '+62811000001', " + lead + "),"
                        + " ('PROSPEK lama', '+62811000002', " + prospek + "),"
                        + " ('budi 0811', '+62811000003', " + lead + ")");

        assertThat(contacts.count(ContactQuery.search("prospek"), 100)).isEqualTo(new MatchCount(302, false));
        assertThat(contacts.count(ContactQuery.search("prospek"), 10_000).count())
                .isEqualTo(walk(ContactQuery.search("prospek")));
        assertThat(contacts.count(ContactQuery.search("prospek").withCategory(Optional.of(lead)), 100))
                .isEqualTo(new MatchCount(1, false));
        assertThat(contacts.count(ContactQuery.search("prospek").withCategory(Optional.of(prospek)), 100))
                .isEqualTo(new MatchCount(301, false));
        assertThat(contacts.count(ContactQuery.search("budi"), 100)).isEqualTo(new MatchCount(1, false));
        assertThat(contacts.count(ContactQuery.search("zzz"), 100)).isEqualTo(new MatchCount(0, false));
        // Digits still count by walking the matches, up to the cap.
        assertThat(contacts.count(ContactQuery.search("0812"), 100)).isEqualTo(new MatchCount(100, true));
    }

    /** How many rows the pages of {@code query} hold, read to the end. */
    private long walk(ContactQuery query) {
        long rows = 0;
        Optional<id.wacontacts.domain.PageCursor> after = Optional.empty();
        do {
            Page<ContactRow> page = contacts.page(query, after, 200);
            rows += page.items().size();
            after = page.next();
        } while (after.isPresent());
        return rows;
    }

    @Test
    void storesTheNumberAsTypedAndInE164() {
        ContactRow added = contacts.add("0812-3456-7890", prospek);

        assertThat(added.originalNumber()).isEqualTo("0812-3456-7890");
        assertThat(added.normalizedNumber()).isEqualTo("+6281234567890");
        assertThat(added.categoryId()).isEqualTo(prospek);
        assertThat(added.categoryName()).isEqualTo("Prospek");
        assertThat(added.createdAt()).isNotNull().isEqualTo(added.updatedAt());
        assertThat(contacts.find(added.id())).contains(added);
    }

    @Test
    void refusesAnInvalidNumberAndStoresNothing() {
        assertThatThrownBy(() -> contacts.add("hello", prospek))
                .isInstanceOfSatisfying(InvalidNumberException.class,
                        e -> assertThat(e.rejection().original()).isEqualTo("hello"));
        assertThat(contacts.count(ContactQuery.ALL, 100).count()).isZero();
    }

    @Test
    void aDuplicateInAnotherFormatNamesTheContactAndCategoryHoldingIt() {
        ContactRow first = contacts.add("0812-3456-7890", prospek);

        assertThatThrownBy(() -> contacts.add("+62 812 3456 7890", lead))
                .isInstanceOfSatisfying(DuplicateNumberException.class, e -> {
                    assertThat(e.existing()).isEqualTo(first);
                    assertThat(e.existing().categoryName()).isEqualTo("Prospek");
                })
                .hasMessageContaining("Prospek");
        assertThat(contacts.count(ContactQuery.ALL, 100).count()).isEqualTo(1);
    }

    @Test
    void refusesAnOriginalOverFiftyCharactersAsTheColumnHoldsNoMore() {
        String fiftyOne = "0812-3456-7890" + " ".repeat(30) + "-------";

        assertThat(fiftyOne).hasSize(51);
        assertThatThrownBy(() -> contacts.add(fiftyOne, prospek))
                .isInstanceOfSatisfying(InvalidNumberException.class,
                        e -> assertThat(e.rejection().reason()).isEqualTo(RejectReason.TOO_LONG_FOR_COLUMN));
        assertThat(contacts.count(ContactQuery.ALL, 100).count()).isZero();
    }

    @Test
    void refusesANumberForAMissingCategory() {
        assertThatThrownBy(() -> contacts.add("0812-3456-7890", 9_999))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.kind()).isEqualTo(NotFoundException.Kind.CATEGORY));
    }

    @Test
    void anEditRenormalisesTheNumberAndMovesItToAnotherCategory() {
        ContactRow added = contacts.add("0812-3456-7890", prospek);

        ContactRow edited = contacts.update(added.id(), added.updatedAt(), "0813 1111 2222", lead);

        assertThat(edited.originalNumber()).isEqualTo("0813 1111 2222");
        assertThat(edited.normalizedNumber()).isEqualTo("+6281311112222");
        assertThat(edited.categoryName()).isEqualTo("Lead");
        assertThat(edited.createdAt()).isEqualTo(added.createdAt());
        assertThat(edited.updatedAt()).isAfter(added.updatedAt());
    }

    @Test
    void anEditMayKeepTheSameNumberInAnotherFormat() {
        ContactRow added = contacts.add("0812-3456-7890", prospek);

        ContactRow edited = contacts.update(added.id(), added.updatedAt(), "+6281234567890", prospek);

        assertThat(edited.originalNumber()).isEqualTo("+6281234567890");
    }

    @Test
    void anEditToAnotherContactsNumberIsRefusedAndChangesNothing() {
        ContactRow first = contacts.add("0812-3456-7890", prospek);
        ContactRow second = contacts.add("0813-1111-2222", lead);

        assertThatThrownBy(() -> contacts.update(second.id(), second.updatedAt(), "081234567890", lead))
                .isInstanceOfSatisfying(DuplicateNumberException.class,
                        e -> assertThat(e.existing()).isEqualTo(first));
        assertThat(contacts.find(second.id())).contains(second);
    }

    @Test
    void anInvalidEditIsRefusedAndChangesNothing() {
        ContactRow added = contacts.add("0812-3456-7890", prospek);

        assertThatThrownBy(() -> contacts.update(added.id(), added.updatedAt(), "0812", prospek))
                .isInstanceOf(InvalidNumberException.class);
        assertThat(contacts.find(added.id())).contains(added);
    }

    @Test
    void anEditOfAContactChangedOnAnotherComputerIsRefused() {
        ContactRow added = contacts.add("0812-3456-7890", prospek);
        fixture.sql("UPDATE phone_numbers SET category_id = " + lead + " WHERE id = " + added.id());

        assertThatThrownBy(() -> contacts.update(added.id(), added.updatedAt(), "0812-3456-7890", prospek))
                .isInstanceOf(ChangedElsewhereException.class);
        assertThat(contacts.find(added.id()).orElseThrow().categoryName()).isEqualTo("Lead");
    }

    @Test
    void anEditOfAContactDeletedOnAnotherComputerIsRefused() {
        ContactRow added = contacts.add("0812-3456-7890", prospek);
        contacts.delete(List.of(added.id()));

        assertThatThrownBy(() -> contacts.update(added.id(), added.updatedAt(), "0812-3456-7891", prospek))
                .isInstanceOf(ChangedElsewhereException.class);
    }

    @Test
    void deletesSeveralContactsAndSkipsMissingOnes() {
        ContactRow a = contacts.add("0812-3456-7890", prospek);
        ContactRow b = contacts.add("0813-1111-2222", prospek);
        ContactRow c = contacts.add("0857-3333-4444", lead);

        assertThat(contacts.delete(List.of(a.id(), b.id(), 9_999))).isEqualTo(2);

        assertThat(contacts.find(a.id())).isEmpty();
        assertThat(contacts.find(c.id())).isPresent();
    }

    @Test
    void duplicateCheckFindsTheContactByItsE164Number() {
        ContactRow added = contacts.add("0812-3456-7890", prospek);

        assertThat(contacts.findByNormalized("+6281234567890")).contains(added);
        assertThat(contacts.findByNormalized("+6281234567891")).isEmpty();
    }

    @Test
    void pagesNewestFirstWithoutGapsOrRepeatsWhenManyRowsShareATimestamp() {
        // One statement gives 250 rows the same created_at, as an import does.
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " SELECT '0812' || lpad(n::text, 8, '0'), '+62812' || lpad(n::text, 8, '0'), " + prospek
                + " FROM generate_series(1, 250) n");
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id, created_at)"
                + " VALUES ('older', '+6285700000001', " + lead + ", '2020-01-01')");

        List<ContactRow> seen = new ArrayList<>();
        Optional<PageCursor> cursor = Optional.empty();
        int pages = 0;
        do {
            Page<ContactRow> page = contacts.page(ContactQuery.ALL, cursor, 100);
            seen.addAll(page.items());
            cursor = page.next();
            pages++;
        } while (cursor.isPresent());

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(251);
        assertThat(seen).extracting(ContactRow::id).doesNotHaveDuplicates();
        assertThat(seen.get(0).normalizedNumber()).isEqualTo("+6281200000250");
        assertThat(seen.get(250).originalNumber()).isEqualTo("older");
    }

    @Test
    void filtersByCategory() {
        contacts.add("0812-3456-7890", prospek);
        contacts.add("0857-3333-4444", lead);

        Page<ContactRow> page = contacts.page(ContactQuery.inCategory(lead), Optional.empty(), 50);

        assertThat(page.items()).extracting(ContactRow::normalizedNumber).containsExactly("+6285733334444");
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void searchMatchesTheOriginalNumberAsTyped() {
        contacts.add("(0812) 3456-7890", prospek);
        contacts.add("0857-3333-4444", lead);

        assertThat(search("(0812)")).containsExactly("+6281234567890");
    }

    @Test
    void searchMatchesTheE164NumberInInternationalAndLocalForm() {
        contacts.add("+62 812 3456 7890", prospek);
        contacts.add("0857-3333-4444", lead);

        assertThat(search("+62812345")).containsExactly("+6281234567890");
        assertThat(search("0812 345")).containsExactly("+6281234567890");
        assertThat(search("3333")).containsExactly("+6285733334444");
    }

    @Test
    void searchFindsNumbersAnotherProgramStoredWithLettersAndPunctuationAloneMatchesNoNumber() {
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " VALUES ('Budi 0812-3456-7890', '+6281234567890', " + prospek + ")");
        contacts.add("(0857) 3333-4444", lead);

        assertThat(search("BUDI")).containsExactly("+6281234567890");
        assertThat(search("di 0812")).containsExactly("+6281234567890");
        assertThat(search("zzz")).isEmpty();
        assertThat(search("(")).isEmpty();
        assertThat(search("0857")).containsExactly("+6285733334444");
        assertThat(contacts.count(ContactQuery.search("budi"), 10)).isEqualTo(new MatchCount(1, false));
    }

    @Test
    void searchMatchesCategoryNamesCaseInsensitively() {
        contacts.add("0812-3456-7890", prospek);
        contacts.add("0857-3333-4444", lead);

        assertThat(search("PROSP")).containsExactly("+6281234567890");
    }

    @Test
    void searchWithinACategory() {
        contacts.add("0812-3456-7890", prospek);
        contacts.add("0812-9999-0000", lead);

        Page<ContactRow> page = contacts.page(new ContactQuery(Optional.of(lead), "0812"), Optional.empty(), 50);

        assertThat(page.items()).extracting(ContactRow::normalizedNumber).containsExactly("+6281299990000");
    }

    @Test
    void searchTreatsWildcardsLiterally() {
        int promo = categories.create("Promo 100%", null).id();
        int under = categories.create("a_b", null).id();
        contacts.add("0812-3456-7890", promo);
        contacts.add("0813-1111-2222", under);
        contacts.add("0857-3333-4444", lead);

        assertThat(search("100%")).containsExactly("+6281234567890");
        assertThat(search("a_b")).containsExactly("+6281311112222");
        assertThat(search("%")).containsExactly("+6281234567890");
        assertThat(search("\\")).isEmpty();
    }

    @Test
    void countsMatchesUpToACap() {
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " SELECT '0812' || lpad(n::text, 8, '0'), '+62812' || lpad(n::text, 8, '0'), " + prospek
                + " FROM generate_series(1, 30) n");

        assertThat(contacts.count(ContactQuery.ALL, 100)).isEqualTo(new MatchCount(30, false));
        assertThat(contacts.count(ContactQuery.ALL, 10)).isEqualTo(new MatchCount(10, true));
        assertThat(contacts.count(ContactQuery.search("lead"), 10)).isEqualTo(new MatchCount(0, false));
    }

    @Test
    void aSearchCancelledFromAnotherThreadStopsOnTheServerAtOnce() throws Exception {
        contacts.add("0812-3456-7890", prospek);
        ConnectionSettings db = fixture.settings();
        try (Connection blocker = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("LOCK TABLE phone_numbers IN ACCESS EXCLUSIVE MODE");
            Cancellation cancellation = new Cancellation();
            CompletableFuture<Page<ContactRow>> search = CompletableFuture.supplyAsync(
                    () -> contacts.page(ContactQuery.search("0812"), Optional.empty(), 50, cancellation));
            awaitQueryWaitingForLock(blocker);

            cancellation.cancel();

            assertThatThrownBy(() -> search.get(5, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .satisfies(e -> assertThat(sqlState(e)).isEqualTo("57014")); // query_canceled
            blocker.rollback();
        }
        assertThat(search("0812")).containsExactly("+6281234567890");
    }

    private static void awaitQueryWaitingForLock(Connection observer) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            // The observer is inside a transaction: drop its cached statistics snapshot before each look.
            observer.createStatement().execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rs = observer.createStatement().executeQuery("SELECT count(*) FROM pg_stat_activity"
                    + " WHERE wait_event_type = 'Lock' AND query LIKE '%phone_numbers%'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the search never reached the locked table");
    }

    private static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static List<String> search(String text) {
        return contacts.page(ContactQuery.search(text), Optional.empty(), 50).items().stream()
                .map(ContactRow::normalizedNumber).toList();
    }
}
