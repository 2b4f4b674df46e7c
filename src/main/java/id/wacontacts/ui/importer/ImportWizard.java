package id.wacontacts.ui.importer;

import id.wacontacts.ui.common.Confirmation;
import id.wacontacts.ui.common.FileDialogs;
import id.wacontacts.ui.common.EscapeCloses;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.UserFolders;
import id.wacontacts.ui.importer.ImportWizardViewModel.Step;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The import wizard's window, bound to {@link ImportWizardViewModel}; no logic of its own. It holds the
 * window, the first, importing and summary pages; the columns page is {@link ImportColumnsView}, the
 * preview page {@link ImportPreviewView}.
 */
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
        EscapeCloses.install(stage);
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
        StackPane pages = new StackPane(chooseFilePage(), ImportColumnsView.build(model, messages),
                ImportPreviewView.build(model, messages), importingPage(), summaryPage());
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
        return WizardPages.page(model, Step.CHOOSE_FILE, hint, choose);
    }

    private VBox importingPage() {
        Label text = new Label();
        text.setId("importProgressText");
        text.textProperty().bind(model.progressTextProperty());
        ProgressBar bar = WizardPages.progressBar(model, "importProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button(messages.get("import.cancel"));
        cancel.setId("cancelImportButton");
        cancel.setOnAction(event -> model.cancel());
        VBox page = WizardPages.page(model, Step.IMPORTING, new Label(messages.get("import.importing")), bar, text, cancel);
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
        return WizardPages.page(model, Step.SUMMARY, text, WizardPages.buttons(save, close));
    }
}
