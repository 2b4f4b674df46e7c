package id.wacontacts.ui.importer;

import id.wacontacts.service.transfer.ImportPreview;
import id.wacontacts.service.transfer.PreviewRow;
import id.wacontacts.service.transfer.RowStatus;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.importer.ImportWizardViewModel.Step;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The import wizard's preview page: the counts per status, a filter by status, every classified row
 * with why it is refused, and the buttons back to the columns or on to the import.
 */
final class ImportPreviewView {

    private ImportPreviewView() {
    }

    static VBox build(ImportWizardViewModel model, Messages messages) {
        Label counts = new Label();
        counts.setId("previewCounts");
        counts.setWrapText(true);
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            ImportPreview preview = model.previewProperty().get();
            if (preview == null) {
                return "";
            }
            String text = messages.get("import.counts", preview.rows(), preview.valid(), preview.invalid(),
                    preview.duplicates(), preview.alreadyStored());
            if (!preview.newCategories().isEmpty()) {
                text += " " + messages.get("import.newCategories", String.join(", ", preview.newCategories()));
            }
            if (preview.truncated()) {
                text += " " + messages.get("import.truncated", preview.shownPerStatus());
            }
            return text;
        }, model.previewProperty()));

        ComboBox<RowStatus> filter = new ComboBox<>();
        filter.setId("statusFilter");
        filter.getItems().add(null);
        filter.getItems().addAll(RowStatus.values());
        filter.setConverter(new StringConverter<>() {
            @Override
            public String toString(RowStatus status) {
                return messages.get(status == null ? "import.status.ALL" : "import.status." + status.name());
            }

            @Override
            public RowStatus fromString(String text) {
                return null;
            }
        });
        filter.valueProperty().bindBidirectional(model.filterProperty());

        TableView<PreviewRow> table = new TableView<>(model.rows());
        table.setId("previewTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PreviewRow, Number> line = new TableColumn<>(messages.get("import.column.line"));
        line.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().line()));
        line.setPrefWidth(70);
        TableColumn<PreviewRow, String> number = new TableColumn<>(messages.get("import.column.number"));
        number.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().number()));
        number.setPrefWidth(180);
        TableColumn<PreviewRow, String> status = new TableColumn<>(messages.get("import.column.status"));
        status.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                messages.get("import.status." + cell.getValue().status().name())));
        status.setPrefWidth(150);
        TableColumn<PreviewRow, String> category = new TableColumn<>(messages.get("import.column.category"));
        category.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().category()));
        category.setPrefWidth(140);
        TableColumn<PreviewRow, String> detail = new TableColumn<>(messages.get("import.column.detail"));
        detail.setCellValueFactory(cell -> new ReadOnlyStringWrapper(model.detail(cell.getValue())));
        table.getColumns().setAll(List.of(line, number, status, category, detail));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button back = new Button(messages.get("import.back"));
        back.setId("backButton");
        back.setOnAction(event -> model.back());
        Button start = new Button();
        start.setId("importButton");
        start.setDefaultButton(true);
        start.textProperty().bind(Bindings.createStringBinding(() -> messages.get("import.start",
                model.previewProperty().get() == null ? 0 : model.previewProperty().get().valid()), model.previewProperty()));
        start.setOnAction(event -> model.startImport());
        HBox filterRow = new HBox(8, new Label(messages.get("import.show")), filter);
        filterRow.setAlignment(Pos.CENTER_LEFT);
        return WizardPages.page(model, Step.PREVIEW, counts, filterRow, table, WizardPages.buttons(back, start));
    }
}
