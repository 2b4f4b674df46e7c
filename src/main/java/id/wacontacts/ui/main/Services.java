package id.wacontacts.ui.main;

import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.CategoryService;
import id.wacontacts.service.ContactService;
import id.wacontacts.service.HealthService;
import java.util.Optional;

/**
 * What the window works with once the database is open, where that database is, whether
 * substring search has its trigram indexes, and whether the server lets anyone in (no password checked).
 *
 * @param safety undo, the trash and the history; empty where a test does without them
 * @param health Help → Database health's figures; empty where the window was opened without them
 */
public record Services(CategoryService categories, ContactService contacts, PhoneNormalizer normalizer,
                       boolean embedded, String location, boolean trigramSearch, boolean openToAnyone,
                       Optional<SafetyNet> safety, Optional<HealthService> health) {

    public Services(CategoryService categories, ContactService contacts, PhoneNormalizer normalizer,
                    boolean embedded, String location, boolean trigramSearch, boolean openToAnyone) {
        this(categories, contacts, normalizer, embedded, location, trigramSearch, openToAnyone, Optional.empty(),
                Optional.empty());
    }

    public Services(CategoryService categories, ContactService contacts, PhoneNormalizer normalizer,
                    boolean embedded, String location, boolean trigramSearch) {
        this(categories, contacts, normalizer, embedded, location, trigramSearch, false);
    }
}
