package id.wacontacts.ui.export;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.service.Cancellation;
import id.wacontacts.domain.LineKind;
import id.wacontacts.service.transfer.ExportFormat;
import id.wacontacts.service.transfer.ExportOptions;
import id.wacontacts.service.transfer.ExportSummary;
import id.wacontacts.service.transfer.ExportService;
import id.wacontacts.ui.common.BackgroundTask;
import id.wacontacts.ui.common.ErrorMessages;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Exports a view (a category, a search, or everything) to an Excel workbook, CSV, Excel CSV or vCard in the background, with cancel. */
public final class ExportViewModel {

    /**
     * The formats the save dialog offers, in the order of its filters: the Excel workbook first (what
     * office staff open), then plain CSV for other programs, CSV for Excel and vCard.
     */
    public static final List<ExportFormat> FORMATS = List.of(ExportFormat.XLSX, ExportFormat.CSV,
            ExportFormat.EXCEL_CSV, ExportFormat.VCARD);

    private final ExportService exports;
    private final TaskRunner tasks;
    private final Messages messages;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private Cancellation cancellation = new Cancellation();
    private TaskRunner.Running running;

    public ExportViewModel(ExportService exports, TaskRunner tasks, Messages messages) {
        this.exports = exports;
        this.tasks = tasks;
        this.messages = messages;
    }

    /**
     * The format a chosen file name asks for: a workbook for .xlsx or no extension at all (the dialog's
     * first choice), vCard for .vcf/.vcard, CSV otherwise.
     */
    public static ExportFormat formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || !name.contains(".")) {
            return ExportFormat.XLSX;
        }
        return name.endsWith(".vcf") || name.endsWith(".vcard") ? ExportFormat.VCARD : ExportFormat.CSV;
    }

    /**
     * The format of the save dialog's selected filter ({@link #FORMATS}' order) when the file name
     * has its extension, as both CSV formats share {@code .csv}; otherwise the file name decides.
     *
     * @param filter the selected filter's index, -1 when unknown
     */
    public static ExportFormat formatOf(Path file, int filter) {
        if (filter >= 0 && filter < FORMATS.size()) {
            ExportFormat chosen = FORMATS.get(filter);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith("." + chosen.extension())) {
                return chosen;
            }
        }
        return formatOf(file);
    }

    /** The file to write: a name the desktop's dialog left without an extension gets the format's. */
    public static Path withExtension(Path file, ExportFormat format) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + "." + format.extension());
    }

    public void export(ContactQuery query, Path target, ExportFormat format) {
        export(query, target, format, ExportOptions.STANDARD);
    }

    /** As {@link #export(ContactQuery, Path, ExportFormat)} with a preset, mobiles only, or split files. */
    public void export(ContactQuery query, Path target, ExportFormat format, ExportOptions options) {
        cancellation = new Cancellation();
        busy.set(true);
        message.set(messages.get("export.writing", 0));
        Cancellation thisRun = cancellation;
        running = tasks.run(BackgroundTask.<ExportSummary, Written>withProgress(report -> exports.export(query, format,
                        options, target, ZoneId.systemDefault(),
                        (stage, rows, fraction) -> report.accept(new Written(rows, fraction)), thisRun), written -> {
                    progress.set(written.fraction());
                    message.set(messages.get("export.writing", written.rows()));
                })
                .onSuccess(summary -> {
                    progress.set(1);
                    message.set(describe(summary, target));
                })
                .onFailure(failure -> message.set(failure instanceof CancellationException
                        ? messages.get("export.cancelled") : new ErrorMessages(messages).describe(failure)))
                .onCancelled(() -> message.set(messages.get("export.cancelled")))
                .onFinished(() -> busy.set(false)));
    }

    /** "3 contacts exported to kantor.csv." and, when any were left out, how many and why. */
    private String describe(ExportSummary summary, Path target) {
        String where = summary.files().size() > 1
                ? messages.get("presets.export.files", summary.files().size(), target.getParent() == null ? ""
                        : String.valueOf(target.getParent().getFileName()))
                : (summary.files().isEmpty() ? target : summary.files().get(0)).getFileName().toString();
        String done = messages.get("export.done", summary.written(), where);
        if (summary.skippedTotal() == 0) {
            return done;
        }
        return done + " " + messages.get("presets.export.skipped", summary.skippedTotal(),
                summary.skipped().getOrDefault(LineKind.FIXED_LINE, 0L),
                summary.skipped().getOrDefault(LineKind.OTHER, 0L),
                summary.skipped().getOrDefault(LineKind.INVALID, 0L) + summary.skipped().getOrDefault(LineKind.UNCHECKED, 0L));
    }

    /** How far the export has come. */
    private record Written(long rows, double fraction) {
    }

    public void cancel() {
        cancellation.cancel();
        if (running != null) {
            running.cancel();
        }
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
