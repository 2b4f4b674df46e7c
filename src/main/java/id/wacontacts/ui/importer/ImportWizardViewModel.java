package id.wacontacts.ui.importer;

import id.wacontacts.domain.CategoryRow;
import id.wacontacts.service.CategoryService;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.transfer.FileInspection;
import id.wacontacts.service.transfer.ImportOptions;
import id.wacontacts.service.transfer.ImportPreview;
import id.wacontacts.service.transfer.ImportService;
import id.wacontacts.service.transfer.ImportSummary;
import id.wacontacts.service.transfer.PreviewRow;
import id.wacontacts.service.transfer.RowStatus;
import id.wacontacts.ui.common.BackgroundTask;
import id.wacontacts.ui.common.ErrorMessages;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.TaskRunner;
import id.wacontacts.ui.undo.UndoHistory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The import wizard's state and steps: choose a file → columns and category → preview of every
 * row → import with progress and cancel → summary with the rejected rows to save. Work runs
 * through the {@link TaskRunner}, which delivers its progress and outcome on the FX thread. A cancel
 * is answered at once: the wizard leaves the importing page, says so, and forgets the rejected rows.
 * The preview's filtered rows are kept by {@link PreviewRows}, the rejected rows' file by {@link RejectedRowsFile}.
 *
 * <p>A little over 300 lines: the pages' moves and the work each starts read as one flow here; the
 * state of each page already lives in the classes named above.
 */
public final class ImportWizardViewModel {

    /** The lists the wizard reads, by extension: what its file chooser shows. */
    public static final List<String> READABLE = List.of(".xlsx", ".csv", ".txt", ".vcf");

    /** The wizard's pages. */
    public enum Step { CHOOSE_FILE, COLUMNS, PREVIEW, IMPORTING, SUMMARY }

