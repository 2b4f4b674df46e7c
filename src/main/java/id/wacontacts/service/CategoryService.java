package id.wacontacts.service;

import id.wacontacts.db.LongWork;
import id.wacontacts.domain.Category;
import id.wacontacts.domain.CategoryCount;
import id.wacontacts.domain.CategoryRow;
import id.wacontacts.domain.MergePreview;
import id.wacontacts.domain.MergeResult;
import id.wacontacts.domain.UndoStep;
import id.wacontacts.service.NotFoundException.Kind;
import id.wacontacts.service.ValidationException.Rule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.exception.ConstraintViolationException;

/** Categories: the spec's rules for names and descriptions, statistics, and cascading delete. */
public final class CategoryService {

    private final Supplier<SessionFactory> sessions;
    /** When given, the counts are read over plain JDBC, so the first page never waits for Hibernate's boot. */
    private final Optional<DataSource> counts;

    public CategoryService(SessionFactory sessions) {
        this.sessions = () -> sessions;
        this.counts = Optional.empty();
    }

    /**
     * Hibernate asked for only when a method needs it (booted on first use, or in the background);
     * {@link #statistics()} reads through {@code dataSource} without it.
     */
    public CategoryService(Supplier<SessionFactory> sessions, DataSource dataSource) {
        this.sessions = sessions;
        this.counts = Optional.of(dataSource);
    }

    /** Every category by name. */
    public List<CategoryRow> list() {
        return sessions.get().fromSession(session -> session.createNativeQuery(
                        "SELECT " + Rows.CATEGORY_COLUMNS + " FROM categories c ORDER BY lower(c.name), c.id",
                        Object[].class)
                .getResultStream().map(row -> Rows.category(row, 0)).toList());
    }

    /**
     * Every category, empty ones too, most numbers first, with the counts the database's triggers
     * keep (the view {@code category_counts}): reads one row per category, never the numbers.
     */
    public List<CategoryCount> statistics() {
        return statistics(KEPT_COUNTS);
    }

    /** Every category with the counts the triggers keep; reads no number. */
    static final String KEPT_COUNTS = "SELECT " + Rows.CATEGORY_COLUMNS + ", coalesce(cc.phone_count, 0) AS phone_count"
            + " FROM categories c LEFT JOIN category_counts cc ON cc.category_id = c.id"
            + " ORDER BY phone_count DESC, lower(c.name), c.id";

    /**
     * The spec's "category statistics" query as written, counting the numbers themselves: the
     * reference that {@link #statistics()} must always agree with.
     */
    public List<CategoryCount> statisticsByCounting() {
        return statistics("SELECT " + Rows.CATEGORY_COLUMNS + ", count(pn.id) AS phone_count"
                + " FROM categories c LEFT JOIN phone_numbers pn ON c.id = pn.category_id"
                + " GROUP BY c.id ORDER BY phone_count DESC, lower(c.name), c.id");
    }

