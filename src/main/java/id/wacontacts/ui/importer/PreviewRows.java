package id.wacontacts.ui.importer;

import id.wacontacts.service.transfer.ImportPreview;
import id.wacontacts.service.transfer.PreviewRow;
import id.wacontacts.service.transfer.RowStatus;
import id.wacontacts.ui.common.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The import preview's rows as the wizard shows them: all of them, or those of one status, with each one's detail. */
final class PreviewRows {

    private final Messages messages;
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<RowStatus> filter = new SimpleObjectProperty<>();
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();

    PreviewRows(Messages messages) {
        this.messages = messages;
        filter.addListener((observable, old, status) -> showRows());
    }

    /** A new preview, shown unfiltered. */
    void show(ImportPreview result) {
        preview.set(result);
        filter.set(null);
        showRows();
    }

    private void showRows() {
        ImportPreview current = preview.get();
        if (current == null) {
            rows.clear();
            return;
        }
        RowStatus status = filter.get();
        rows.setAll(status == null ? current.shown()
                : current.shown().stream().filter(row -> row.status() == status).toList());
    }

    /** The detail shown for a preview row: its E.164, the reason it is refused, or the category holding it. */
    String detail(PreviewRow row) {
        return switch (row.status()) {
            case VALID -> row.e164();
            case INVALID -> row.rejection().message(messages.locale());
            case DUPLICATE_IN_FILE -> messages.get("import.detail.duplicate", row.e164());
            case ALREADY_STORED -> messages.get("import.detail.stored", row.e164(), row.holder());
        };
    }

    ObjectProperty<ImportPreview> previewProperty() {
        return preview;
    }

    ObjectProperty<RowStatus> filterProperty() {
        return filter;
    }

    ObservableList<PreviewRow> rows() {
        return rows;
    }
}
