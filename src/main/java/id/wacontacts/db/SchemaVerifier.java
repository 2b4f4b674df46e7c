package id.wacontacts.db;

import id.wacontacts.db.DatabaseStartException.Problem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the tables after migration with the source document's. A database the original
 * system made is adopted as it is; if its columns differ from the spec's, the app stops with a
 * message naming every difference rather than failing later on a single edit.
 */
final class SchemaVerifier {

    /** One expected column: SQL type as information_schema names it, length, nullability. */
    record ColumnSpec(String table, String column, String dataType, Integer maxLength, boolean nullable) {
    }

    static final List<ColumnSpec> SPEC = List.of(
            new ColumnSpec("categories", "id", "integer", null, false),
            new ColumnSpec("categories", "name", "character varying", 100, false),
            new ColumnSpec("categories", "description", "text", null, true),
            new ColumnSpec("categories", "created_at", "timestamp without time zone", null, true),
            new ColumnSpec("categories", "updated_at", "timestamp without time zone", null, true),
            new ColumnSpec("phone_numbers", "id", "integer", null, false),
            new ColumnSpec("phone_numbers", "original_number", "character varying", 50, false),
            new ColumnSpec("phone_numbers", "normalized_number", "character varying", 20, false),
            new ColumnSpec("phone_numbers", "category_id", "integer", null, false),
            new ColumnSpec("phone_numbers", "created_at", "timestamp without time zone", null, true),
            new ColumnSpec("phone_numbers", "updated_at", "timestamp without time zone", null, true));

    private SchemaVerifier() {
    }

    static void verify(Connection connection) throws SQLException {
        List<String> differences = new ArrayList<>();
        Map<String, ColumnSpec> actual = readColumns(connection);
        for (ColumnSpec expected : SPEC) {
            ColumnSpec found = actual.get(expected.table() + "." + expected.column());
            if (found == null) {
                differences.add(expected.table() + "." + expected.column() + " is missing");
            } else if (!found.equals(expected)) {
                differences.add(expected.table() + "." + expected.column() + " is " + describe(found)
                        + ", expected " + describe(expected));
            }
        }
        requireUnique(connection, "categories", "name", differences);
        requireUnique(connection, "phone_numbers", "normalized_number", differences);
        requireCascadingForeignKey(connection, differences);
        if (!differences.isEmpty()) {
            throw new DatabaseStartException(Problem.SCHEMA_MISMATCH,
                    "The database's tables differ from the ones WA Contacts expects: "
                            + String.join("; ", differences) + ".");
        }
    }

    private static Map<String, ColumnSpec> readColumns(Connection connection) throws SQLException {
        String sql = """
                SELECT table_name, column_name, data_type, character_maximum_length, is_nullable
                FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name IN ('categories', 'phone_numbers')
                """;
        Map<String, ColumnSpec> columns = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                Object length = rs.getObject("character_maximum_length");
                ColumnSpec column = new ColumnSpec(rs.getString("table_name"), rs.getString("column_name"),
                        rs.getString("data_type"), length == null ? null : ((Number) length).intValue(),
                        "YES".equals(rs.getString("is_nullable")));
                columns.put(column.table() + "." + column.column(), column);
            }
        }
        return columns;
    }

    private static void requireUnique(Connection connection, String table, String column, List<String> differences)
            throws SQLException {
        String sql = """
                SELECT count(*) FROM pg_index i
                JOIN pg_class t ON t.oid = i.indrelid
                JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0]
                WHERE t.relname = ? AND t.relnamespace = current_schema()::regnamespace
                  AND i.indisunique AND i.indnatts = 1 AND a.attname = ?
                """;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, table);
            statement.setString(2, column);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    differences.add(table + "." + column + " is not unique");
                }
            }
        }
    }

    private static void requireCascadingForeignKey(Connection connection, List<String> differences)
            throws SQLException {
        String sql = """
                SELECT c.confdeltype, c.confupdtype FROM pg_constraint c
                JOIN pg_class t ON t.oid = c.conrelid
                JOIN pg_class r ON r.oid = c.confrelid
                WHERE c.contype = 'f' AND t.relname = 'phone_numbers' AND r.relname = 'categories'
                  AND t.relnamespace = current_schema()::regnamespace
                """;
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                differences.add("phone_numbers.category_id has no foreign key to categories");
            } else if (!Objects.equals(rs.getString(1), "c") || !Objects.equals(rs.getString(2), "c")) {
                differences.add("the foreign key from phone_numbers to categories does not cascade");
            }
        }
    }

    private static String describe(ColumnSpec column) {
        String type = column.maxLength() == null ? column.dataType() : column.dataType() + "(" + column.maxLength() + ")";
        return type + (column.nullable() ? " NULL" : " NOT NULL");
    }
}