    private List<CategoryCount> statistics(String sql) {
        if (counts.isEmpty()) {
            return sessions.get().fromSession(session -> session.doReturningWork(connection -> statistics(connection, sql)));
        }
        try (Connection connection = counts.get().getConnection()) {
            return statistics(connection, sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The category counts could not be read: " + e.getMessage(), e);
        }
    }

    private static List<CategoryCount> statistics(Connection connection, String sql) throws SQLException {
        List<CategoryCount> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                Object[] row = {rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class)};
                rows.add(new CategoryCount(Rows.category(row, 0), rs.getLong(6)));
            }
        }
        return List.copyOf(rows);
    }

    /** Counts every category's numbers again from the numbers themselves (a repair; never needed normally). */
    public void recount() {
        sessions.get().inTransaction(session -> session.createNativeQuery("SELECT wa_recount_categories()", Object.class)
                .getSingleResult());
    }

    public Optional<CategoryRow> find(int id) {
        return sessions.get().fromSession(session -> Optional.ofNullable(session.find(Category.class, id)).map(Category::toRow));
    }

    /**
     * The category of this name: the one named exactly so, else one whose name looks the same
     * ({@link CategoryNames#key}: case, full-width letters, invisible marks ignored).
     */
    public Optional<CategoryRow> findByName(String name) {
        String cleaned = CategoryNames.clean(name);
        return sessions.get().fromSession(session -> {
            List<String> names = session.createNativeQuery("SELECT name FROM categories", String.class).getResultList();
            return CategoryNames.existing(cleaned, names).flatMap(existing -> session
                    .createSelectionQuery("from Category where name = :name", Category.class)
                    .setParameter("name", existing)
                    .uniqueResultOptional()
                    .map(Category::toRow));
        });
    }

    /** How many numbers deleting this category would delete with it. */
    public long countNumbers(int categoryId) {
        return sessions.get().fromSession(session -> countNumbers(session, categoryId));
    }

    private static long countNumbers(Session session, int categoryId) {
        return session.createNativeQuery(
                        "SELECT coalesce(sum(delta), 0)::bigint FROM category_count_deltas WHERE category_id = :id", Long.class)
                .setParameter("id", categoryId)
                .getSingleResult();
    }

    /**
     * Adds a category.
     *
     * @throws ValidationException the name breaks {@link CategoryNames}' rules, or the description is over 65,535
     * @throws DuplicateCategoryException the name, or one that looks the same, is taken
     */
    public CategoryRow create(String name, String description) {
        String cleanName = CategoryNames.clean(name);
        String cleanDescription = CategoryRules.description(description);
        String sql = "INSERT INTO categories (name, description) VALUES (:name, :description)"
                + " ON CONFLICT (name) DO NOTHING RETURNING id, name, description, created_at, updated_at";
        return sessions.get().fromTransaction(session -> {
            List<String> names = session.createNativeQuery("SELECT name FROM categories", String.class).getResultList();
            CategoryNames.existing(cleanName, names).ifPresent(existing -> {
                throw new DuplicateCategoryException(existing);
            });
            return session.createNativeQuery(sql, Object[].class)
                    .setParameter("name", cleanName)
                    .setParameter("description", cleanDescription, String.class)
                    .getResultStream()
                    .findFirst()
                    .map(row -> Rows.category(row, 0))
                    .orElseThrow(() -> new DuplicateCategoryException(cleanName));
        });
    }

    /** Returns the category with this name, creating it (without description) when there is none. */
    public CategoryRow findOrCreate(String name) {
        String cleanName = CategoryNames.clean(name);
        return findByName(cleanName).orElseGet(() -> {
            try {
                return create(cleanName, null);
            } catch (DuplicateCategoryException createdMeanwhile) {
                return findByName(cleanName).orElseThrow(() -> createdMeanwhile);
            }
        });
    }

    /**
     * Renames or re-describes a category, unless it changed since {@code expectedUpdatedAt}.
     *
     * @throws ChangedElsewhereException it was changed or deleted by someone else in the meantime
     * @throws DuplicateCategoryException another category has the new name, or one that looks the same
     */
    public CategoryRow update(int id, LocalDateTime expectedUpdatedAt, String name, String description) {
        String cleanName = CategoryNames.clean(name);
        String cleanDescription = CategoryRules.description(description);
        String sql = "UPDATE categories c SET name = :name, description = :description"
                + " WHERE c.id = :id AND c.updated_at = :expected RETURNING " + Rows.CATEGORY_COLUMNS;
        try {
            return sessions.get().fromTransaction(session -> {
                List<String> others = session.createNativeQuery(
                                "SELECT name FROM categories WHERE id <> :id", String.class)
                        .setParameter("id", id)
                        .getResultList();
                CategoryNames.existing(cleanName, others).ifPresent(taken -> {
                    throw new DuplicateCategoryException(taken);
                });
                return session.createNativeQuery(sql, Object[].class)
                        .setParameter("name", cleanName)
                        .setParameter("description", cleanDescription, String.class)
                        .setParameter("id", id)
                        .setParameter("expected", expectedUpdatedAt, LocalDateTime.class)
                        .getResultStream()
                        .findFirst()
                        .map(row -> Rows.category(row, 0))
                        .orElseThrow(() -> new ChangedElsewhereException(Kind.CATEGORY, id));
            });
        } catch (ConstraintViolationException e) {
            // Another desktop took the name between the check and the update.
            throw new DuplicateCategoryException(cleanName);
        }
    }

    /**
     * Deletes a category and, through the foreign key's cascade, all its numbers.
     *
     * @return how many numbers were deleted with it
     * @throws NotFoundException it does not exist (any more)
     */
    public long delete(int id) {
        return sessions.get().fromTransaction(session -> {
            // The row lock makes numbers added meanwhile by another desktop wait, so the count is exact.
            boolean exists = session.createNativeQuery("SELECT 1 FROM categories WHERE id = :id FOR UPDATE", Object.class)
                    .setParameter("id", id)
                    .getResultStream().findAny().isPresent();
            if (!exists) {
                throw new NotFoundException(Kind.CATEGORY, id);
            }
            long numbers = countNumbers(session, id);
            session.createMutationQuery("delete from Category where id = :id").setParameter("id", id).executeUpdate();
            return numbers;
        });
    }

    /**
     * What merging {@code fromId} into {@code intoId} would do, with the counts now.
     *
     * @throws NotFoundException either category does not exist
     * @throws IllegalArgumentException they are the same category
     */
    public MergePreview mergePreview(int fromId, int intoId) {
        requireDifferent(fromId, intoId);
        return sessions.get().fromSession(session -> new MergePreview(
                category(session, fromId), countNumbers(session, fromId),
                category(session, intoId), countNumbers(session, intoId)));
    }

    /**
     * Moves every number of {@code fromId} to {@code intoId} and deletes {@code fromId}, in one transaction:
     * one step in the history, whose category delete keeps the merged category's name and description.
     * Numbers added to {@code fromId} meanwhile wait for the lock and move too: none is deleted.
     *
     * @throws NotFoundException either category does not exist (any more)
     */
    public MergeResult merge(int fromId, int intoId) {
        requireDifferent(fromId, intoId);
        return sessions.get().fromTransaction(session -> {
            session.doWork(LongWork::allow); // a large category's numbers can outlast an interactive statement's limit
            // Both rows locked, the merged one for update: numbers added to it by others wait, then fail or land first.
            category(session, intoId);
            long mark = session.doReturningWork(UndoService::mark);
            session.createNativeQuery("SELECT 1 FROM categories WHERE id = :id FOR UPDATE", Object.class)
                    .setParameter("id", fromId).getResultList();
            category(session, fromId);
            long moved = session.createNativeMutationQuery("UPDATE phone_numbers SET category_id = :into WHERE category_id = :from")
                    .setParameter("into", intoId).setParameter("from", fromId).executeUpdate();
            session.createNativeMutationQuery("DELETE FROM categories WHERE id = :from").setParameter("from", fromId)
                    .executeUpdate();
            long txid = session.createNativeQuery("SELECT txid_current()", Long.class).getSingleResult();
            return new MergeResult(moved, new UndoStep(mark, List.of(txid)));
        });
    }

    private static void requireDifferent(int fromId, int intoId) {
        if (fromId == intoId) {
            throw new IllegalArgumentException("A category cannot be merged into itself");
        }
    }

    private static CategoryRow category(Session session, int id) {
        return session.createNativeQuery("SELECT " + Rows.CATEGORY_COLUMNS + " FROM categories c WHERE c.id = :id"
                        + " FOR KEY SHARE", Object[].class)
                .setParameter("id", id)
                .getResultStream().findFirst().map(row -> Rows.category(row, 0))
                .orElseThrow(() -> new NotFoundException(Kind.CATEGORY, id));
    }

    /** The spec's validation rule for a category's description (names: {@link CategoryNames}). */
    static final class CategoryRules {

        private CategoryRules() {
        }

        static String description(String raw) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            String description = raw.strip();
            if (description.codePointCount(0, description.length()) > Category.DESCRIPTION_MAX_LENGTH) {
                throw new ValidationException(Rule.CATEGORY_DESCRIPTION_TOO_LONG,
                        "A description may have at most " + Category.DESCRIPTION_MAX_LENGTH + " characters.");
            }
            return description;
        }
    }
}
