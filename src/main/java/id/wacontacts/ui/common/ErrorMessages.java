package id.wacontacts.ui.common;

import id.wacontacts.domain.ChangeEvent;
import id.wacontacts.domain.UndoConflict;
import id.wacontacts.service.BackupFileException;
import id.wacontacts.service.ChangedElsewhereException;
import id.wacontacts.service.DatabaseNotEmptyException;
import id.wacontacts.service.DuplicateCategoryException;
import id.wacontacts.service.DuplicateNumberException;
import id.wacontacts.service.ImportException;
import id.wacontacts.service.InvalidNumberException;
import id.wacontacts.service.NotFoundException;
import id.wacontacts.service.OpeningFailure;
import id.wacontacts.service.Reachability;
import id.wacontacts.service.UndoRefusedException;
import id.wacontacts.service.ValidationException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns any failure into one sentence in the user's language; the stack trace stays in the log.
 * No exception's own message is put into a sentence: those are English (or a library's) and belong
 * in the log; only names the user gave (a file, a category, a number) are.
 */
public final class ErrorMessages {

    private final Messages messages;

    public ErrorMessages(Messages messages) {
        this.messages = messages;
    }

    public String describe(Throwable failure) {
        Optional<Reachability> unreachable = Reachability.of(failure);
        if (unreachable.isPresent()) {
            return messages.get(unreachable.get() == Reachability.BUSY ? "error.databaseBusy" : "error.connectionLost");
        }
        Optional<OpeningFailure> opening = OpeningFailure.of(failure);
        if (opening.isPresent()) {
            // The detail is English, often a library's (Flyway, Hibernate, the server's): the log has it.
            return messages.get("error.start." + opening.get().problem());
        }
        if (failure instanceof DuplicateNumberException duplicate) {
            return messages.get("error.duplicateNumber", duplicate.existing().normalizedNumber(),
                    duplicate.existing().categoryName());
        }
        if (failure instanceof DuplicateCategoryException duplicate) {
            return messages.get("error.duplicateCategory", duplicate.name());
        }
        if (failure instanceof InvalidNumberException invalid) {
            return messages.get("error.invalidNumber", invalid.rejection().original(),
                    invalid.rejection().reason().message(messages.locale()));
        }
        if (failure instanceof ValidationException validation) {
            return messages.get("error.validation." + validation.rule().name());
        }
        if (failure instanceof NotFoundException notFound) {
            return messages.get("error.notFound." + notFound.kind().name());
        }
        if (failure instanceof ImportException importing) {
            return messages.get("error.import." + importing.problem().name(), importing.detail());
        }
        if (failure instanceof BackupFileException backup) {
            Path file = backup.file();
            // The file's name says which file; where it could not be written the whole path helps more.
            boolean whole = backup.problem() == BackupFileException.Problem.FILE_ACCESS || file == null
                    || file.getFileName() == null;
            String name = whole ? String.valueOf(file) : file.getFileName().toString();
            if (backup.rowProblem() != null) {
                return messages.get("error.backup.INVALID_ROW." + backup.rowProblem().name(),
                        name, String.valueOf(backup.line()), backup.value());
            }
            return messages.get("error.backup." + backup.problem().name(), name);
        }
        if (failure instanceof DatabaseNotEmptyException notEmpty) {
            return messages.get("error.databaseNotEmpty", notEmpty.contents().categories(),
                    notEmpty.contents().phoneNumbers());
        }
        if (failure instanceof ChangedElsewhereException) {
            return messages.get("error.changedElsewhere");
        }
        if (failure instanceof UndoRefusedException refused) {
            return refusal(refused.conflicts().get(0));
        }
        return messages.get("error.unexpected");
    }

    /** What changed since, for the first row an undo would have overwritten. */
    private String refusal(UndoConflict conflict) {
        boolean names = conflict.reason() == UndoConflict.Reason.NUMBER_TAKEN
                || conflict.reason() == UndoConflict.Reason.NAME_TAKEN;
        String row = !names && conflict.table() == ChangeEvent.Table.CATEGORIES
                ? messages.get("undo.refusedCategory", conflict.current()) : conflict.current();
        return messages.get("undo.refused." + conflict.reason().name(), row);
    }
}
