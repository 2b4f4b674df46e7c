package id.wacontacts.testsupport;

import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.db.Database;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.CategoryService;
import id.wacontacts.service.ContactService;
import id.wacontacts.service.transfer.ExportService;
import id.wacontacts.service.transfer.ImportService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A migrated database of its own for one test class. As a JUnit extension
 * ({@code @RegisterExtension static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("name")})
 * it opens before the class's tests, goes back to the five seed categories before each test, and
 * closes after them.
 */
public final class ServiceFixture implements AutoCloseable, BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final String purpose;
    private final boolean resetBeforeEach;
    private ConnectionSettings settings;
    private Database database;
    private CategoryService categories;
    private ContactService contacts;
    private ImportService imports;
    private ExportService exports;

    private ServiceFixture(String purpose, boolean resetBeforeEach) {
        this.purpose = purpose;
        this.resetBeforeEach = resetBeforeEach;
    }

    /** Opens a fresh database now; the caller closes it. */
    public static ServiceFixture create(String purpose) {
        ServiceFixture fixture = new ServiceFixture(purpose, false);
        fixture.open();
        return fixture;
    }

    /** An extension: one database for the class, back to the seed categories before each test. */
    public static ServiceFixture resetBeforeEach(String purpose) {
        return new ServiceFixture(purpose, true);
    }

    /** An extension: one database for the class, left as the tests leave it. */
    public static ServiceFixture perClass(String purpose) {
        return new ServiceFixture(purpose, false);
    }

    private void open() {
        settings = FreshDatabases.create(purpose);
        database = Database.open(settings);
        categories = new CategoryService(database.sessionFactory());
        PhoneNormalizer normalizer = new PhoneNormalizer(PhoneNormalizer.DEFAULT_REGION);
        contacts = new ContactService(database.sessionFactory(), normalizer);
        imports = new ImportService(database.dataSource(), normalizer);
        exports = new ExportService(contacts);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        open();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (resetBeforeEach) {
            reset();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
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

    public ImportService imports() {
        return imports;
    }

    public ExportService exports() {
        return exports;
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
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
