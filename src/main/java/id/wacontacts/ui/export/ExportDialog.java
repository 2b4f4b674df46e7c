package id.wacontacts.ui.export;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.service.transfer.ExportFormat;
import id.wacontacts.service.transfer.ExportService;
import id.wacontacts.ui.common.FileDialogs;
import id.wacontacts.ui.common.FxFileDialogs;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Export of a view: a save dialog (Excel workbook, CSV, CSV for Excel or vCard; the selected filter
 * picks the format), then a small window with progress and cancel.
 */
public final class ExportDialog {

    private static final Map<ExportFormat, String> FILTER_KEYS = Map.of(
            ExportFormat.XLSX, "export.filter.xlsx",
            ExportFormat.CSV, "export.filter.csv",
            ExportFormat.EXCEL_CSV, "export.filter.excel",
            ExportFormat.VCARD, "export.filter.vcf");

    private ExportDialog() {
    }

    /**
     * Asks where to save, then exports {@code query} there.
     *
     * @param suggestedName the file name offered, without extension (e.g. the category's name)
     * @return the progress window, or null when the user chose no file
     */
    public static Stage open(Window owner, ExportService exports, TaskRunner tasks, Messages messages,
                             ContactQuery query, String suggestedName) {
        return open(owner, exports, tasks, messages, query, suggestedName, new FxFileDialogs());
    }

    /** As {@link #open(Window, ExportService, TaskRunner, Messages, ContactQuery, String)}, asking through {@code dialogs}. */
    public static Stage open(Window owner, ExportService exports, TaskRunner tasks, Messages messages,
                             ContactQuery query, String suggestedName, FileDialogs dialogs) {
        List<FileDialogs.Filter> filters = ExportViewModel.FORMATS.stream()
                .map(format -> new FileDialogs.Filter(messages.get(FILTER_KEYS.get(format)), "*." + format.extension()))
                .toList();
        Optional<FileDialogs.Saving> chosen = dialogs.saveAs(owner, messages.get("export.title"), null,
                suggestedName + "." + ExportViewModel.FORMATS.get(0).extension(), filters);
        if (chosen.isEmpty()) {
            return null;
        }
        ExportFormat format = ExportViewModel.formatOf(chosen.get().file(), chosen.get().filter());
        Path target = ExportViewModel.withExtension(chosen.get().file(), format);
        ExportViewModel model = new ExportViewModel(exports, tasks, messages);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(messages.get("export.title"));
        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(model.progressProperty());
        Label text = new Label();
        text.setId("exportMessage");
        text.setWrapText(true);
        text.textProperty().bind(model.messageProperty());
        Button cancel = new Button(messages.get("import.cancel"));
        cancel.setId("cancelExportButton");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(event -> model.cancel());
        Button close = new Button(messages.get("import.close"));
        close.setId("closeExportButton");
        close.visibleProperty().bind(model.busyProperty().not());
        close.setOnAction(event -> stage.close());
        HBox buttons = new HBox(8, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, bar, text, buttons);
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 420, 140));
        stage.setOnHidden(event -> model.cancel());
        stage.show();
        model.export(query, target, format);
        return stage;
    }
}
