package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.domain.MergePreview;
import id.wacontacts.domain.MergeResult;
import id.wacontacts.testsupport.ServiceFixture;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CategoryMergeTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("categorymerge");

    @Test
    void mergeKeepsEveryNumberAndTheMergedCategorysDescriptionInTheHistory() throws Exception {
        int vip = fixture.categoryId("Pelanggan VIP");
        int vip2 = fixture.categoryId("Pelanggan VIP 2");
        fixture.sql("UPDATE categories SET description = 'Pameran Mei 2026, stan B' WHERE id = " + vip2,
                ServiceTestRows.insert(1, 250, vip2), ServiceTestRows.insert(251, 260, vip));
        Set<String> before = numbers();

        MergePreview preview = fixture.categories().mergePreview(vip2, vip);
        MergeResult result = fixture.categories().merge(vip2, vip);

        assertThat(preview.fromCount()).isEqualTo(250);
        assertThat(preview.intoCount()).isEqualTo(10);
        assertThat(preview.totalAfter()).isEqualTo(260);
        assertThat(result.moved()).isEqualTo(250);
        assertThat(numbers()).isEqualTo(before);
        assertThat(fixture.categories().countNumbers(vip)).isEqualTo(260);
        assertThat(fixture.categories().find(vip2)).isEmpty();
        assertThat(query("SELECT (category_before).description FROM change_log WHERE table_name = 'categories'"
                + " AND action = 'delete' AND row_id = " + vip2)).containsExactly("Pameran Mei 2026, stan B");
        assertThat(result.step().transactions()).hasSize(1);

        new UndoService(fixture.database().sessionFactory()).undo(result.step());
        assertThat(fixture.categories().find(vip2).orElseThrow().description()).isEqualTo("Pameran Mei 2026, stan B");
        assertThat(fixture.categories().countNumbers(vip2)).isEqualTo(250);
    }

    @Test
    void mergingIntoACategoryThatIsGoneChangesNothing() {
        int lead = fixture.categoryId("Lead");
        fixture.sql(ServiceTestRows.insert(1, 5, lead));
        int gone = fixture.categories().create("Pameran", null).id();
        fixture.categories().delete(gone);

        assertThatThrownBy(() -> fixture.categories().merge(lead, gone)).isInstanceOf(NotFoundException.class);
        assertThat(fixture.categories().countNumbers(lead)).isEqualTo(5);
    }

    @Test
    void aCategoryIsNotMergedIntoItself() {
        int lead = fixture.categoryId("Lead");

        assertThatThrownBy(() -> fixture.categories().merge(lead, lead)).isInstanceOf(IllegalArgumentException.class);
    }

    private Set<String> numbers() throws Exception {
        return new HashSet<>(query("SELECT normalized_number FROM phone_numbers"));
    }

    private List<String> query(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(fixture.settings().jdbcUrl(), fixture.settings().user(),
                fixture.settings().password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new java.util.ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
