package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.domain.CategoryCount;
import id.wacontacts.domain.CategoryRow;
import id.wacontacts.service.ValidationException.Rule;
import id.wacontacts.testsupport.ServiceFixture;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CategoryServiceTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("categories");
    private static CategoryService categories;
    private static ContactService contacts;

    @BeforeAll
    static void openDatabase() {
        categories = fixture.categories();
        contacts = fixture.contacts();
    }

    @Test
    void listsTheSeedCategoriesByName() {
        assertThat(categories.list()).extracting(CategoryRow::name).containsExactly(
                "Lead", "Pelanggan Regular", "Pelanggan VIP", "Pelanggan VIP 2", "Prospek");
    }

    @Test
    void statisticsCountEveryCategoryEmptyOnesIncludedMostNumbersFirst() {
        int prospek = categories.findByName("Prospek").orElseThrow().id();
        int lead = categories.findByName("Lead").orElseThrow().id();
        contacts.add("0812-3456-7890", prospek);
        contacts.add("0813-1111-2222", prospek);
        contacts.add("0857-3333-4444", lead);

        assertThat(categories.statistics())
                .extracting(c -> c.name() + "=" + c.phoneCount())
                .containsExactly("Prospek=2", "Lead=1", "Pelanggan Regular=0", "Pelanggan VIP=0", "Pelanggan VIP 2=0");
    }

    @Test
    void createsACategoryWithTrimmedNameAndTimestamps() {
        CategoryRow created = categories.create("  Reseller Surabaya ", "Toko grosir");

        assertThat(created.name()).isEqualTo("Reseller Surabaya");
        assertThat(created.description()).isEqualTo("Toko grosir");
        assertThat(created.createdAt()).isNotNull();
        assertThat(created.updatedAt()).isEqualTo(created.createdAt());
        assertThat(categories.find(created.id())).contains(created);
    }

    @Test
    void rejectsAnEmptyName() {
        assertThatThrownBy(() -> categories.create("   ", null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.rule()).isEqualTo(Rule.CATEGORY_NAME_REQUIRED));
    }

    @Test
    void acceptsAHundredCharacterNameAndRejectsAHundredAndOne() {
        assertThat(categories.create("n".repeat(100), null).name()).hasSize(100);
        assertThatThrownBy(() -> categories.create("m".repeat(101), null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.rule()).isEqualTo(Rule.CATEGORY_NAME_TOO_LONG));
    }

    @Test
    void countsNameLengthInCharactersNotBytes() {
        String hundredEmoji = "😀".repeat(100);
        assertThat(categories.create(hundredEmoji, null).name()).isEqualTo(hundredEmoji);
    }

    @Test
    void acceptsA65535CharacterDescriptionAndRejectsLonger() {
        assertThat(categories.create("Panjang", "d".repeat(65_535)).description()).hasSize(65_535);
        assertThatThrownBy(() -> categories.create("Terlalu panjang", "d".repeat(65_536)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.rule()).isEqualTo(Rule.CATEGORY_DESCRIPTION_TOO_LONG));
    }

    @Test
    void rejectsADuplicateName() {
        assertThatThrownBy(() -> categories.create("Prospek", "again"))
                .isInstanceOfSatisfying(DuplicateCategoryException.class,
                        e -> assertThat(e.name()).isEqualTo("Prospek"));
        assertThat(categories.list()).hasSize(5);
    }

    @Test
    void renamesAndRedescribesACategory() {
        CategoryRow lead = categories.findByName("Lead").orElseThrow();

        CategoryRow renamed = categories.update(lead.id(), lead.updatedAt(), "Lead Panas", "Sudah minta harga");

        assertThat(renamed.name()).isEqualTo("Lead Panas");
        assertThat(renamed.description()).isEqualTo("Sudah minta harga");
        assertThat(renamed.updatedAt()).isAfter(lead.updatedAt());
        assertThat(categories.findByName("Lead")).isEmpty();
    }

    @Test
    void renamingToATakenNameIsRefusedAndTheOldNameStays() {
        CategoryRow lead = categories.findByName("Lead").orElseThrow();

        assertThatThrownBy(() -> categories.update(lead.id(), lead.updatedAt(), "Prospek", null))
                .isInstanceOf(DuplicateCategoryException.class);
        assertThat(categories.find(lead.id())).contains(lead);
    }

    @Test
    void anEditOfACategoryChangedElsewhereIsRefused() {
        CategoryRow lead = categories.findByName("Lead").orElseThrow();
        fixture.sql("UPDATE categories SET description = 'changed on another desktop' WHERE id = " + lead.id());

        assertThatThrownBy(() -> categories.update(lead.id(), lead.updatedAt(), "Lead 2", null))
                .isInstanceOf(ChangedElsewhereException.class);
        assertThat(categories.find(lead.id()).orElseThrow().description()).isEqualTo("changed on another desktop");
    }

    @Test
    void anEditOfADeletedCategoryIsRefused() {
        CategoryRow lead = categories.findByName("Lead").orElseThrow();
        categories.delete(lead.id());

        assertThatThrownBy(() -> categories.update(lead.id(), lead.updatedAt(), "Lead 2", null))
                .isInstanceOf(ChangedElsewhereException.class);
    }

    @Test
    void deletingACategoryDeletesItsNumbersAndSaysHowMany() {
        int prospek = categories.findByName("Prospek").orElseThrow().id();
        int lead = categories.findByName("Lead").orElseThrow().id();
        contacts.add("0812-3456-7890", prospek);
        contacts.add("0813-1111-2222", prospek);
        contacts.add("0857-3333-4444", lead);
        assertThat(categories.countNumbers(prospek)).isEqualTo(2);

        assertThat(categories.delete(prospek)).isEqualTo(2);

        assertThat(categories.find(prospek)).isEmpty();
        assertThat(contacts.findByNormalized("+6281234567890")).isEmpty();
        assertThat(contacts.findByNormalized("+6285733334444")).isPresent();
        assertThat(categories.statistics()).extracting(CategoryCount::name).doesNotContain("Prospek");
    }

    @Test
    void deletingAMissingCategoryIsNotFound() {
        assertThatThrownBy(() -> categories.delete(9_999))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.id()).isEqualTo(9_999));
    }

    @Test
    void findOrCreateReturnsTheExistingCategoryOrMakesOne() {
        assertThat(categories.findOrCreate("Prospek").id()).isEqualTo(categories.findByName("Prospek").orElseThrow().id());
        CategoryRow made = categories.findOrCreate("Pameran Jakarta 2026");
        assertThat(categories.findByName("Pameran Jakarta 2026")).contains(made);
    }

    @Test
    void staleTimestampIsComparedExactlyToTheMicrosecond() {
        CategoryRow lead = categories.findByName("Lead").orElseThrow();
        LocalDateTime oneMicroLater = lead.updatedAt().plusNanos(1_000);
        assertThatThrownBy(() -> categories.update(lead.id(), oneMicroLater, "Lead 2", null))
                .isInstanceOf(ChangedElsewhereException.class);
    }
}
