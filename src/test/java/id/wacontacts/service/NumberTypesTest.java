package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.domain.LineKind;
import id.wacontacts.phone.LibraryVersion;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.transfer.ImportOptions;
import id.wacontacts.service.transfer.TransferProgress;
import id.wacontacts.testsupport.ServiceFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** number_types follows every way a number is stored, moved or deleted, and the type filter reads it. */
class NumberTypesTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("numbertypes");

    private ContactService contacts;
    private NumberTypes types;
    private int prospek;
    private int lead;

    @BeforeEach
    void setUp() {
        contacts = fixture.contacts();
        types = new NumberTypes(fixture.database().dataSource(), new PhoneNormalizer("ID"));
        prospek = fixture.categoryId("Prospek");
        lead = fixture.categoryId("Lead");
    }

    @Test
    void theFilterTellsMobilesLandlinesAndTollFreeNumbersApart() {
        contacts.add("0812-3456-7890", prospek);
        contacts.add("021 5551 2345", prospek);
        contacts.add("0800 1 234 567", prospek);
        contacts.add("+1 212 555 0100", prospek);
        contacts.add("0813 1111 2222", lead);

        assertThat(numbers(LineKind.MOBILE, Optional.empty()))
                .containsExactly("+6281311112222", "+12125550100", "+6281234567890");
        assertThat(numbers(LineKind.FIXED_LINE, Optional.empty())).containsExactly("+622155512345");
        assertThat(numbers(LineKind.OTHER, Optional.empty())).containsExactly("+628001234567");
        assertThat(numbers(LineKind.MOBILE, Optional.of(prospek))).containsExactly("+12125550100", "+6281234567890");
        assertThat(contacts.page(ContactQuery.ALL, Optional.empty(), 50).items())
                .filteredOn(row -> row.lineKind().mayNotBeOnWhatsApp())
                .extracting(ContactRow::normalizedNumber).containsExactlyInAnyOrder("+622155512345", "+628001234567");
    }

    @Test
    void theFilterCombinesWithSearchAndPagesByKeyset() {
        for (int i = 0; i < 30; i++) {
            contacts.add("0812 0000 " + String.format("%04d", i), prospek);
            contacts.add("021 5550 " + String.format("%04d", i), prospek);
        }
        ContactQuery mobiles = ContactQuery.inCategory(prospek).withLineKind(Optional.of(LineKind.MOBILE));

        var first = contacts.page(mobiles, Optional.empty(), 20);
        var second = contacts.page(mobiles, first.next(), 20);
        assertThat(first.items()).hasSize(20).allMatch(row -> row.lineKind() == LineKind.MOBILE);
        assertThat(second.items()).hasSize(10).allMatch(row -> row.lineKind() == LineKind.MOBILE);
        assertThat(contacts.count(mobiles, 1000).count()).isEqualTo(30);
        assertThat(contacts.count(mobiles.withSearch("0812 0000 001"), 1000).count()).isEqualTo(10);
        assertThat(contacts.count(mobiles.withLineKind(Optional.of(LineKind.FIXED_LINE)).withSearch("5550 002"), 1000)
                .count()).isEqualTo(10);
    }

    @Test
    void anEditReclassifiesAndAMoveOrDeleteElsewhereIsFollowed() throws Exception {
        ContactRow row = contacts.add("0812-3456-7890", prospek);
        ContactRow edited = contacts.update(row.id(), row.updatedAt(), "021 5551 2345", prospek);
        assertThat(edited.lineKind()).isEqualTo(LineKind.FIXED_LINE);

        fixture.sql("UPDATE phone_numbers SET category_id = " + lead);
        assertThat(numbers(LineKind.FIXED_LINE, Optional.of(lead))).containsExactly("+622155512345");
        assertThat(numbers(LineKind.FIXED_LINE, Optional.of(prospek))).isEmpty();

        fixture.sql("DELETE FROM phone_numbers");
        assertThat(rows("SELECT count(*) FROM number_types")).containsExactly("0");
    }

    @Test
    void numbersWrittenByOtherProgramsWaitUncheckedUntilTheCatchUp() throws Exception {
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id) VALUES"
                + " ('0812 1', '+6281211112222', " + prospek + "), ('021 1', '+622155512345', " + prospek + ")");
        // As after the migration on a database that had numbers: no row at all.
        fixture.sql("DELETE FROM number_types WHERE phone_number_id = (SELECT id FROM phone_numbers"
                + " WHERE normalized_number = '+622155512345')");
        assertThat(rows("SELECT kind FROM number_types")).containsExactly("0");
        assertThat(contacts.page(ContactQuery.ALL, Optional.empty(), 10).items()).hasSize(2)
                .allMatch(row -> row.lineKind() == LineKind.UNCHECKED);

        assertThat(types.catchUp(new Cancellation())).isEqualTo(2);

        assertThat(numbers(LineKind.MOBILE, Optional.empty())).containsExactly("+6281211112222");
        assertThat(numbers(LineKind.FIXED_LINE, Optional.empty())).containsExactly("+622155512345");
        assertThat(rows("SELECT DISTINCT validated_with FROM number_types")).containsExactly(LibraryVersion.current());
        assertThat(types.catchUp(new Cancellation())).isZero();
    }

    @Test
    void anImportStoresTheTypesWithTheNumbers(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("list.csv");
        Files.writeString(file, "nomor\n0812-3456-7890\n021 5551 2345\n0800 1 234 567\n0812-3456-7890\n");
        fixture.imports().importFile(file, new ImportOptions(0, OptionalInt.empty(), true, "Prospek", false),
                null, Locale.ENGLISH, TransferProgress.NONE, new Cancellation());

        assertThat(rows("SELECT pn.normalized_number || ' ' || nt.kind || ' ' || nt.line_type || ' '"
                + " || nt.category_id FROM phone_numbers pn JOIN number_types nt ON nt.phone_number_id = pn.id"
                + " ORDER BY 1")).containsExactlyInAnyOrder(
                "+622155512345 2 FIXED_LINE " + prospek,
                "+6281234567890 1 MOBILE " + prospek,
                "+628001234567 3 TOLL_FREE " + prospek);
    }

    @Test
    void aTruncateEmptiesTheTypesToo() throws Exception {
        contacts.add("0812-3456-7890", prospek);
        fixture.sql("TRUNCATE phone_numbers, categories");
        assertThat(rows("SELECT count(*) FROM number_types")).containsExactly("0");
    }

    private List<String> numbers(LineKind kind, Optional<Integer> category) {
        ContactQuery query = new ContactQuery(category, "").withLineKind(Optional.of(kind));
        return contacts.page(query, Optional.empty(), 100).items().stream().map(ContactRow::normalizedNumber).toList();
    }

    static List<String> rows(String sql) throws Exception {
        List<String> values = new java.util.ArrayList<>();
        try (var connection = fixture.database().dataSource().getConnection();
             var statement = connection.createStatement();
             var rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
