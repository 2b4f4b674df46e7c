package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.db.Database;
import id.wacontacts.domain.DatabaseHealth;
import id.wacontacts.domain.DatabaseHealth.DayCount;
import id.wacontacts.domain.DatabaseHealth.IndexUsage;
import id.wacontacts.domain.DatabaseHealth.TableSize;
import id.wacontacts.testsupport.FreshDatabases;
import id.wacontacts.testsupport.ServiceFixture;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

/** Help → Database health's figures, read by roles that are not superusers. */
class HealthServiceTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("health");

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Test
    void theAppsOwnRoleSeesEveryFigure() {
        fixture.sql(ServiceTestRows.insert(1, 40, fixture.categoryId("Lead")));
        fixture.contacts().page(id.wacontacts.domain.ContactQuery.inCategory(fixture.categoryId("Lead")),
                Optional.empty(), 10); // uses an index

        DatabaseHealth health = new HealthService(fixture.database().dataSource(), JAKARTA).read();

        assertThat(health.poolSize()).hasValue(Database.POOL_SIZE);
        assertThat(health.poolInUse()).isPresent();
        assertThat(health.poolInUse().getAsLong()).isBetween(0L, (long) Database.POOL_SIZE);
        assertThat(health.maxConnections()).isPresent();
        assertThat(health.serverConnections().getAsLong()).isBetween(1L, health.maxConnections().getAsLong());
        assertThat(health.tables()).extracting(TableSize::table).contains("phone_numbers", "categories", "change_log");
        assertThat(health.tables()).filteredOn(table -> table.table().equals("phone_numbers"))
                .allSatisfy(table -> assertThat(table.totalBytes()).isGreaterThan(table.tableBytes()));
        assertThat(health.indexes()).extracting(IndexUsage::table).contains("phone_numbers");
        assertThat(health.indexes()).allSatisfy(index -> assertThat(index.scans()).isPresent());
        assertThat(health.addedPerDay()).hasSize(HealthService.DAYS);
        assertThat(health.addedPerDay().get(HealthService.DAYS - 1)).isEqualTo(new DayCount(LocalDate.now(JAKARTA), 40));
        assertThat(health.addedPerDay().get(0).added()).isZero();
        assertThat(health.statementsState()).isNotNull();
    }

    @Test
    void aRoleWithRightsOnlyOnTheSpecsTablesSeesTheFiguresAndNotAvailableForTheRest() {
        String role = "health_" + ProcessHandle.current().pid();
        String database = fixture.settings().jdbcUrl().replaceAll(".*/([^/?]+).*", "$1");
        FreshDatabases.execute(FreshDatabases.admin(), "DROP ROLE IF EXISTS " + role,
                "CREATE ROLE " + role + " LOGIN PASSWORD 'kantor' NOSUPERUSER");
        FreshDatabases.execute(fixture.settings(), "GRANT CONNECT ON DATABASE " + database + " TO " + role,
                "GRANT SELECT ON categories, phone_numbers TO " + role);
        try {
            PGSimpleDataSource plain = new PGSimpleDataSource();
            plain.setUrl(fixture.settings().jdbcUrl());
            plain.setUser(role);
            plain.setPassword("kantor");

            DatabaseHealth health = new HealthService(plain, JAKARTA).read();

            assertThat(health.poolSize()).isEmpty(); // not the app's pool: "not available"
            assertThat(health.maxConnections()).isPresent();
            assertThat(health.serverConnections()).isPresent();
            assertThat(health.tables()).extracting(TableSize::table).contains("phone_numbers");
            assertThat(health.addedPerDay()).hasSize(HealthService.DAYS);
        } finally {
            FreshDatabases.execute(fixture.settings(), "REVOKE ALL ON categories, phone_numbers FROM " + role,
                    "REVOKE ALL ON DATABASE " + database + " FROM " + role);
            FreshDatabases.execute(FreshDatabases.admin(), "DROP ROLE " + role);
        }
    }

    @Test
    void theAppsStatementsSlowerThanASecondAreKept() {
        fixture.database().sessionFactory().inSession(session -> session
                .createNativeQuery("SELECT CAST(pg_sleep(1.1) AS text) AS slept_for_health_test", String.class)
                .getResultList());

        DatabaseHealth health = new HealthService(fixture.database().dataSource(), JAKARTA).read();

        assertThat(health.slowQueries()).anySatisfy(query -> {
            assertThat(query.sql()).contains("slept_for_health_test");
            assertThat(query.millis()).isGreaterThanOrEqualTo(1000);
        });
    }
}
