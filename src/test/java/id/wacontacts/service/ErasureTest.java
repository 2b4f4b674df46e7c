package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.AppEvent;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.testsupport.ServiceFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Erasing a number permanently leaves no unmasked copy: live, trash, history, events, later backups. */
class ErasureTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("erasure");

    @TempDir
    Path folder;

    @Test
    void anErasedNumberLeavesNoUnmaskedCopyAnywhereNotEvenInALaterBackup() throws Exception {
        int prospek = fixture.categoryId("Prospek");
        ContactRow row = fixture.contacts().add("0812-3456-7890", prospek);
        ContactRow other = fixture.contacts().add("0813-1111-2222", prospek);
        fixture.contacts().update(row.id(), row.updatedAt(), "0812 3456 7890", fixture.categoryId("Lead"));
        fixture.contacts().delete(List.of(row.id()));
        ContactRow again = fixture.contacts().add("+62 812-3456-7890", prospek);

        Erasure.Erased erased = new Erasure(fixture.database().sessionFactory(),
                new PhoneNormalizer(PhoneNormalizer.DEFAULT_REGION)).erase("0812 3456 7890");

        assertThat(erased.masked()).isEqualTo("+62812****7890");
        assertThat(erased.liveRows()).isEqualTo(1);
        assertThat(occurrences("12345678", "123-456", "3456 7890", "3456-7890")).isZero();
        assertThat(occurrences("+62812****7890")).isPositive();
        assertThat(fixture.contacts().find(again.id())).isEmpty();
        assertThat(fixture.contacts().find(other.id())).isPresent();
        assertThat(new ChangeHistory(fixture.database().sessionFactory()).trash(OptionalLong.empty(), 100))
                .noneMatch(e -> e.rowId() == row.id() || e.rowId() == again.id());
        assertThat(new AppEvents(fixture.database().sessionFactory()).page(OptionalLong.empty(), 1)).singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(AppEvent.Kind.ERASE);
                    assertThat(e.covered()).isEqualTo("+62812****7890");
                });

        Path backup = folder.resolve("after.sql");
        new BackupService(fixture.database().dataSource(), folder.resolve("backups"), Clock.systemUTC())
                .backup(backup);
        String contents = Files.readString(backup);
        assertThat(contents).doesNotContain("3456-7890", "34567890", "3456 7890").contains("81311112222");
        // The backup holds the history and the event log, masked.
        assertThat(contents).contains("COPY public.change_log", "COPY public.app_events", "+62812****7890");
    }

    @Test
    void restoringABackupMadeBeforeTheErasureLeavesTheHistoryMaskedAndTheTrashWithoutIt() throws Exception {
        int prospek = fixture.categoryId("Prospek");
        ContactRow row = fixture.contacts().add("0812-3456-7890", prospek);
        fixture.contacts().add("0813-1111-2222", prospek);
        fixture.contacts().delete(List.of(row.id()));
        BackupService backups = new BackupService(fixture.database().dataSource(), folder.resolve("backups"),
                Clock.systemUTC());
        Path before = folder.resolve("before.sql");
        backups.backup(before);
        assertThat(Files.readString(before)).contains("3456-7890");

        new Erasure(fixture.database().sessionFactory(), new PhoneNormalizer(PhoneNormalizer.DEFAULT_REGION))
                .erase("0812 3456 7890");
        backups.restore(before, true);

        // The file's events are merged by id: those the erasure masked stay masked, and its trash
        // item (whose number is masked now) does not come back.
        assertThat(occurrences("12345678", "3456-7890")).isZero();
        assertThat(new ChangeHistory(fixture.database().sessionFactory()).trash(OptionalLong.empty(), 100))
                .noneMatch(e -> e.rowId() == row.id());
    }

    @Test
    void masksKeepThePrefixAndTheLastFourDigits() {
        assertThat(Erasure.mask("+6281234567890")).isEqualTo("+62812****7890");
        assertThat(Erasure.mask("+62215551234")).isEqualTo("+62215**1234");
        assertThat(Erasure.mask("+6512345")).isEqualTo("+65***45");
    }

    /** Rows anywhere in the database whose text holds one of these strings. */
    private static long occurrences(String... texts) {
        String like = String.join(" OR ", java.util.Collections.nCopies(texts.length, "x LIKE ?"));
        String sql = "SELECT count(*) FROM (SELECT l::text AS x FROM change_log l UNION ALL SELECT p::text FROM phone_numbers p"
                + " UNION ALL SELECT e::text FROM app_events e UNION ALL SELECT l::text FROM trash t"
                + " JOIN change_log l ON l.id = t.change_id) everything WHERE " + like;
        return fixture.database().sessionFactory().fromSession(session -> session.doReturningWork(connection -> {
            try (var statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < texts.length; i++) {
                    statement.setString(i + 1, "%" + texts[i] + "%");
                }
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        }));
    }
}
