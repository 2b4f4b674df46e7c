package id.wacontacts.ui.importer;

import id.wacontacts.ui.common.Accessible;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.importer.ImportWizardViewModel.Step;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The import wizard's columns page: which column holds the numbers, which category they go to (or which
 * column names it), a sample of the file's first rows, and the button that starts the preview.
 */
final class ImportColumnsView {

    private ImportColumnsView() {
    }

    static VBox build(ImportWizardViewModel model, Messages messages) {
        Label fileName = new Label();
        fileName.setId("fileName");
        fileName.textProperty().bind(Bindings.createStringBinding(model::fileLabel, model.inspectionProperty()));
        fileName.setWrapText(true);

        ComboBox<String> number = new ComboBox<>(model.columns());
        number.setId("numberColumn");
        model.numberColumnProperty().addListener((o, old, index) -> number.getSelectionModel().select(index.intValue()));
        number.getSelectionModel().selectedIndexProperty().addListener((o, old, index) -> {
            if (index.intValue() >= 0) {
                model.numberColumnProperty().set(index.intValue());
            }
        });

        ComboBox<String> categoryColumn = new ComboBox<>();
        categoryColumn.setId("categoryColumn");
        Runnable fillCategoryColumns = () -> {
            List<String> items = new ArrayList<>();
            items.add(messages.get("import.noCategoryColumn"));
            items.addAll(model.columns());
            categoryColumn.getItems().setAll(items);
            categoryColumn.getSelectionModel().select(model.categoryColumnProperty().get() + 1);
        };
        model.columns().addListener((ListChangeListener<String>) change -> fillCategoryColumns.run());
        model.categoryColumnProperty().addListener((o, old, index) ->
                categoryColumn.getSelectionModel().select(index.intValue() + 1));
        categoryColumn.getSelectionModel().selectedIndexProperty().addListener((o, old, index) -> {
            if (index.intValue() >= 0) {
                model.categoryColumnProperty().set(index.intValue() - 1);
            }
        });

        ComboBox<String> category = new ComboBox<>(model.categoryNames());
        category.setId("categoryName");
        category.setEditable(true);
        category.setPromptText(messages.get("import.categoryPrompt"));
        category.getEditor().textProperty().bindBidirectional(model.categoryProperty());
        category.valueProperty().addListener((o, old, value) -> {
            if (value != null) {
                model.categoryProperty().set(value);
            }
        });

        CheckBox create = new CheckBox(messages.get("import.createCategories"));
        create.setId("createCategories");
        create.selectedProperty().bindBidirectional(model.createCategoriesProperty());
        create.disableProperty().bind(model.categoryColumnProperty().lessThan(0));

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, Accessible.labels(new Label(messages.get("import.numberColumn")), number), number);
        form.addRow(1, Accessible.labels(new Label(messages.get("import.category")), category), category);
        form.addRow(2, Accessible.labels(new Label(messages.get("import.categoryColumn")), categoryColumn),
                categoryColumn);
        form.add(create, 1, 3);

        TableView<List<String>> sample = new TableView<>();
        sample.setId("sampleTable");
        model.inspectionProperty().addListener((o, old, inspection) -> {
            sample.getColumns().clear();
            if (inspection != null) {
                for (int i = 0; i < inspection.columns().size(); i++) {
                    int index = i;
                    TableColumn<List<String>, String> column = new TableColumn<>(inspection.columns().get(i));
                    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().get(index)));
                    sample.getColumns().add(column);
                }
                sample.getItems().setAll(inspection.sample());
            }
        });
        VBox.setVgrow(sample, Priority.ALWAYS);
        Label sampleTitle = Accessible.labels(new Label(messages.get("import.sample")), sample);

        Button preview = new Button(messages.get("import.preview"));
        preview.setId("previewButton");
        preview.setDefaultButton(true);
        preview.disableProperty().bind(model.busyProperty());
        preview.setOnAction(event -> model.preview());
        ProgressBar bar = WizardPages.progressBar(model, "previewProgress");
        bar.visibleProperty().bind(model.busyProperty());
        Label progress = new Label();
        progress.textProperty().bind(model.progressTextProperty());
        progress.visibleProperty().bind(model.busyProperty());
        Button cancel = new Button(messages.get("import.cancel"));
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(event -> model.cancel());

        return WizardPages.page(model, Step.COLUMNS, fileName, form, sampleTitle, sample,
                WizardPages.buttons(bar, progress, cancel, preview));
    }
}
