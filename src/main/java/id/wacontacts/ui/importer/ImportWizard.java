package id.wacontacts.ui.importer;

import id.wacontacts.service.CategoryService;
import id.wacontacts.service.transfer.ImportPreview;
import id.wacontacts.service.transfer.ImportService;
import id.wacontacts.service.transfer.PreviewRow;
import id.wacontacts.service.transfer.RowStatus;
import id.wacontacts.ui.common.Confirmation;
import id.wacontacts.ui.common.FileDialogs;
import id.wacontacts.ui.common.FxFileDialogs;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.TaskRunner;
import id.wacontacts.ui.common.UserFolders;
import id.wacontacts.ui.importer.ImportWizardViewModel.Step;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The import wizard's window, bound to {@link ImportWizardViewModel}; no logic of its own. */
public final class ImportWizard {

    private final ImportWizardViewModel model;
    private final Messages messages;
    private final Stage stage;
    private final FileDialogs dialogs;

    private ImportWizard(ImportWizardViewModel model, Messages messages, Stage stage, FileDialogs dialogs) {
        this.model = model;
        this.messages = messages;
        this.stage = stage;
        this.dialogs = dialogs;
    }

    /**
     * Opens the wizard (File → Import, or a file dropped on the window) on a view-model built for it.
     *
     * @param file    the file to import, or null to let the user choose one
     * @param dialogs asks for the file to import and where to save the rejected rows
     * @return the wizard's window, already showing
     */
    public static Stage open(Window owner, ImportWizardViewModel model, Messages messages, Path file,
                             FileDialogs dialogs) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        ImportWizard wizard = new ImportWizard(model, messages, stage, dialogs);
        stage.setTitle(messages.get("import.title"));
        stage.setScene(new Scene(wizard.build(), 900, 620));
        stage.setOnCloseRequest(event -> {
            if (model.isImporting() && !wizard.confirmStop()) {
                event.consume();
            }
        });
        stage.setOnHidden(event -> model.dispose());
        stage.show();
        if (file != null) {
            model.chooseFile(file);
        }
        return stage;
    }

    /**
     * Asks whether closing may stop the import under way. An import that ended while the question
     * was open keeps the wizard open, so its outcome is seen.
     */
    private boolean confirmStop() {
        boolean stop = Confirmation.ask(stage, messages, messages.get("import.closeWhileImporting"),
                messages.get("import.stopAndClose"), messages.get("import.keepImporting"));
        return stop && model.isImporting();
    }

    Parent build() {
        StackPane pages = new StackPane(chooseFilePage(), columnsPage(), previewPage(), importingPage(), summaryPage());
        Label message = new Label();
        message.setId("importMessage");
        message.setWrapText(true);
        message.getStyleClass().add("failure");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        VBox.setVgrow(pages, Priority.ALWAYS);
        BorderPane root = new BorderPane(new VBox(8, message, pages));
        root.setId("importWizard");
        root.setPadding(new Insets(12));
        return root;
    }

    private VBox page(Step step, javafx.scene.Node... children) {
        VBox page = new VBox(10, children);
        page.visibleProperty().bind(model.stepProperty().isEqualTo(step));
        return page;
    }

    private VBox chooseFilePage() {
        Label hint = new Label(messages.get("import.chooseHint"));
        hint.setWrapText(true);
        Button choose = new Button(messages.get("import.chooseFile"));
        choose.setId("chooseFileButton");
        choose.disableProperty().bind(model.busyProperty());
        choose.setOnAction(event -> dialogs.open(stage, messages.get("import.chooseFile"), UserFolders.documents(),
                        List.of(new FileDialogs.Filter(messages.get("import.filter.lists"),
                                        ImportWizardViewModel.READABLE.stream().map(extension -> "*" + extension).toList()),
                                new FileDialogs.Filter(messages.get("import.filter.all"), "*.*")))
                .ifPresent(model::chooseFile));
        return page(Step.CHOOSE_FILE, hint, choose);
    }

    private VBox columnsPage() {
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
        model.columns().addListener((javafx.collections.ListChangeListener<String>) change -> fillCategoryColumns.run());
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
        form.addRow(0, new Label(messages.get("import.numberColumn")), number);
        form.addRow(1, new Label(messages.get("import.category")), category);
        form.addRow(2, new Label(messages.get("import.categoryColumn")), categoryColumn);
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

        Button preview = new Button(messages.get("import.preview"));
        preview.setId("previewButton");
        preview.setDefaultButton(true);
        preview.disableProperty().bind(model.busyProperty());
        preview.setOnAction(event -> model.preview());
        ProgressBar bar = progressBar("previewProgress");
        bar.visibleProperty().bind(model.busyProperty());
        Label progress = new Label();
        progress.textProperty().bind(model.progressTextProperty());
        progress.visibleProperty().bind(model.busyProperty());
        Button cancel = new Button(messages.get("import.cancel"));
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(event -> model.cancel());

        return page(Step.COLUMNS, fileName, form, new Label(messages.get("import.sample")), sample,
                buttons(bar, progress, cancel, preview));
    }

    private VBox previewPage() {
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
        filter.setConverter(new javafx.util.StringConverter<>() {
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
        return page(Step.PREVIEW, counts, filterRow, table, buttons(back, start));
    }

    private VBox importingPage() {
        Label text = new Label();
        text.setId("importProgressText");
        text.textProperty().bind(model.progressTextProperty());
        ProgressBar bar = progressBar("importProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button(messages.get("import.cancel"));
        cancel.setId("cancelImportButton");
        cancel.setOnAction(event -> model.cancel());
        VBox page = page(Step.IMPORTING, new Label(messages.get("import.importing")), bar, text, cancel);
        page.setAlignment(Pos.CENTER);
        return page;
    }

    private VBox summaryPage() {
        Label text = new Label();
        text.setId("summaryText");
        text.setWrapText(true);
        text.textProperty().bind(model.summaryTextProperty());
        Button save = new Button(messages.get("import.saveRejected"));
        save.setId("saveRejectedButton");
        save.visibleProperty().bind(Bindings.createBooleanBinding(model::hasRejected, model.summaryProperty()));
        save.setOnAction(event -> dialogs.save(stage, messages.get("import.saveRejected"), null,
                        messages.get("import.rejectedFileName"), List.of(new FileDialogs.Filter("CSV", "*.csv")))
                .ifPresent(model::saveRejected));
        Button close = new Button(messages.get("import.close"));
        close.setId("closeButton");
        close.setDefaultButton(true);
        close.setOnAction(event -> stage.close());
        return page(Step.SUMMARY, text, buttons(save, close));
    }

    private ProgressBar progressBar(String id) {
        ProgressBar bar = new ProgressBar();
        bar.setId(id);
        bar.setPrefWidth(300);
        bar.progressProperty().bind(model.progressProperty());
        return bar;
    }

    private static HBox buttons(javafx.scene.Node... nodes) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8);
        row.getChildren().add(spacer);
        row.getChildren().addAll(nodes);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }
}
