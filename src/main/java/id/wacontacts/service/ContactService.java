package id.wacontacts.service;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.domain.MatchCount;
import id.wacontacts.domain.Page;
import id.wacontacts.domain.PageCursor;
import id.wacontacts.phone.NormalizationResult;
import id.wacontacts.phone.NormalizationResult.Normalized;
import id.wacontacts.phone.NormalizationResult.Rejected;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.NotFoundException.Kind;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.sql.Statement;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.query.NativeQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Phone numbers: every number stored is normalised to E.164 first and unique; lists and search
 * page newest first by keyset, never loading the whole table.
 */
public final class ContactService {

    /** The largest page a caller may ask for. */
    public static final int MAX_PAGE_SIZE = 1_000;

    private static final Logger log = LoggerFactory.getLogger(ContactService.class);
    /**
     * The number's row in number_types is left-joined on its key: a row not classified yet still
     * lists, and a query that reads none of its columns (a count) has the join removed by the planner.
     */
    static final String FROM = " FROM phone_numbers pn JOIN categories c ON c.id = pn.category_id"
            + " LEFT JOIN number_types nt ON nt.phone_number_id = pn.id";
    /**
     * The keyset of the lists, newest first: a row without {@code created_at} (a database the original
     * system made may hold them) sorts as the oldest, after every dated row. The index of V6 is on
     * this very expression, so a page reads the index instead of sorting the table.
     */
    static final String CREATED = "COALESCE(pn.created_at, '-infinity')";
    /** The kept counts of the categories a search names (category_counts: one row per category). */
    private static final String NAMED_COUNTS = "SELECT CAST(coalesce(sum(phone_count), 0) AS bigint)"
            + " FROM category_counts WHERE category_id IN (:named)";
    static final String NEWEST_FIRST = " ORDER BY " + CREATED + " DESC, pn.id DESC";

    private final Supplier<SessionFactory> sessions;
    private final PhoneNormalizer normalizer;

    /** The session of the {@link #inSnapshot} running on this thread, if any. */
    private final ThreadLocal<Session> snapshot = new ThreadLocal<>();

    public ContactService(SessionFactory sessions, PhoneNormalizer normalizer) {
        this(() -> sessions, normalizer);
    }

    /** Hibernate asked for only when a method first needs it (it may still be booting in the background). */
    public ContactService(Supplier<SessionFactory> sessions, PhoneNormalizer normalizer) {
        this.sessions = sessions;
        this.normalizer = normalizer;
    }

    /** The bulk actions on the same database. */
    public BulkService bulk() {
        return new BulkService(sessions);
    }

    /**
     * Records in the event log that {@code numbers} numbers selected in {@code view} were copied out
     * of the app ({@link AppEvents#recordCopy}).
     */
    public void recordCopy(ContactQuery view, long numbers) {
        new AppEvents(sessions).recordCopy(view, numbers);
    }

    /**
     * Stores a number in a category.
     *
     * @throws InvalidNumberException it is not a valid phone number
     * @throws DuplicateNumberException it is stored already (the exception names the contact)
     * @throws NotFoundException the category does not exist
     */
    public ContactRow add(String rawNumber, int categoryId) {
        Normalized number = normalize(rawNumber);
        String sql = "INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " SELECT :original, :normalized, c.id FROM categories c WHERE c.id = :category"
                + " ON CONFLICT (normalized_number) DO NOTHING RETURNING id";
        return sessions.get().fromTransaction(session -> {
            requireCategory(session, categoryId);
            Optional<Integer> id = session.createNativeQuery(sql, Integer.class)
                    .setParameter("original", number.original())
                    .setParameter("normalized", number.e164())
                    .setParameter("category", categoryId)
                    .getResultStream().findFirst();
            if (id.isEmpty()) {
                throw new DuplicateNumberException(findByNormalized(session, number.e164()).orElseThrow());
            }
            NumberTypes.record(session, id.get(), number);
            return findById(session, id.get()).orElseThrow();
        });
    }

