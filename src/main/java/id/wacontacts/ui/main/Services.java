package id.wacontacts.ui.main;

import id.wacontacts.service.CategoryService;
import id.wacontacts.service.ContactService;

/** What the window works with once the database is open, and where that database is. */
public record Services(CategoryService categories, ContactService contacts, boolean embedded, String location) {
}
