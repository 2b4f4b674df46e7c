package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.db.Database;
import id.wacontacts.domain.CategoryRow;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.testsupport.ServiceFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two desktops, each with its own pool, sharing one database: neither silently overwrites the other. */
class TwoDesktopsTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("two_desktops");
    private static Database secondDesktop;

    private ContactService contactsHere;
    private ContactService contactsThere;
    private CategoryService categoriesHere;
    private CategoryService categoriesThere;

    @BeforeAll
    static void open() {
        secondDesktop = Database.open(fixture.settings());
    }

    @AfterAll
    static void close() {
        secondDesktop.close();
    }

    @BeforeEach
    void reset() {
        PhoneNormalizer normalizer = new PhoneNormalizer("ID");
        contactsHere = fixture.contacts();
        contactsThere = new ContactService(secondDesktop.sessionFactory(), normalizer);
        categoriesHere = fixture.categories();
        categoriesThere = new CategoryService(secondDesktop.sessionFactory());
    }

    @Test
    void whenBothEditTheSameContactTheSecondIsRefusedAndTheFirstEditStays() {
        int prospek = categoriesHere.findByName("Prospek").orElseThrow().id();
        int lead = categoriesHere.findByName("Lead").orElseThrow().id();
        ContactRow added = contactsHere.add("0812-3456-7890", prospek);
        ContactRow seenHere = contactsHere.find(added.id()).orElseThrow();
        ContactRow seenThere = contactsThere.find(added.id()).orElseThrow();

        contactsHere.update(seenHere.id(), seenHere.updatedAt(), "0812-3456-7890", lead);

        assertThatThrownBy(() -> contactsThere.update(seenThere.id(), seenThere.updatedAt(), "0812-3456-7891", prospek))
                .isInstanceOf(ChangedElsewhereException.class);
        ContactRow now = contactsThere.find(added.id()).orElseThrow();
        assertThat(now.categoryName()).isEqualTo("Lead");
        assertThat(now.normalizedNumber()).isEqualTo("+6281234567890");
    }

    @Test
    void whenBothRenameTheSameCategoryTheSecondIsRefused() {
        CategoryRow seenHere = categoriesHere.findByName("Lead").orElseThrow();
        CategoryRow seenThere = categoriesThere.findByName("Lead").orElseThrow();

        categoriesHere.update(seenHere.id(), seenHere.updatedAt(), "Lead Jakarta", null);

        assertThatThrownBy(() -> categoriesThere.update(seenThere.id(), seenThere.updatedAt(), "Lead Surabaya", null))
                .isInstanceOf(ChangedElsewhereException.class);
        assertThat(categoriesThere.find(seenThere.id()).orElseThrow().name()).isEqualTo("Lead Jakarta");
    }
}
