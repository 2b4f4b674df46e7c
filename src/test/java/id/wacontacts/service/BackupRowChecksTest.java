package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wacontacts.service.BackupFileException.Problem;
import id.wacontacts.service.BackupFileException.RowProblem;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.ErrorMessages;
import id.wacontacts.ui.common.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checksum has no key: anyone who edits a backup can recompute it. A restore therefore checks every
 * row as the app's own rules would, and refuses the file at the first row that breaks them.
 */
class BackupRowChecksTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("backup_rows");

    @TempDir
    Path folder;

    private BackupService backups;
    private Path file;

    @BeforeEach
    void backUp() {
        fixture.sql("INSERT INTO categories (name, description) VALUES (E'Tab\\there, back\\\\slash', E'two\\nlines')",
                "INSERT INTO phone_numbers (original_number, normalized_number, category_id) VALUES"
                        + " ('0812-3456-7890', '+6281234567890', 1), ('0813 1111 2222', '+6281311112222', 6)");
        backups = new BackupService(fixture.database().dataSource(), folder.resolve("backups"), Clock.systemUTC());
        file = backups.backup(folder.resolve("edited.sql")).file();
    }

    @Test
    void anUneditedBackupPassesEveryRowCheck() {
        assertThat(backups.inspect(file).phoneNumbers()).isEqualTo(2);
    }

    @Test
    void aNumberThatIsNotValidE164IsRefusedWithItsLineAndNothingChanges() {
        BackupFiles.replace(file, "\t+6281311112222\t", "\t+62123\t");
        BackupFiles.resign(file);
        String before = BackupFiles.contents(fixture.settings());

        BackupFileException refused = refusedRestore();

        assertThat(refused.rowProblem()).isEqualTo(RowProblem.INVALID_NUMBER);
        assertThat(refused.value()).isEqualTo("+62123");
        assertThat(refused.line()).isEqualTo(lineOf("\t+62123\t"));
        assertThat(refused).hasMessageContaining("line " + refused.line()).hasMessageContaining("+62123");
        assertThat(BackupFiles.contents(fixture.settings())).isEqualTo(before);
    }

    @Test
    void aNumberInACategoryTheFileDoesNotHoldIsRefused() {
        BackupFiles.replace(file, "\t+6281311112222\t6\t", "\t+6281311112222\t66\t");
        BackupFiles.resign(file);

        BackupFileException refused = refusedRestore();

        assertThat(refused.rowProblem()).isEqualTo(RowProblem.UNKNOWN_CATEGORY);
        assertThat(refused.value()).isEqualTo("66");
        assertThat(refused.line()).isEqualTo(lineOf("\t66\t"));
    }

    @Test
    void categoryNamesTheAppWouldNotStoreAreRefused() {
        for (String name : List.of("", "   ", " Lead", "x".repeat(101))) {
            BackupFiles.replace(file, "\tLead\t", "\t" + name + "\t");
            BackupFiles.resign(file);

            BackupFileException refused = refusedRestore();

            assertThat(refused.rowProblem()).as(name).isEqualTo(RowProblem.CATEGORY_NAME);
            assertThat(refused.line()).isEqualTo(lineOf("\t" + name + "\t"));
            BackupFiles.replace(file, "\t" + name + "\t", "\tLead\t");
        }
    }

    @Test
    void aCategoryDescriptionOverTheLimitIsRefused() {
        BackupFiles.replace(file, "\ttwo\\nlines\t", "\t" + "d".repeat(65_536) + "\t");
        BackupFiles.resign(file);

        assertThat(refusedRestore().rowProblem()).isEqualTo(RowProblem.CATEGORY_DESCRIPTION);
    }

    @Test
    void anEditWithoutANewChecksumIsStillCalledDamage() {
        BackupFiles.replace(file, "\t+6281311112222\t", "\t+62123\t");

        assertThatThrownBy(() -> backups.inspect(file)).isInstanceOfSatisfying(BackupFileException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.DAMAGED));
    }

    @Test
    void theRefusalIsOneSentenceInEachLanguageNamingTheRow() {
        BackupFiles.replace(file, "\t+6281311112222\t", "\t+62123\t");
        BackupFiles.resign(file);
        BackupFileException refused = refusedRestore();
        long line = refused.line();

        assertThat(new ErrorMessages(new Messages(Locale.ENGLISH)).describe(refused)).isEqualTo(
                "edited.sql was not restored: line " + line + " holds \"+62123\", which is not a valid phone number."
                        + " Nothing was changed.");
        assertThat(new ErrorMessages(new Messages(Messages.INDONESIAN)).describe(refused)).isEqualTo(
                "edited.sql tidak dipulihkan: baris " + line + " berisi \"+62123\", yang bukan nomor telepon yang valid."
                        + " Tidak ada yang diubah.");
    }

    @Test
    void rowsTheAppWouldRefuseRestoreFromABackupThisComputerMadeButNotFromAnotherOne() {
        // A database adopted from the original system may hold numbers the app would not accept today.
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id) VALUES ('0811', '+62811', 1)");
        Path own = backups.backup(folder.resolve("adopted.sql")).file();
        String adopted = BackupFiles.contents(fixture.settings());
        BackupService otherComputer = new BackupService(fixture.database().dataSource(),
                folder.resolve("other-computer").resolve("backups"), Clock.systemUTC());

        assertThatThrownBy(() -> otherComputer.restore(own, true)).isInstanceOfSatisfying(BackupFileException.class,
                e -> assertThat(e.rowProblem()).isEqualTo(RowProblem.INVALID_NUMBER));
        assertThat(BackupFiles.contents(fixture.settings())).isEqualTo(adopted);

        fixture.reset();
        backups.restore(own, true);
        assertThat(BackupFiles.contents(fixture.settings())).isEqualTo(adopted);
    }

    @Test
    void theSigningKeyIsPrivateToItsOwner() throws IOException {
        assertThat(Files.getPosixFilePermissions(folder.resolve(BackupSignature.KEY_FILE)))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.size(folder.resolve(BackupSignature.KEY_FILE))).isEqualTo(32);
    }

    @Test
    void theLoadingPassRefusesAFileThatChangedSinceItsRowsWereChecked() throws Exception {
        BackupReader.Checked checked = BackupReader.read(file, BackupReader.Handler.CHECK_ONLY, Optional.empty(), null);
        BackupFiles.replace(file, "\t+6281311112222\t", "\t+62123\t");
        BackupFiles.resign(file);

        assertThatThrownBy(() -> BackupReader.read(file, BackupReader.Handler.CHECK_ONLY, Optional.empty(),
                checked.sha256())).isInstanceOfSatisfying(BackupFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.DAMAGED))
                .hasMessageContaining("changed while it was being restored");
    }

    private BackupFileException refusedRestore() {
        try {
            backups.restore(file, true);
        } catch (BackupFileException e) {
            assertThat(e.problem()).isEqualTo(Problem.INVALID_ROW);
            return e;
        }
        throw new AssertionError("the edited backup was restored");
    }

    private long lineOf(String text) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
            throw new AssertionError("not in the file: " + text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
