package id.wacontacts.testsupport;

import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.db.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A migrated database of its own for one test class, emptied back to the five seed categories
 * before each test.
 */
public final class ServiceFixture implements AutoCloseable {

    private final ConnectionSettings settings;
    private final Database database;

    private ServiceFixture(ConnectionSettings settings) {
        this.settings = settings;
        this.database = Database.open(settings);
    }

    public static ServiceFixture create(String purpose) {
        return new ServiceFixture(FreshDatabases.create(purpose));
    }

    public Database database() {
        return database;
    }

    public ConnectionSettings settings() {
        return settings;
    }

    /** Back to a freshly migrated state: no numbers, the seed categories with ids 1 to 5. */
    public void reset() {
        FreshDatabases.execute(settings, "TRUNCATE phone_numbers, categories RESTART IDENTITY", seedSql());
    }

    /** Runs SQL directly, as another client of the database would. */
    public void sql(String... statements) {
        FreshDatabases.execute(settings, statements);
    }

    private static String seedSql() {
        try (InputStream in = ServiceFixture.class.getResourceAsStream("/db/migration/V2__seed_categories.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
