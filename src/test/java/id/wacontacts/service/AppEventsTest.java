package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.wacontacts.domain.AppEvent;
import id.wacontacts.domain.AppEvent.Kind;
import id.wacontacts.domain.ContactQuery;
import id.wacontacts.service.transfer.ExportFormat;
import id.wacontacts.service.transfer.ExportService;
import id.wacontacts.service.transfer.TransferProgress;
import id.wacontacts.testsupport.ServiceFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Exports, backups and restores each write one event naming what they covered and how many rows. */
class AppEventsTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("events");

    @TempDir
    Path folder;

    @BeforeEach
    void clear() {
        fixture.sql("DELETE FROM app_events");
    }

    @Test
    void anExportABackupAndARestoreEachWriteOneEvent() {
        fixture.contacts().add("0812-1111-2222", fixture.categoryId("Prospek"));
        fixture.contacts().add("0813-3333-4444", fixture.categoryId("Lead"));
        AppEvents events = new AppEvents(fixture.database().sessionFactory());
        Path csv = folder.resolve("all.csv");

        new ExportService(fixture.contacts(), events).export(ContactQuery.ALL, ExportFormat.CSV, csv, ZoneOffset.UTC,
                TransferProgress.NONE, new Cancellation());
        BackupService backups = new BackupService(fixture.database().dataSource(), folder.resolve("backups"),
                Clock.systemUTC());
        Path backup = folder.resolve("b.sql");
        backups.backup(backup);
        backups.restore(backup, true);

        assertThat(events.page(OptionalLong.empty(), 10))
                .extracting(AppEvent::kind, AppEvent::rowCount)
                .containsExactly(
                        tuple(Kind.RESTORE, 7L),
                        tuple(Kind.BACKUP, 7L),
                        tuple(Kind.EXPORT, 2L));
        assertThat(events.page(OptionalLong.empty(), 10)).allSatisfy(e -> {
            assertThat(e.desktop()).startsWith("WA Contacts");
            assertThat(e.databaseUser()).isEqualTo(fixture.settings().user());
        });
        assertThat(events.page(OptionalLong.empty(), 10).get(2).covered()).contains("all.csv");
    }

    @Test
    void aCopyOfNumbersWritesOneEventNamingTheListAndHowMany() {
        int prospek = fixture.categoryId("Prospek");
        ContactQuery view = new ContactQuery(java.util.Optional.of(prospek), "0812");

        fixture.contacts().recordCopy(view, 3);

        assertThat(new AppEvents(fixture.database().sessionFactory()).page(OptionalLong.empty(), 10)).singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(Kind.COPY);
                    assertThat(e.rowCount()).isEqualTo(3);
                    assertThat(e.covered()).contains("clipboard").contains("0812").contains(String.valueOf(prospek));
                    assertThat(e.desktop()).startsWith("WA Contacts");
                });
    }
}
