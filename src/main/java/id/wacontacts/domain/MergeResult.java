package id.wacontacts.domain;

/** A merge done: how many numbers moved, and its step in the history (for undo). */
public record MergeResult(long moved, UndoStep step) {
}
