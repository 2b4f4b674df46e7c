package id.wacontacts.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.wacontacts.testsupport.FreshDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Released migrations are frozen: a fresh database taken to V4 and to V5 holds exactly the indexes
 * those versions made when they were released, whatever the app's current code creates.
 */
class ReleasedMigrationsTest {

    private static final String[] V3_INDEXES = {
            "categories_name_key", "categories_pkey", "idx_categories_created_at", "idx_categories_name",
            "idx_phone_numbers_category_created", "idx_phone_numbers_category_created_id",
            "idx_phone_numbers_category_id", "idx_phone_numbers_created_at", "idx_phone_numbers_created_id",
            "idx_phone_numbers_normalized", "idx_phone_numbers_original", "phone_numbers_normalized_number_key",
            "phone_numbers_pkey"};

    @Test
    void v4CreatesTheTwoTrigramIndexesItCreatedWhenReleased() throws Exception {
        assertThat(indexesAfter("4")).containsExactlyInAnyOrder(with(V3_INDEXES,
                "idx_phone_numbers_normalized_trgm", "idx_phone_numbers_original_trgm"));
    }

    @Test
    void v5LeavesTheTrigramIndexOnTheE164NumberOnly() throws Exception {
        assertThat(indexesAfter("5")).containsExactlyInAnyOrder(with(V3_INDEXES, "idx_phone_numbers_normalized_trgm"));
    }

    private static java.util.List<String> indexesAfter(String version) throws Exception {
        HikariConfig config = new HikariConfig();
        var settings = FreshDatabases.create("released_v" + version);
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setConnectionInitSql("SET TIME ZONE 'UTC'");
        config.setMaximumPoolSize(3);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            // The app's own Flyway set-up (its locations, its trigram retry turned off), stopped at one version.
            Flyway flyway = Flyway.configure(ReleasedMigrationsTest.class.getClassLoader())
                    .configuration(Migrations.configure(dataSource).getConfiguration())
                    .callbacks(new org.flywaydb.core.api.callback.Callback[0])
                    .target(version)
                    .load();
            flyway.migrate();
            return SchemaTest.query(dataSource, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"
                    + " AND tablename IN ('categories', 'phone_numbers') ORDER BY 1");
        }
    }

    private static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
