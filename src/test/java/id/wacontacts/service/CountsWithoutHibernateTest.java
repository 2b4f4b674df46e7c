package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.testsupport.ServiceFixture;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The first page's counts (and {@code stats}) are read over plain JDBC: they never wait for
 * Hibernate's boot, and they are the same rows the Hibernate path reads.
 */
class CountsWithoutHibernateTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("counts_jdbc");

    @Test
    void theCountsAreReadWithoutAskingForHibernate() {
        int lead = fixture.categoryId("Lead");
        fixture.contacts().add("081234567890", lead);
        fixture.contacts().add("081234567891", lead);
        CategoryService withoutHibernate = new CategoryService(() -> {
            throw new AssertionError("the counts asked for Hibernate");
        }, fixture.database().dataSource());

        assertThat(withoutHibernate.statistics())
                .isEqualTo(fixture.categories().statistics())
                .isEqualTo(fixture.categories().statisticsByCounting())
                .anySatisfy(row -> {
                    assertThat(row.category().name()).isEqualTo("Lead");
                    assertThat(row.phoneCount()).isEqualTo(2);
                });
    }

    @Test
    void everythingElseBootsHibernateOnlyWhenFirstAsked() {
        int[] asked = {0};
        SessionFactory sessions = fixture.database().sessionFactory();
        CategoryService service = new CategoryService(() -> {
            asked[0]++;
            return sessions;
        }, fixture.database().dataSource());

        service.statistics();
        assertThat(asked[0]).isZero();
        assertThat(service.list()).isNotEmpty();
        assertThat(asked[0]).isEqualTo(1);
    }
}