    /**
     * Changes a contact's number and category, unless it changed since {@code expectedUpdatedAt}.
     *
     * @throws InvalidNumberException the new number is not valid
     * @throws DuplicateNumberException another contact has the new number
     * @throws ChangedElsewhereException the contact was changed or deleted in the meantime
     * @throws NotFoundException the category does not exist
     */
    public ContactRow update(int id, LocalDateTime expectedUpdatedAt, String rawNumber, int categoryId) {
        Normalized number = normalize(rawNumber);
        String sql = "UPDATE phone_numbers SET original_number = :original, normalized_number = :normalized,"
                + " category_id = :category WHERE id = :id AND updated_at = :expected RETURNING id";
        try {
            return sessions.get().fromTransaction(session -> {
                requireCategory(session, categoryId);
                Optional<ContactRow> holder = findByNormalized(session, number.e164());
                if (holder.isPresent() && holder.get().id() != id) {
                    throw new DuplicateNumberException(holder.get());
                }
                boolean updated = session.createNativeQuery(sql, Integer.class)
                        .setParameter("original", number.original())
                        .setParameter("normalized", number.e164())
                        .setParameter("category", categoryId)
                        .setParameter("id", id)
                        .setParameter("expected", expectedUpdatedAt, LocalDateTime.class)
                        .getResultStream().findFirst().isPresent();
                if (!updated) {
                    throw new ChangedElsewhereException(Kind.CONTACT, id);
                }
                NumberTypes.record(session, id, number);
                return findById(session, id).orElseThrow();
            });
        } catch (ConstraintViolationException e) {
            // Another desktop stored the same number between the check and the update.
            throw sessions.get().fromSession(session -> findByNormalized(session, number.e164()))
                    .<RuntimeException>map(DuplicateNumberException::new)
                    .orElse(e);
        }
    }

    /** Deletes these contacts; ids that no longer exist are skipped. Returns how many were deleted. */
    public int delete(Collection<Integer> ids) {
        List<Integer> all = List.copyOf(ids);
        return sessions.get().fromTransaction(session -> {
            int deleted = 0;
            for (int from = 0; from < all.size(); from += MAX_PAGE_SIZE) {
                deleted += session.createMutationQuery("delete from PhoneNumber where id in :ids")
                        .setParameterList("ids", all.subList(from, Math.min(all.size(), from + MAX_PAGE_SIZE)))
                        .executeUpdate();
            }
            return deleted;
        });
    }

    public Optional<ContactRow> find(int id) {
        return sessions.get().fromSession(session -> findById(session, id));
    }

    /** The spec's duplicate check: the contact holding this E.164 number, if any. */
    public Optional<ContactRow> findByNormalized(String e164) {
        return sessions.get().fromSession(session -> findByNormalized(session, e164));
    }

    /**
     * One page of the contacts matching {@code query}, newest first.
     *
     * @param after the last row of the previous page, or empty for the first page
     */
    public Page<ContactRow> page(ContactQuery query, Optional<PageCursor> after, int pageSize) {
        return page(query, after, pageSize, new Cancellation());
    }

