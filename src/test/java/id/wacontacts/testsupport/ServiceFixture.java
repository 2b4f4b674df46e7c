package id.wacontacts.testsupport;

import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.db.Database;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.CategoryService;
import id.wacontacts.service.ContactService;
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
    private final CategoryService categories;
    private final ContactService contacts;

    private ServiceFixture(ConnectionSettings settings) {
        this.settings = settings;
        this.database = Database.open(settings);
        this.categories = new CategoryService(database.sessionFactory());
        this.contacts = new ContactService(database.sessionFactory(), new PhoneNormalizer(PhoneNormalizer.DEFAULT_REGION));
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

    public CategoryService categories() {
        return categories;
    }

    public ContactService contacts() {
        return contacts;
    }

    /** The id of a category by name, e.g. one of the seed categories. */
    public int categoryId(String name) {
        return categories.findByName(name).orElseThrow().id();
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
