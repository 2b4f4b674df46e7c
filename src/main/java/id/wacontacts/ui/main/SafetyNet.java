package id.wacontacts.ui.main;

import id.wacontacts.service.ChangeHistory;
import id.wacontacts.service.TrashService;
import id.wacontacts.service.UndoService;
import id.wacontacts.service.transfer.HistoryExport;
import java.util.function.Supplier;

/**
 * Undo, the trash and the history, each made at its first use in the background: opening the window
 * never waits for them (they need the ORM, which boots after the first lists are shown).
 */
public record SafetyNet(Supplier<UndoService> undo, Supplier<TrashService> trash, Supplier<ChangeHistory> history,
                        Supplier<HistoryExport> exports) {
}
