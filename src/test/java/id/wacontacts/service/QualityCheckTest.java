package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.domain.LineKind;
import id.wacontacts.domain.QualityFinding;
import id.wacontacts.phone.LibraryVersion;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.testsupport.ServiceFixture;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The quality check finds planted suspicious numbers, lists each as a filter, and changes no number. */
class QualityCheckTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("quality");

    private QualityCheck check;
    private int prospek;

    @BeforeEach
    void setUp() {
        check = new QualityCheck(fixture.database().dataSource(),
                new NumberTypes(fixture.database().dataSource(), new PhoneNormalizer("ID")));
        prospek = fixture.categoryId("Prospek");
        fixture.contacts().add("0812-3456-7890", prospek);
        fixture.contacts().add("+62 813 1111 2222", prospek);
        fixture.contacts().add("6285733334444", prospek);
        // Planted as other programs (or an old import) stored them.
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id) VALUES"
                + " ('+62 62 812 345 678', '+6262812345678', " + prospek + "),"
                + " ('812 9999 8888', '+6281299998888', " + prospek + "),"
                + " ('6.28123E+12', '+6281230000000', " + prospek + "),"
                + " ('+62 999', '+62999', " + prospek + ")");
    }

    @Test
    void findsPlantedSuspiciousOriginalsAndInvalidNumbers() throws Exception {
        List<String> before = rows("SELECT id || original_number || normalized_number || category_id"
                + " || updated_at FROM phone_numbers ORDER BY id");

        QualityCheck.Report report = check.run(QualityCheck.Progress.NONE, new Cancellation());

        assertThat(report.checked()).isEqualTo(7);
        assertThat(list(QualityFinding.DOUBLED_COUNTRY_CODE)).containsExactly("+62 62 812 345 678");
        assertThat(list(QualityFinding.LOST_LEADING_ZERO)).containsExactly("812 9999 8888");
        assertThat(list(QualityFinding.SCIENTIFIC_NOTATION)).containsExactly("6.28123E+12");
        assertThat(list(QualityFinding.BECAME_INVALID)).containsExactly("+62 999");
        assertThat(list(QualityFinding.CHANGED_TYPE)).isEmpty();
        assertThat(report.count(QualityFinding.DOUBLED_COUNTRY_CODE)).isEqualTo(1);
        assertThat(rows("SELECT DISTINCT validated_with FROM number_types"))
                .containsExactly(LibraryVersion.current());
        assertThat(rows("SELECT id || original_number || normalized_number || category_id"
                + " || updated_at FROM phone_numbers ORDER BY id")).as("no number changed").isEqualTo(before);
    }

    @Test
    void aTypeRecordedByAnOlderLibraryThatDiffersIsListedAsChanged() throws Exception {
        check.run(QualityCheck.Progress.NONE, new Cancellation());
        fixture.sql("UPDATE number_types SET line_type = 'FIXED_LINE', kind = 2, validated_with = 'libphonenumber 8.0'"
                + " WHERE phone_number_id = (SELECT id FROM phone_numbers WHERE normalized_number = '+6281234567890')");

        check.run(QualityCheck.Progress.NONE, new Cancellation());
        check.run(QualityCheck.Progress.NONE, new Cancellation());

        assertThat(list(QualityFinding.CHANGED_TYPE)).containsExactly("0812-3456-7890");
        assertThat(fixture.contacts().findByNormalized("+6281234567890").orElseThrow().lineKind())
                .isEqualTo(LineKind.MOBILE);
    }

    @Test
    void aCancelledCheckRecordsNothing() throws Exception {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();

        assertThatThrownBy(() -> check.run(QualityCheck.Progress.NONE, cancellation))
                .isInstanceOf(CancellationException.class);
        assertThat(rows("SELECT count(*) FROM number_types WHERE findings <> 0")).containsExactly("0");
    }

    private static List<String> rows(String sql) throws Exception {
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

    private List<String> list(QualityFinding finding) {
        return fixture.contacts().page(ContactQuery.ALL.withFinding(Optional.of(finding)), Optional.empty(), 100)
                .items().stream().map(ContactRow::originalNumber).toList();
    }
}