    private final ImportService imports;
    private final CategoryService categories;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;
    private final BiConsumer<ImportSummary, Runnable> onImported;
    private final UndoHistory undo;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.CHOOSE_FILE);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ColumnChoices choices;
    private final PreviewRows preview;
    private final ObjectProperty<ImportSummary> summary = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ImportProgress progress;
    private final StringProperty message = new SimpleStringProperty();
    private final StringProperty summaryText = new SimpleStringProperty("");

    private Cancellation cancellation = new Cancellation();
    private TaskRunner.Running running;
    private final RejectedRowsFile rejected = new RejectedRowsFile();

    public ImportWizardViewModel(ImportService imports, CategoryService categories, TaskRunner tasks, Messages messages,
                                 Runnable onImported) {
        this(imports, categories, tasks, messages, UndoHistory.unrecorded(tasks, messages), (summary, undoIt) -> onImported.run());
    }

    /**
     * @param undo       records the whole import as one step the user can undo
     * @param onImported told of each import stored, with what takes it back (the notification's Undo)
     */
    public ImportWizardViewModel(ImportService imports, CategoryService categories, TaskRunner tasks, Messages messages,
                                 UndoHistory undo, BiConsumer<ImportSummary, Runnable> onImported) {
        this.undo = undo;
        this.imports = imports;
        this.categories = categories;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.onImported = onImported;
        this.preview = new PreviewRows(messages);
        this.choices = new ColumnChoices(messages);
        this.progress = new ImportProgress(messages);
    }

    /** Reads the file's start and the category names, then shows the columns step. */
    public void chooseFile(Path chosen) {
        file.set(chosen);
        message.set(null);
        busy.set(true);
        running = tasks.run(BackgroundTask.of(() -> new Inspected(imports.inspect(chosen), categories.list()))
                .onSuccess(this::inspected).onFailure(this::failed).onFinished(this::idle));
    }

    private void inspected(Inspected inspected) {
        FileInspection found = inspected.inspection();
            choices.show(found, inspected.categories().stream().map(CategoryRow::name).toList());
            if (found.numberColumn() < 0) {
                message.set(messages.get("import.noNumberColumn"));
            }
            step.set(Step.COLUMNS);
    }

    private record Inspected(FileInspection inspection, java.util.List<CategoryRow> categories) {
    }

    /** Whether the chosen category is new (it will be created). */
    public boolean categoryIsNew() {
        return choices.categoryIsNew();
    }

    /** Classifies every row in the background, then shows the preview step. */
    public void preview() {
        if (!canPreview()) {
            message.set(messages.get("import.chooseCategory"));
            return;
        }
        ImportOptions options = choices.options();
        startWork();
        Cancellation thisRun = cancellation;
        running = tasks.run(BackgroundTask.<ImportPreview, ImportProgress.Report>withProgress(progress ->
                        imports.preview(file.get(), options, ImportProgress.reporter(progress), thisRun), this.progress::show)
                .onSuccess(result -> {
                    preview.show(result);
                    step.set(Step.PREVIEW);
                })
                .onFailure(this::failed)
                .onCancelled(() -> message.set(messages.get("import.cancelled")))
                .onFinished(this::idle));
    }

    public boolean canPreview() {
        return choices.canPreview();
    }

    /** Imports in one transaction; the rejected rows are kept in a temporary file for {@link #saveRejected}. */
    public void startImport() {
        ImportOptions options = choices.options();
        startWork();
        step.set(Step.IMPORTING);
        Path rejects = rejected.startImport();
        Cancellation thisRun = cancellation;
        Path source = file.get();
        UndoHistory.Recording<ImportSummary> recording = undo.recording(
                (ImportSummary result) -> UndoHistory.name("undo.step.import", source.getFileName(), result.imported()));
        running = tasks.run(BackgroundTask.<ImportSummary, ImportProgress.Report>withProgress(progress -> {
            try {
                return recording.run(() -> imports.importFile(source, options, rejects, messages.locale(),
                        ImportProgress.reporter(progress), thisRun));
            } finally {
                if (thisRun.isCancelled()) {
                    RejectedRowsFile.deleteQuietly(rejects);
                }
            }
        }, this.progress::show)
                .onSuccess(result -> {
                    rejected.imported(rejects);
                    summary.set(result);
                    summaryText.set(messages.get("import.summary", result.imported(), result.invalid(),
                            result.duplicates(), result.alreadyStored(), result.createdCategories().size())
                            + (result.encoding().isEmpty() ? "" : " " + messages.get("import.encoding", result.encoding())));
                    step.set(Step.SUMMARY);
                    onImported.accept(result, undo.undoAction(recording));
                })
                .onFailure(failure -> {
                    RejectedRowsFile.deleteQuietly(rejects);
                    step.set(Step.PREVIEW);
                    failed(failure);
                })
                .onCancelled(() -> {
                    RejectedRowsFile.deleteQuietly(rejects);
                    step.set(Step.PREVIEW);
                    message.set(messages.get("import.cancelled"));
                })
                .onFinished(() -> {
                    rejected.importEnded();
                    idle();
                }));
    }

    /** Whether an import is under way (closing the wizard now would cancel it). */
    public boolean isImporting() {
        return rejected.importing();
    }

    /** The temporary file the import under way (or the last one) keeps its rejected rows in; for tests. */
    Path temporaryRejectsFile() {
        return rejected.temporaryFile();
    }

    /** Stops the preview or import under way; an import stores nothing. */
    public void cancel() {
        cancellation.cancel();
        if (running != null) {
            running.cancel();
        }
    }

    /** Copies the rejected rows (line, number, category, reason) to where the user chose. */
    public void saveRejected(Path target) {
        try {
            rejected.copyTo(target);
            message.set(messages.get("import.rejectsSaved", target.getFileName().toString()));
        } catch (IOException e) {
            message.set(messages.get("error.import.FILE_UNREADABLE", target.toString()));
        }
    }

    public boolean hasRejected() {
        return summary.get() != null && summary.get().invalid() > 0 && rejected.kept();
    }

    /** Back from the preview to the columns. */
    public void back() {
        if (step.get() == Step.PREVIEW) {
            step.set(Step.COLUMNS);
        }
    }

    /** Forgets the temporary rejected-rows file; call when the wizard closes. */
    public void dispose() {
        cancel();
        rejected.dispose();
    }

    private void startWork() {
        cancellation = new Cancellation();
        message.set(null);
        busy.set(true);
        progress.reset();
    }

    private void idle() {
        busy.set(false);
    }

    private void failed(Throwable failure) {
        if (failure instanceof CancellationException) {
            message.set(messages.get("import.cancelled"));
        } else {
            message.set(errors.describe(failure));
        }
    }

    /** The detail shown for a preview row: its E.164, the reason it is refused, or the category holding it. */
    public String detail(PreviewRow row) {
        return preview.detail(row);
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /**
     * The chosen file in words: its name and format; for a workbook, the sheet read and, when it has
     * other visible sheets, that only this first one is read.
     */
    public String fileLabel() {
        return choices.fileLabel();
    }

    public ObjectProperty<FileInspection> inspectionProperty() {
        return choices.inspectionProperty();
    }

    public ObservableList<String> columns() {
        return choices.columns();
    }

    public IntegerProperty numberColumnProperty() {
        return choices.numberColumnProperty();
    }

    public IntegerProperty categoryColumnProperty() {
        return choices.categoryColumnProperty();
    }

    public ObservableList<String> categoryNames() {
        return choices.categoryNames();
    }

    public StringProperty categoryProperty() {
        return choices.categoryProperty();
    }

    public BooleanProperty createCategoriesProperty() {
        return choices.createCategoriesProperty();
    }

    public ObjectProperty<ImportPreview> previewProperty() {
        return preview.previewProperty();
    }

    public ObjectProperty<RowStatus> filterProperty() {
        return preview.filterProperty();
    }

    public ObservableList<PreviewRow> rows() {
        return preview.rows();
    }

    public ObjectProperty<ImportSummary> summaryProperty() {
        return summary;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress.fractionProperty();
    }

    public StringProperty progressTextProperty() {
        return progress.textProperty();
    }

    /** A failure, a cancel or a confirmation, in the user's language; null when there is none. */
    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty summaryTextProperty() {
        return summaryText;
    }
}
