package id.wacontacts.ui.health;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.service.HealthService;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.SynchronousTaskRunner;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

class HealthViewModelTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("healthvm");

    @Test
    void theFiguresAreWordedWithThePoolAndTheServersLimit() {
        HealthViewModel model = new HealthViewModel(new SynchronousTaskRunner(), new Messages(Locale.ENGLISH),
                new HealthService(fixture.database().dataSource(), ZoneId.of("Asia/Jakarta")));

        model.refresh();

        assertThat(model.connectionsProperty().get()).matches("\\d of 5 connections of this app's pool in use;"
                + " [\\d,]+ of [\\d,]+ connections on the server \\(max_connections\\)\\.");
        assertThat(model.tables()).anySatisfy(row -> assertThat(row.cell(0)).isEqualTo("phone_numbers"));
        assertThat(model.days()).hasSize(HealthService.DAYS);
        assertThat(model.failureProperty().get()).isEmpty();
    }

    @Test
    void aFigureTheServerDoesNotGiveReadsNotAvailableInIndonesian() {
        PGSimpleDataSource plain = new PGSimpleDataSource();
        plain.setUrl(fixture.settings().jdbcUrl());
        plain.setUser(fixture.settings().user());
        plain.setPassword(fixture.settings().password());
        HealthViewModel model = new HealthViewModel(new SynchronousTaskRunner(), new Messages(Messages.INDONESIAN),
                new HealthService(plain, ZoneId.of("Asia/Jakarta")));

        model.refresh();

        assertThat(model.connectionsProperty().get()).startsWith("tidak tersedia dari tidak tersedia koneksi");
        assertThat(model.bytes(1536)).isEqualTo("1,5 kB");
    }
}
