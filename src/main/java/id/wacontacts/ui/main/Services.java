package id.wacontacts.ui.main;

import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.CategoryService;
import id.wacontacts.service.ContactService;

/**
 * What the window works with once the database is open, where that database is, and whether
 * substring search has its trigram indexes.
 */
public record Services(CategoryService categories, ContactService contacts, PhoneNormalizer normalizer,
                       boolean embedded, String location, boolean trigramSearch) {
}
