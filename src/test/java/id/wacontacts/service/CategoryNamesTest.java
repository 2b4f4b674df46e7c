package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.domain.CategoryRow;
import id.wacontacts.service.ValidationException.Rule;
import id.wacontacts.testsupport.ServiceFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules for category names, as adding and renaming in the window apply them. */
class CategoryNamesTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("category-names");
    private static CategoryService categories;

    @BeforeAll
    static void openDatabase() {
        categories = fixture.categories();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pelanggan\tVIP", "Reseller\nSurabaya", "Le\rad", "x;ROLLBACK;\u0007", "Promo\u202Egnp",
            "A\u2066B\u2069", "Baris\u2028dua", "Tanda\u200Ekiri", "Null\u0000"})
    void namesWithControlCharactersAreRefused(String name) {
        assertThatThrownBy(() -> categories.create(name, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.rule()).isEqualTo(Rule.CATEGORY_NAME_CONTROL_CHARACTERS));
        CategoryRow lead = categories.findByName("Lead").orElseThrow();
        assertThatThrownBy(() -> categories.update(lead.id(), lead.updatedAt(), name, null))
                .isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u00A0\u00A0 \u3000", "\u200B", " \u2007\u202F "})
    void blankLookingNamesAreNoNames(String name) {
        assertThatThrownBy(() -> categories.create(name, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.rule()).isEqualTo(Rule.CATEGORY_NAME_REQUIRED));
    }

    @Test
    void noBreakSpacesAtTheEndsAreTrimmedLikeSpaces() {
        assertThat(categories.create("\u00A0Reseller Surabaya\u00A0", null).name()).isEqualTo("Reseller Surabaya");
    }

    @ParameterizedTest
    @ValueSource(strings = {"prospek", "PROSPEK", "\uFF30\uFF32\uFF2F\uFF33\uFF30\uFF25\uFF2B", "Pros\u200Bpek",
            "Pro\u200Fspek"})
    void aLookAlikeOfAnExistingNameIsNotNew(String name) {
        if (!CategoryNames.hasControlCharacter(name)) {
            assertThatThrownBy(() -> categories.create(name, null))
                    .isInstanceOfSatisfying(DuplicateCategoryException.class,
                            e -> assertThat(e.name()).isEqualTo("Prospek"));
            assertThat(categories.findOrCreate(name).name()).isEqualTo("Prospek");
        }
        assertThat(CategoryNames.key(name)).isEqualTo(CategoryNames.key("Prospek"));
        assertThat(categories.list()).extracting(CategoryRow::name).containsOnlyOnce("Prospek")
                .noneMatch(existing -> !existing.equals("Prospek") && CategoryNames.key(existing).equals("prospek"));
    }

    @Test
    void findingByNameFindsTheLookAlikeAndPrefersTheExactName() {
        assertThat(categories.findByName("pelanggan vip")).map(CategoryRow::name).contains("Pelanggan VIP");
        // Stored before names were compared this way.
        fixture.sql("INSERT INTO categories (name) VALUES ('LEAD')");
        assertThat(categories.findByName("LEAD")).map(CategoryRow::name).contains("LEAD");
        assertThat(categories.findByName("Lead")).map(CategoryRow::name).contains("Lead");
    }

    @Test
    void renamingToAnotherCategorysLookAlikeIsRefusedRenamingItsOwnCaseIsNot() {
        CategoryRow lead = categories.findByName("Lead").orElseThrow();

        assertThatThrownBy(() -> categories.update(lead.id(), lead.updatedAt(), "PROSPEK", null))
                .isInstanceOfSatisfying(DuplicateCategoryException.class, e -> assertThat(e.name()).isEqualTo("Prospek"));
        assertThat(categories.update(lead.id(), lead.updatedAt(), "LEAD", null).name()).isEqualTo("LEAD");
    }

    @Test
    void printingEscapesControlCharactersOfStoredNames() {
        assertThat(CategoryNames.printable("Forged\t999\nLead\u202E\\")).isEqualTo("Forged\\t999\\nLead\\u202E\\\\");
        assertThat(CategoryNames.printable("Pelanggan Bandung — Ciumbuleuit")).isEqualTo("Pelanggan Bandung — Ciumbuleuit");
    }
}
