package id.wacontacts.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import id.wacontacts.testsupport.FreshDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The migrated schema, read back from the catalog, is the source document's. */
class SchemaTest {

    private static Database database;

    @BeforeAll
    static void migrateEmptyDatabase() {
        database = Database.open(FreshDatabases.create("schema"));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void columnsHaveTheSpecsTypesNullabilityAndDefaults() throws SQLException {
        List<String> columns = query(database.dataSource(), """
                SELECT table_name || '.' || column_name || ' ' || data_type
                       || coalesce('(' || character_maximum_length || ')', '')
                       || CASE is_nullable WHEN 'NO' THEN ' NOT NULL' ELSE '' END
                       || coalesce(' DEFAULT ' || column_default, '')
                FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name IN ('categories', 'phone_numbers')
                ORDER BY table_name, ordinal_position
                """);
        assertThat(columns).containsExactly(
                "categories.id integer NOT NULL DEFAULT nextval('categories_id_seq'::regclass)",
                "categories.name character varying(100) NOT NULL",
                "categories.description text",
                "categories.created_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP",
                "categories.updated_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP",
                "phone_numbers.id integer NOT NULL DEFAULT nextval('phone_numbers_id_seq'::regclass)",
                "phone_numbers.original_number character varying(50) NOT NULL",
                "phone_numbers.normalized_number character varying(20) NOT NULL",
                "phone_numbers.category_id integer NOT NULL",
                "phone_numbers.created_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP",
                "phone_numbers.updated_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP");
    }

    @Test
    void constraintsAreThePrimaryKeysUniqueNamesAndCascadingForeignKey() throws SQLException {
        List<String> constraints = query(database.dataSource(), """
                SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
                FROM pg_constraint
                WHERE connamespace = 'public'::regnamespace AND contype IN ('p', 'u', 'f', 'c')
                  AND conrelid IN ('categories'::regclass, 'phone_numbers'::regclass)
                ORDER BY 1
                """);
        assertThat(constraints).containsExactly(
                "categories categories_name_key UNIQUE (name)",
                "categories categories_pkey PRIMARY KEY (id)",
                "phone_numbers fk_phone_numbers_category FOREIGN KEY (category_id) REFERENCES categories(id)"
                        + " ON UPDATE CASCADE ON DELETE CASCADE",
                "phone_numbers phone_numbers_normalized_number_key UNIQUE (normalized_number)",
                "phone_numbers phone_numbers_pkey PRIMARY KEY (id)");
    }

    @Test
    void everyIndexTheSpecNamesExistsWithItsColumns() throws SQLException {
        Map<String, String> indexes = new LinkedHashMap<>();
        for (String row : query(database.dataSource(),
                "SELECT indexname || '|' || indexdef FROM pg_indexes WHERE schemaname = 'public'"
                + " AND tablename IN ('categories', 'phone_numbers') ORDER BY indexname")) {
            String[] parts = row.split("\\|", 2);
            indexes.put(parts[0], parts[1].replace("public.", ""));
        }
        assertThat(indexes).contains(
                entry("idx_categories_name", "CREATE INDEX idx_categories_name ON categories USING btree (name)"),
                entry("idx_categories_created_at",
                        "CREATE INDEX idx_categories_created_at ON categories USING btree (created_at)"),
                entry("idx_phone_numbers_normalized",
                        "CREATE INDEX idx_phone_numbers_normalized ON phone_numbers USING btree (normalized_number)"),
                entry("idx_phone_numbers_original",
                        "CREATE INDEX idx_phone_numbers_original ON phone_numbers USING btree (original_number)"),
                entry("idx_phone_numbers_category_id",
                        "CREATE INDEX idx_phone_numbers_category_id ON phone_numbers USING btree (category_id)"),
                entry("idx_phone_numbers_created_at",
                        "CREATE INDEX idx_phone_numbers_created_at ON phone_numbers USING btree (created_at)"),
                entry("idx_phone_numbers_category_created", "CREATE INDEX idx_phone_numbers_category_created"
                        + " ON phone_numbers USING btree (category_id, created_at DESC)"));
        // Beyond the spec: the keyset paging indexes (docs/schema.md), and the constraints' own indexes.
        assertThat(indexes.keySet()).containsExactlyInAnyOrder(
                "categories_pkey", "categories_name_key", "idx_categories_name", "idx_categories_created_at",
                "phone_numbers_pkey", "phone_numbers_normalized_number_key", "idx_phone_numbers_normalized",
                "idx_phone_numbers_original", "idx_phone_numbers_category_id", "idx_phone_numbers_created_at",
                "idx_phone_numbers_category_created",
                // V6: the keyset paging indexes, undated rows last (V3's two are replaced)
                "idx_phone_numbers_newest", "idx_phone_numbers_category_newest",
                // V4/V5: the trigram GIN index for substring search over the digits (docs/database.md)
                "idx_phone_numbers_normalized_trgm",
                // V8: the partial index of the numbers typed with letters (docs/database.md)
                "idx_phone_numbers_lettered_original_trgm");
    }

    @Test
    void seedsTheFiveCategoriesOfTheSpec() throws SQLException {
        assertThat(query(database.dataSource(), "SELECT name || ' = ' || description FROM categories ORDER BY id"))
                .containsExactly(
                        "Pelanggan VIP = Pelanggan dengan tingkat prioritas tinggi",
                        "Pelanggan VIP 2 = Pelanggan dengan tingkat prioritas tinggi level 2",
                        "Pelanggan Regular = Pelanggan dengan tingkat prioritas standar",
                        "Prospek = Calon pelanggan yang berpotensi",
                        "Lead = Calon pelanggan yang sudah menunjukkan minat");
    }

    @Test
    void updatedAtChangesOnEveryUpdateWhicheverClientWrites() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO categories (name, updated_at) VALUES ('Trigger check', '2000-01-01')");
            statement.execute("UPDATE categories SET description = 'changed' WHERE name = 'Trigger check'");
            try (ResultSet rs = statement.executeQuery("SELECT updated_at > '2020-01-01', "
                    + "abs(extract(epoch FROM updated_at - (now() AT TIME ZONE 'UTC'))) < 60 "
                    + "FROM categories WHERE name = 'Trigger check'")) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("updated_at moved on").isTrue();
                assertThat(rs.getBoolean(2)).as("updated_at is UTC wall-clock").isTrue();
            }
            statement.execute("DELETE FROM categories WHERE name = 'Trigger check'");
        }
    }

    @Test
    void defaultTimestampsAreUtcWallClockForTheAppAndForOtherClients() throws SQLException {
        // This JVM runs in Asia/Jakarta (UTC+7); the pool and the database default both say UTC.
        assertThat(query(database.dataSource(), "SHOW TimeZone")).containsExactly("UTC");
        assertThat(query(database.dataSource(), """
                SELECT unnest(setconfig) FROM pg_db_role_setting
                WHERE setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database()) AND setrole = 0
                """)).contains("TimeZone=UTC");
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO categories (name) VALUES ('Clock check')");
            try (ResultSet rs = statement.executeQuery("SELECT abs(extract(epoch FROM created_at - "
                    + "(now() AT TIME ZONE 'UTC'))) < 60 FROM categories WHERE name = 'Clock check'")) {
                rs.next();
                assertThat(rs.getBoolean(1)).isTrue();
            }
            statement.execute("DELETE FROM categories WHERE name = 'Clock check'");
        }
    }

    static List<String> query(DataSource dataSource, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
