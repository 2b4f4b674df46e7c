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
import id.wacontacts.service.transfer.TransferProgress;
import id.wacontacts.ui.common.BackgroundTask;
import id.wacontacts.ui.common.ErrorMessages;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.TaskRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import wizard's state and steps: choose a file → columns and category → preview of every
 * row → import with progress and cancel → summary with the rejected rows to save. Work runs
 * through the {@link TaskRunner}, which delivers its progress and outcome on the FX thread. A cancel
 * is answered at once: the wizard leaves the importing page, says so, and forgets the rejected rows.
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
    private final Runnable onImported;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.CHOOSE_FILE);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<FileInspection> inspection = new SimpleObjectProperty<>();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final IntegerProperty numberColumn = new SimpleIntegerProperty(-1);
    /** -1 when no column names the categories. */
    private final IntegerProperty categoryColumn = new SimpleIntegerProperty(-1);
    private final ObservableList<String> categoryNames = FXCollections.observableArrayList();
    private final StringProperty category = new SimpleStringProperty("");
    private final BooleanProperty createCategories = new SimpleBooleanProperty(false);
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<RowStatus> filter = new SimpleObjectProperty<>();
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ImportSummary> summary = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty();
    private final StringProperty summaryText = new SimpleStringProperty("");

    private Cancellation cancellation = new Cancellation();
    private TaskRunner.Running running;
    private Path rejectsFile;
    /** The rejected rows' temporary file while an import runs, null otherwise. */
    private Path importing;

    public ImportWizardViewModel(ImportService imports, CategoryService categories, TaskRunner tasks, Messages messages,
                                 Runnable onImported) {
        this.imports = imports;
        this.categories = categories;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.onImported = onImported;
        filter.addListener((observable, old, status) -> showRows());
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
            inspection.set(found);
            columns.setAll(found.columns());
            numberColumn.set(found.numberColumn() >= 0 ? found.numberColumn() : 0);
            categoryColumn.set(found.categoryColumn().orElse(-1));
            categoryNames.setAll(inspected.categories().stream().map(CategoryRow::name).toList());
            if (found.numberColumn() < 0) {
                message.set(messages.get("import.noNumberColumn"));
            }
            step.set(Step.COLUMNS);
    }

    private record Inspected(FileInspection inspection, java.util.List<CategoryRow> categories) {
    }

    /** Whether the chosen category is new (it will be created). */
    public boolean categoryIsNew() {
        String name = category.get() == null ? "" : category.get().strip();
        return !name.isEmpty() && !categoryNames.contains(name);
    }

    /** Classifies every row in the background, then shows the preview step. */
    public void preview() {
        if (!canPreview()) {
            message.set(messages.get("import.chooseCategory"));
            return;
        }
        ImportOptions options = options();
        startWork();
        Cancellation thisRun = cancellation;
        running = tasks.run(BackgroundTask.<ImportPreview, Progress>withProgress(progress ->
                        imports.preview(file.get(), options, reporter(progress), thisRun), this::showProgress)
                .onSuccess(result -> {
                    preview.set(result);
                    filter.set(null);
                    showRows();
                    step.set(Step.PREVIEW);
                })
                .onFailure(this::failed)
                .onCancelled(() -> message.set(messages.get("import.cancelled")))
                .onFinished(this::idle));
    }

    public boolean canPreview() {
        boolean hasCategory = category.get() != null && !category.get().isBlank();
        return inspection.get() != null && numberColumn.get() >= 0 && (hasCategory || categoryColumn.get() >= 0);
    }

    /** Imports in one transaction; the rejected rows are kept in a temporary file for {@link #saveRejected}. */
    public void startImport() {
        ImportOptions options = options();
        startWork();
        step.set(Step.IMPORTING);
        Path rejects;
        try {
            rejects = Files.createTempFile("wa-contacts-rejected-", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        importing = rejects;
        Cancellation thisRun = cancellation;
        running = tasks.run(BackgroundTask.<ImportSummary, Progress>withProgress(progress -> {
            try {
                return imports.importFile(file.get(), options, rejects, messages.locale(), reporter(progress), thisRun);
            } finally {
                if (thisRun.isCancelled()) {
                    deleteQuietly(rejects);
                }
            }
        }, this::showProgress)
                .onSuccess(result -> {
                    rejectsFile = rejects;
                    summary.set(result);
                    summaryText.set(messages.get("import.summary", result.imported(), result.invalid(),
                            result.duplicates(), result.alreadyStored(), result.createdCategories().size())
                            + (result.encoding().isEmpty() ? "" : " " + messages.get("import.encoding", result.encoding())));
                    step.set(Step.SUMMARY);
                    onImported.run();
                })
                .onFailure(failure -> {
                    deleteQuietly(rejects);
                    step.set(Step.PREVIEW);
                    failed(failure);
                })
                .onCancelled(() -> {
                    deleteQuietly(rejects);
                    step.set(Step.PREVIEW);
                    message.set(messages.get("import.cancelled"));
                })
                .onFinished(() -> {
                    importing = null;
                    idle();
                }));
    }

    /** Whether an import is under way (closing the wizard now would cancel it). */
    public boolean isImporting() {
        return importing != null;
    }

    /** The temporary file the import under way (or the last one) keeps its rejected rows in; for tests. */
    Path temporaryRejectsFile() {
        return importing != null ? importing : rejectsFile;
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
            Files.copy(rejectsFile, target, StandardCopyOption.REPLACE_EXISTING);
            message.set(messages.get("import.rejectsSaved", target.getFileName().toString()));
        } catch (IOException e) {
            message.set(messages.get("error.import.FILE_UNREADABLE", target.toString()));
        }
    }

    public boolean hasRejected() {
        return summary.get() != null && summary.get().invalid() > 0 && rejectsFile != null;
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
        if (rejectsFile != null) {
            deleteQuietly(rejectsFile);
        }
    }

    private ImportOptions options() {
        FileInspection found = inspection.get();
        String name = category.get() == null || category.get().isBlank() ? null : category.get().strip();
        boolean create = createCategories.get() || categoryIsNew();
        return new ImportOptions(numberColumn.get(),
                categoryColumn.get() >= 0 ? OptionalInt.of(categoryColumn.get()) : OptionalInt.empty(),
                found.hasHeader(), name, create);
    }

    private void startWork() {
        cancellation = new Cancellation();
        message.set(null);
        busy.set(true);
        progress.set(-1);
        progressText.set("");
    }

    /** How far the work has come, as the service reported it last. */
    private record Progress(TransferProgress.Stage stage, long rows, double fraction) {
    }

    private static TransferProgress reporter(java.util.function.Consumer<Progress> progress) {
        return (stage, rows, fraction) -> progress.accept(new Progress(stage, rows, fraction));
    }

    private void showProgress(Progress shown) {
        progress.set(shown.fraction());
        progressText.set(messages.get(shown.stage() == TransferProgress.Stage.STORING ? "import.progress.storing"
                : "import.progress.reading", shown.rows()));
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
    public String detail(PreviewRow row) {
        return switch (row.status()) {
            case VALID -> row.e164();
            case INVALID -> row.rejection().message(messages.locale());
            case DUPLICATE_IN_FILE -> messages.get("import.detail.duplicate", row.e164());
            case ALREADY_STORED -> messages.get("import.detail.stored", row.e164(), row.holder());
        };
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // A temporary file; the system cleans its temporary folder.
        }
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
        FileInspection inspected = inspectionProperty().get();
        if (inspected == null) {
            return "";
        }
        String name = inspected.file().getFileName().toString();
        List<String> sheets = inspected.sheets();
        if (sheets.isEmpty()) {
            return messages.get("import.fileIs", name, inspected.format().toString());
        }
        return sheets.size() == 1 ? messages.get("import.fileSheet", name, sheets.get(0))
                : messages.get("import.fileSheets", name, sheets.get(0), sheets.size());
    }

    public ObjectProperty<FileInspection> inspectionProperty() {
        return inspection;
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public IntegerProperty numberColumnProperty() {
        return numberColumn;
    }

    public IntegerProperty categoryColumnProperty() {
        return categoryColumn;
    }

    public ObservableList<String> categoryNames() {
        return categoryNames;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public BooleanProperty createCategoriesProperty() {
        return createCategories;
    }

    public ObjectProperty<ImportPreview> previewProperty() {
        return preview;
    }

    public ObjectProperty<RowStatus> filterProperty() {
        return filter;
    }

    public ObservableList<PreviewRow> rows() {
        return rows;
    }

    public ObjectProperty<ImportSummary> summaryProperty() {
        return summary;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    /** A failure, a cancel or a confirmation, in the user's language; null when there is none. */
    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty summaryTextProperty() {
        return summaryText;
    }
}