    /**
     * As {@link #page(ContactQuery, Optional, int)}; cancelling {@code cancellation} stops the query
     * on the server (a search the user has already typed past) and this throws.
     */
    public Page<ContactRow> page(ContactQuery query, Optional<PageCursor> after, int pageSize, Cancellation cancellation) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size " + pageSize + " outside 1.." + MAX_PAGE_SIZE);
        }
        List<ContactRow> rows = cancellable(cancellation, session -> {
            ContactFilter filter = ContactFilter.of(session, query, after);
            return filter.bind(session.createNativeQuery(filter.pageSql(), Object[].class))
                    .setParameter("limit", pageSize + 1)
                    .getResultStream().map(Rows::contact).toList();
        });
        if (rows.size() <= pageSize) {
            return new Page<>(rows, Optional.empty());
        }
        List<ContactRow> items = rows.subList(0, pageSize);
        return new Page<>(items, Optional.of(items.get(pageSize - 1).cursor()));
    }

    /** How many contacts match, counting no further than {@code cap} so a count never scans the table. */
    public MatchCount count(ContactQuery query, int cap) {
        return count(query, cap, new Cancellation());
    }

    /** As {@link #count(ContactQuery, int)}; cancelling {@code cancellation} stops the count on the server. */
    public MatchCount count(ContactQuery query, int cap, Cancellation cancellation) {
        return cancellable(cancellation, session -> {
            ContactFilter filter = ContactFilter.of(session, query, Optional.empty());
            if (countsByName(filter)) {
                return new MatchCount(namedCount(session, filter, cap), false);
            }
            long count = filter.bind(session.createNativeQuery(filter.countSql(), Long.class))
                    .setParameter("limit", cap + 1)
                    .getSingleResult();
            return count > cap ? new MatchCount(cap, true) : new MatchCount(count, false);
        });
    }

    /**
     * Whether a search's matches are whole categories, plus a few numbers typed with letters: text
     * without digits matches no E.164 number, so nothing but category names and lettered originals
     * (V8's partial index) can match, and the named categories' counts are kept by triggers.
     */
    private static boolean countsByName(ContactFilter filter) {
        ContactQuery query = filter.query();
        return filter.search().isPresent() && filter.search().get().digits().isEmpty()
                && query.lineKind().isEmpty() && query.finding().isEmpty() && !query.namesRows();
    }

    /**
     * The exact count of a {@link #countsByName} search, in O(categories): the kept counts of the named
     * categories (within the list's category, if one is chosen), plus the lettered originals that
     * match outside them, counted up to {@code cap} through the partial index.
     */
    private static long namedCount(Session session, ContactFilter filter, int cap) {
        return namedCountStatements(session, filter, "", Long.class, cap).stream()
                .mapToLong(NativeQuery::getSingleResult).sum();
    }

    /**
     * The statements of a {@link #namedCount}, each prefixed with {@code prefix} ("EXPLAIN " for the plan):
     * the named categories' kept counts, and the lettered originals outside them; none when neither applies.
     */
    private static <T> List<NativeQuery<T>> namedCountStatements(Session session, ContactFilter filter, String prefix,
                                                                 Class<T> type, int cap) {
        List<Integer> named = namedWithin(filter);
        List<NativeQuery<T>> statements = new java.util.ArrayList<>();
        if (!named.isEmpty()) {
            statements.add(session.createNativeQuery(prefix + NAMED_COUNTS, type).setParameterList("named", named));
        }
        if (filter.search().get().lettered()) {
            statements.add(letteredOutside(session, filter, named, prefix, type, cap));
        }
        return statements;
    }

    /** The named categories a {@link #countsByName} search counts: within the list's category, if one is chosen. */
    private static List<Integer> namedWithin(ContactFilter filter) {
        return filter.namedCategories().stream()
                .filter(id -> filter.query().categoryId().map(id::equals).orElse(true)).toList();
    }

    /** The count, up to {@code cap}, of the originals typed with letters that match outside the named categories. */
    private static <T> NativeQuery<T> letteredOutside(Session session, ContactFilter filter, List<Integer> named,
                                                      String prefix, Class<T> type, int cap) {
        ContactQuery query = filter.query();
        String outside = (named.isEmpty() ? "" : " AND pn.category_id NOT IN (:named)")
                + query.categoryId().map(id -> " AND pn.category_id = :category").orElse("");
        NativeQuery<T> lettered = session.createNativeQuery(prefix + "SELECT count(*) FROM (SELECT 1 FROM phone_numbers pn"
                        + " WHERE " + SearchPattern.LETTERED_ORIGINAL + " AND pn.original_number ILIKE :text" + outside
                        + " LIMIT :limit) lettered", type)
                .setParameter("text", filter.search().get().text())
                .setParameter("limit", cap + 1);
        if (!named.isEmpty()) {
            lettered.setParameterList("named", named);
        }
        query.categoryId().ifPresent(id -> lettered.setParameter("category", id));
        return lettered;
    }

    /**
     * PostgreSQL's plan for the first page of {@code query}: the statement {@link #page} runs, with
     * the same values, under {@code EXPLAIN}. For tests that check a search never reads the table.
     */
    List<String> explainPage(ContactQuery query, int pageSize) {
        return sessions.get().fromSession(session -> {
            ContactFilter filter = ContactFilter.of(session, query, Optional.empty());
            return filter.bind(session.createNativeQuery("EXPLAIN " + filter.pageSql(), String.class))
                    .setParameter("limit", pageSize + 1)
                    .getResultList();
        });
    }

    /**
     * As {@link #explainPage}, for the statement {@link #count} runs: for a search of letters, the count of
     * the lettered originals (the named categories' counts are read from category_counts, one row each).
     */
    List<String> explainCount(ContactQuery query, int cap) {
        return sessions.get().fromSession(session -> {
            ContactFilter filter = ContactFilter.of(session, query, Optional.empty());
            if (countsByName(filter)) {
                return namedCountStatements(session, filter, "EXPLAIN ", String.class, cap).stream()
                        .flatMap(statement -> statement.getResultList().stream()).toList();
            }
            return filter.bind(session.createNativeQuery("EXPLAIN " + filter.countSql(), String.class))
                    .setParameter("limit", cap + 1)
                    .getResultList();
        });
    }


    /**
     * Runs {@code reads} in one read-only REPEATABLE READ transaction, as a backup reads: every
     * {@link #page} and {@link #count} it makes on this thread sees the same snapshot, so an export
     * holds exactly the contacts of one moment whatever others add, move or delete meanwhile.
     */
    public <T> T inSnapshot(Supplier<T> reads) {
        if (snapshot.get() != null) {
            return reads.get();
        }
        return sessions.get().fromSession(session -> {
            Transaction transaction = session.beginTransaction();
            try {
                session.doWork(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                    }
                });
                snapshot.set(session);
                return reads.get();
            } finally {
                snapshot.remove();
                transaction.rollback();
            }
        });
    }

    /**
     * Runs a read in its own session (or in the {@linkplain #inSnapshot snapshot} this thread reads in),
     * which {@code cancellation} can stop mid-query from another thread.
     */
    private <T> T whileCancellable(Cancellation cancellation, Session session, Function<Session, T> read) {
        cancellation.check();
        return cancellation.during(() -> cancelQuery(session), () -> read.apply(session));
    }

    private <T> T cancellable(Cancellation cancellation, Function<Session, T> read) {
        Session shared = snapshot.get();
        if (shared != null) {
            return whileCancellable(cancellation, shared, read);
        }
        return sessions.get().fromSession(session -> whileCancellable(cancellation, session, read));
    }

    /**
     * A cancel from another thread can reach the hook just after the read finished and closed its
     * session; then there is nothing left to stop.
     */
    private static void cancelQuery(Session session) {
        try {
            session.cancelQuery();
        } catch (IllegalStateException closed) {
            log.debug("Search ended before its cancel arrived", closed);
        }
    }

    /** The spec's rules for a number: the normaliser refuses what is not one, and originals over 50 characters. */
    private Normalized normalize(String rawNumber) {
        NormalizationResult result = normalizer.normalize(rawNumber == null ? "" : rawNumber);
        if (result instanceof Rejected rejected) {
            throw new InvalidNumberException(rejected);
        }
        return (Normalized) result;
    }

    private static void requireCategory(Session session, int categoryId) {
        // KEY SHARE: a concurrent delete of the category waits for this transaction instead of racing it.
        boolean exists = session.createNativeQuery("SELECT 1 FROM categories WHERE id = :id FOR KEY SHARE", Object.class)
                .setParameter("id", categoryId)
                .getResultStream().findAny().isPresent();
        if (!exists) {
            throw new NotFoundException(Kind.CATEGORY, categoryId);
        }
    }

    private static Optional<ContactRow> findById(Session session, int id) {
        return session.createNativeQuery("SELECT " + Rows.CONTACT_COLUMNS + FROM + " WHERE pn.id = :id", Object[].class)
                .setParameter("id", id)
                .getResultStream().findFirst().map(Rows::contact);
    }

    private static Optional<ContactRow> findByNormalized(Session session, String e164) {
        return session.createNativeQuery(
                        "SELECT " + Rows.CONTACT_COLUMNS + FROM + " WHERE pn.normalized_number = :number", Object[].class)
                .setParameter("number", e164)
                .getResultStream().findFirst().map(Rows::contact);
    }
}
