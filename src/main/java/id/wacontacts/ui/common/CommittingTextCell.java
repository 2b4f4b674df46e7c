package id.wacontacts.ui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.converter.DefaultStringConverter;

/**
 * A text cell whose edit is kept however it ends, as in a spreadsheet: Enter, Tab (which then edits the
 * next editable cell; Shift+Tab the one before) and moving the focus elsewhere all commit; only Esc
 * cancels. JavaFX's own cell drops the typed text whenever the table ends the edit (JDK-8089514: a click
 * elsewhere, Tab, a scroll), so here an end that is not Esc commits instead. After Enter or Tab the
 * keyboard stays in the table.
 *
 * @param <S> the table's row type
 */
public class CommittingTextCell<S> extends TextFieldTableCell<S, String> {

    private static final String WIRED = CommittingTextCell.class.getName();
    private static final String DISCARD = CommittingTextCell.class.getName() + ".discard";
    private static final String DECIDES = CommittingTextCell.class.getName() + ".decides";

    /** Set by Esc, so the cancel that follows is a cancel. */
    private boolean escaping;

    public CommittingTextCell() {
        super(new DefaultStringConverter());
    }

    /** The cell factory for a column of such cells. */
    public static <S> javafx.util.Callback<TableColumn<S, String>, javafx.scene.control.TableCell<S, String>> factory() {
        return column -> new CommittingTextCell<>();
    }

    @Override
    public void startEdit() {
        escaping = false;
        super.startEdit();
        if (isEditing() && getGraphic() instanceof TextField field && !field.getProperties().containsKey(WIRED)) {
            field.getProperties().put(WIRED, true);
            field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                if (event.getCode() == KeyCode.ESCAPE) {
                    escaping = true;
                } else if (event.getCode() == KeyCode.TAB && isEditing()) {
                    event.consume();
                    commitAndMove(field.getText(), event.isShiftDown());
                }
            });
            field.focusedProperty().addListener((observable, was, focused) -> {
                if (!focused && isEditing() && !escaping && !decidesItself(field.getScene())) {
                    commitEdit(getConverter().fromString(field.getText()));
                }
            });
        }
    }

    /**
     * Marks a control that decides an open edit's fate itself (Reload or Keep mine on a conflict notice):
     * the focus moving to it does not commit the edit.
     */
    public static void decidesEdits(javafx.scene.Node control) {
        control.getProperties().put(DECIDES, true);
    }

    private static boolean decidesItself(javafx.scene.Scene scene) {
        return scene != null && scene.getFocusOwner() != null && scene.getFocusOwner().getProperties().containsKey(DECIDES);
    }

    /** Ends the edit in {@code table} without keeping what was typed (the row is shown as stored instead). */
    public static void discardEdit(TableView<?> table) {
        table.getProperties().put(DISCARD, true);
        try {
            table.edit(-1, null);
        } finally {
            table.getProperties().remove(DISCARD);
        }
    }

    @Override
    public void cancelEdit() {
        boolean discarding = getTableView() != null && getTableView().getProperties().containsKey(DISCARD);
        if (isEditing() && !escaping && !discarding && getGraphic() instanceof TextField field) {
            // The table ended the edit (a click on another row, a scroll): keep what was typed.
            commitEdit(getConverter().fromString(field.getText()));
            return;
        }
        escaping = false;
        super.cancelEdit();
    }

    /** Commits; when the keyboard was in the cell, it stays in the table rather than wander off with the field. */
    @Override
    public void commitEdit(String value) {
        boolean keyboardHere = getGraphic() instanceof TextField field && field.isFocused();
        TableView<S> table = getTableView();
        super.commitEdit(value);
        if (keyboardHere && table != null) {
            table.requestFocus();
        }
    }

    private void commitAndMove(String text, boolean backwards) {
        TableView<S> table = getTableView();
        int row = getIndex();
        TableColumn<S, ?> column = getTableColumn();
        commitEdit(getConverter().fromString(text));
        table.requestFocus();
        nextEditable(table, row, column, backwards).ifPresent(next -> {
            table.getSelectionModel().clearAndSelect(next.row());
            table.scrollTo(next.row());
            table.edit(next.row(), next.column());
        });
    }

    private record Place<S>(int row, TableColumn<S, ?> column) {
    }

    /** The next editable cell after (or before) {@code column} on {@code row}, going on to the next row. */
    private static <S> java.util.Optional<Place<S>> nextEditable(TableView<S> table, int row, TableColumn<S, ?> column,
                                                                 boolean backwards) {
        var columns = table.getVisibleLeafColumns();
        int count = columns.size();
        int at = row * count + columns.indexOf(column);
        int last = table.getItems().size() * count;
        for (int step = 1; step <= count * 2; step++) {
            int index = backwards ? at - step : at + step;
            if (index < 0 || index >= last) {
                break;
            }
            TableColumn<S, ?> candidate = columns.get(index % count);
            if (candidate.isEditable()) {
                return java.util.Optional.of(new Place<>(index / count, candidate));
            }
        }
        return java.util.Optional.empty();
    }
}
