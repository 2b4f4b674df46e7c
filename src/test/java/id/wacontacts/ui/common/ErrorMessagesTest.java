package id.wacontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.wacontacts.db.ConnectionSettings;
import id.wacontacts.db.Database;
import id.wacontacts.db.DatabaseStartException;
import id.wacontacts.db.DatabaseStartException.Problem;
import id.wacontacts.domain.ChangeEvent.Table;
import id.wacontacts.domain.UndoConflict;
import id.wacontacts.domain.UndoConflict.Reason;
import id.wacontacts.service.UndoRefusedException;
import id.wacontacts.testsupport.FreshDatabases;
import java.util.List;
import java.util.Locale;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;

/** A failure reaches the window as a sentence in the user's language; the library's English stays in the log. */
class ErrorMessagesTest {

    private final ErrorMessages indonesian = new ErrorMessages(new Messages(Messages.INDONESIAN));
    private final ErrorMessages english = new ErrorMessages(new Messages(Locale.ENGLISH));

    @Test
    void aFlywayFailureAtStartIsOneIndonesianSentence() {
        ConnectionSettings settings = FreshDatabases.create("flyway_failure");
        Database.open(settings).close();
        // An edited migration, as Flyway finds it: its recorded checksum no longer matches.
        FreshDatabases.execute(settings, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '2'");

        DatabaseStartException failure = catchThrowableOfType(DatabaseStartException.class,
                () -> Database.open(settings).close());

        assertThat(failure.getMessage()).as("the log's text").containsIgnoringCase("checksum");
        assertThat(indonesian.describe(failure))
                .isEqualTo("Basis data tidak dapat dibuka. Rinciannya ada di berkas log.")
                .doesNotContainIgnoringCase("checksum").doesNotContain("migration");
        assertThat(english.describe(failure)).isEqualTo("The database could not be opened. The details are in the log file.");
    }

    @Test
    void aHibernateSchemaFailureIsWrappedNotQuoted() {
        String hibernate = "Schema-validation: wrong column type encountered in column [normalized_number]";
        DatabaseStartException failure = new DatabaseStartException(Problem.SCHEMA_MISMATCH,
                "The database's tables do not match what WA Contacts expects: " + hibernate,
                new SchemaManagementException(hibernate));

        assertThat(indonesian.describe(failure))
                .isEqualTo("Tabel di basis data berbeda dari yang diharapkan WA Contacts. Rinciannya ada di berkas log.");
        assertThat(english.describe(failure)).doesNotContain("Schema-validation");
    }

    @Test
    void noStartProblemPutsTheEnglishMessageIntoAnIndonesianSentence() {
        String english = "Could not bring the database up to date: Validate failed: Migrations have failed validation";
        for (Problem problem : Problem.values()) {
            String sentence = indonesian.describe(new DatabaseStartException(problem, english));
            assertThat(sentence).as(problem.name()).doesNotContain("Validate").doesNotContain("Could not").isNotBlank();
        }
    }

    @Test
    void aRefusedUndoSaysWhatChangedForEachReasonInBothLanguages() {
        record Case(UndoConflict conflict, String english, String indonesian) {
        }
        List<Case> cases = List.of(
                new Case(new UndoConflict(Table.PHONE_NUMBERS, 1, Reason.CHANGED, "+6281234567891"),
                        "Not undone: +6281234567891 was changed since, here or on another computer. Nothing was overwritten.",
                        "Tidak diurungkan: +6281234567891 sudah diubah sejak itu, di sini atau di komputer lain."
                                + " Tidak ada yang ditimpa."),
                new Case(new UndoConflict(Table.CATEGORIES, 4, Reason.DELETED, "Prospek"),
                        "Not undone: the category \"Prospek\" was deleted since, here or on another computer."
                                + " Nothing was overwritten.",
                        "Tidak diurungkan: kategori \"Prospek\" sudah dihapus sejak itu, di sini atau di komputer lain."
                                + " Tidak ada yang ditimpa."),
                new Case(new UndoConflict(Table.PHONE_NUMBERS, 1, Reason.NUMBER_TAKEN, "Lead"),
                        "Not undone: the number was stored again since, in \"Lead\". Nothing was overwritten.",
                        "Tidak diurungkan: nomor itu sudah disimpan lagi sejak itu, di \"Lead\". Tidak ada yang ditimpa."),
                new Case(new UndoConflict(Table.CATEGORIES, 4, Reason.CATEGORY_NOT_EMPTY, "Arisan"),
                        "Not undone: the category \"Arisan\" holds numbers added since, which would go with it."
                                + " Nothing was overwritten.",
                        "Tidak diurungkan: kategori \"Arisan\" berisi nomor yang ditambahkan sejak itu, yang akan ikut"
                                + " terhapus. Tidak ada yang ditimpa."));
        for (Case c : cases) {
            UndoRefusedException refused = new UndoRefusedException(List.of(c.conflict()));
            assertThat(english.describe(refused)).isEqualTo(c.english());
            assertThat(indonesian.describe(refused)).isEqualTo(c.indonesian());
        }
    }
}
