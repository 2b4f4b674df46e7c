package id.wacontacts.service.transfer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which category holds each of a preview's numbers that are stored already: one query per chunk,
 * on the preview's connection, each in a short read-only transaction of its own (one for the whole
 * preview would hold its table locks that long, and a restore on any desktop would time out on them).
 * <p>
 * Every statement the app sends is planned for its parameters (for searches, see Database). For
 * this lookup that plan depends on the array's size: a few thousand numbers make PostgreSQL scan the whole table
 * (measured on 776,108 stored numbers and 6,700 looked up: 50 ms a chunk, plus 6–9 ms of
 * planning). The generic plan probes the unique index once per number whatever the size
 * (12 ms, 8 ms with the numbers sorted: the index is then read in order).
 */
final class StoredNumbers implements AutoCloseable {

    private static final String LOOKUP = "SELECT normalized_number, category_id FROM phone_numbers"
            + " WHERE normalized_number = ANY (?)";

    private final Connection connection;
    private final Map<Integer, String> categoryNames;

    /** @param categoryIds every category's id by name, as the preview read them */
    StoredNumbers(Connection connection, Map<String, Integer> categoryIds) throws SQLException {
        this.connection = connection;
        this.categoryNames = new HashMap<>();
        categoryIds.forEach((name, id) -> categoryNames.put(id, name));
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
    }

    /** The name of the category holding each of these E.164 numbers that is stored. */
    Map<String, String> holders(List<String> numbers) throws SQLException {
        Map<String, String> holders = new HashMap<>();
        if (numbers.isEmpty()) {
            return holders;
        }
        String[] sorted = numbers.toArray(String[]::new);
        Arrays.sort(sorted);
        try (Statement settings = connection.createStatement()) {
            settings.execute("SET LOCAL plan_cache_mode = force_generic_plan");
        }
        try (PreparedStatement statement = connection.prepareStatement(LOOKUP)) {
            statement.setArray(1, connection.createArrayOf("varchar", sorted));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String category = categoryName(rs.getInt(2));
                    if (category != null) {
                        holders.put(rs.getString(1), category);
                    }
                }
            }
        } finally {
            connection.rollback(); // it wrote nothing
        }
        return holders;
    }

    /**
     * A category made after the preview began is read when first met; null when it was deleted
     * meanwhile (its numbers with it).
     */
    private String categoryName(int id) throws SQLException {
        String name = categoryNames.get(id);
        if (name == null) {
            try (PreparedStatement statement = connection.prepareStatement("SELECT name FROM categories WHERE id = ?")) {
                statement.setInt(1, id);
                try (ResultSet rs = statement.executeQuery()) {
                    name = rs.next() ? rs.getString(1) : null;
                }
            }
            categoryNames.put(id, name);
        }
        return name;
    }

    /** Ends a lookup's transaction left open by a failure. */
    @Override
    public void close() throws SQLException {
        connection.rollback();
    }
}
