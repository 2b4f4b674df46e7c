package id.wacontacts.ui.main;

import id.wacontacts.domain.CategoryCount;
import id.wacontacts.domain.ContactQuery;
import id.wacontacts.ui.backup.BackupViewModel;
import id.wacontacts.service.transfer.ExportFormat;
import id.wacontacts.service.transfer.ImportSummary;
import id.wacontacts.service.transfer.ExportOptions;
import id.wacontacts.ui.quality.QualityViewModel;
import id.wacontacts.ui.export.ExportOptionsViewModel;
import id.wacontacts.ui.common.DialogService;
import id.wacontacts.ui.common.FileDialogs;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.Notifier;
import id.wacontacts.ui.common.UserFolders;
import id.wacontacts.ui.export.ExportViewModel;
import id.wacontacts.ui.importer.ImportWizardViewModel;
import id.wacontacts.ui.settings.SettingsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import org.slf4j.LoggerFactory;

/**
 * The File menu's import, export, backup and restore, and Help → About: what they work on and what
 * follows them (an import or a restore reloads every pane).
 */
public final class FileActionsViewModel {

    /**
     * The files the import wizard opens, by extension: the lists it reads, and the older spreadsheets
     * it explains how to save as one.
     */
    public static final List<String> IMPORTABLE = Stream.concat(ImportWizardViewModel.READABLE.stream(),
            Stream.of(".xls", ".ods")).toList();
    private static final String ALL_NAME = "wa-contacts";

    private static final Map<ExportFormat, String> EXPORT_FILTER_KEYS = Map.of(
            ExportFormat.XLSX, "export.filter.xlsx",
            ExportFormat.CSV, "export.filter.csv",
            ExportFormat.EXCEL_CSV, "export.filter.excel",
            ExportFormat.VCARD, "export.filter.vcf");

    private final MainViewModel main;
    private final Messages messages;
    private final DialogService dialogs;
    private final Notifier notifier;
    private final Executor uiThread;
    private final BackupViewModel backup;
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private FileServices services;

    /**
     * @param today    the desktop's date as it changes at midnight, for the last backup's "today"
     * @param uiThread runs background events on the FX thread
     */
    public FileActionsViewModel(MainViewModel main, Messages messages, Notifier notifier, DialogService dialogs,
                                Clock clock, ObservableValue<LocalDate> today, Executor uiThread) {
        this.main = main;
        this.messages = messages;
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.uiThread = uiThread;
        this.backup = new BackupViewModel(main.tasks(), messages, notifier, dialogs, clock, today, uiThread);
    }

    /** Connects once the database is open (the same wait as the window's); a failure is already shown there. */
    public void open(Callable<FileServices> opener) {
        main.tasks().run(opener, this::opened, failure -> LoggerFactory.getLogger(FileActionsViewModel.class)
                .debug("The File menu stays disabled: the database did not open", failure));
    }

    private void opened(FileServices opened) {
        services = opened;
        backup.connect(opened.backups(), opened.automaticBackups(), opened.backupEvents());
        ready.set(true);
    }

    /** File → Settings…: the retention settings' dialog model, once the database is open. */
    public Optional<SettingsViewModel> settings() {
        return services().filter(opened -> opened.retention() != null)
                .map(opened -> new SettingsViewModel(opened.retention(), main.tasks(), messages));
    }

    /** What the window shows now: the selected category and the search text, as the export writes it. */
    public ContactQuery exportQuery() {
        return main.contacts().queryProperty().get();
    }

    /**
     * The export's file name without extension, from what is shown: {@code Prospek}, {@code Prospek-0812},
     * {@code wa-contacts-0812}, or {@code wa-contacts} for every number.
     */
    public String suggestedExportName() {
        ContactQuery query = exportQuery();
        String category = query.categoryId().flatMap(main.categories()::find).map(CategoryCount::name).orElse(ALL_NAME);
        String name = query.hasSearch() ? category + "-" + query.searchText() : category;
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-").replaceAll("\\s+", " ").strip();
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '.' || c == '-') ? ALL_NAME : safe;
    }

    /** File → Import, or a dropped file: the import wizard's view-model, once the database is open. */
    public Optional<ImportWizardViewModel> importWizard() {
        return services().map(opened -> new ImportWizardViewModel(opened.imports(), opened.categories(), main.tasks(),
                messages, main.undo(), this::imported));
    }

    /** After an import stored rows: every pane shows them, and the notification offers to take it all back. */
    private void imported(ImportSummary summary, Runnable undo) {
        imported();
        notifier.info(messages.get("import.done", summary.imported()), messages.get("action.undo"), undo);
    }

    /**
     * File → Export: asks where to save what the window shows (offering {@link #suggestedExportName()}; the
     * selected filter picks the format when the extension does not) and starts writing it there.
     *
     * @return the export under way, for its progress window; empty when the user chose no file
     */
    public Optional<ExportViewModel> exportAsking() {
        return exportAsking(ExportOptions.STANDARD);
    }

    /** Edit → Export selected: the rows of {@code query} in the standard formats, after asking where. */
    public Optional<ExportViewModel> exportAsking(ContactQuery query) {
        return exportAsking(ExportOptions.STANDARD, query);
    }

    /** As {@link #exportAsking()} with the options chosen first (a preset, mobiles only, split files). */
    public Optional<ExportViewModel> exportAsking(ExportOptions options) {
        return exportAsking(options, exportQuery());
    }

    /** As {@link #exportAsking(ExportOptions)} for the rows of {@code query} (Edit → Export selected). */
    public Optional<ExportViewModel> exportAsking(ExportOptions options, ContactQuery query) {
        if (services == null) {
            return Optional.empty();
        }
        if (options.preset() == ExportOptions.Preset.WAME) {
            Optional<FileDialogs.Saving> page = dialogs.chooseFileToSave(messages.get("export.title"), null,
                    suggestedExportName() + ".html", List.of(new FileDialogs.Filter(messages.get("presets.filter.html"),
                            "*.html")));
            return page.map(saving -> start(saving.file(), ExportFormat.CSV, options, query));
        }
        List<FileDialogs.Filter> filters = ExportViewModel.FORMATS.stream()
                .filter(format -> options.preset() == ExportOptions.Preset.STANDARD || format != ExportFormat.VCARD)
                .map(format -> new FileDialogs.Filter(messages.get(EXPORT_FILTER_KEYS.get(format)),
                        "*." + format.extension()))
                .toList();
        Optional<FileDialogs.Saving> chosen = dialogs.chooseFileToSave(messages.get("export.title"), null,
                suggestedExportName() + "." + ExportViewModel.FORMATS.get(0).extension(), filters);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        ExportFormat format = ExportViewModel.formatOf(chosen.get().file(), chosen.get().filter());
        if (format == ExportFormat.VCARD && options.preset() != ExportOptions.Preset.STANDARD) {
            format = ExportFormat.CSV;
        }
        return Optional.of(start(ExportViewModel.withExtension(chosen.get().file(), format), format, options, query));
    }

    private ExportViewModel start(Path target, ExportFormat format, ExportOptions options, ContactQuery query) {
        ExportViewModel export = new ExportViewModel(services.exports(), main.tasks(), messages);
        export.export(query, target, format, options);
        return export;
    }

    /** File → Export with preset: the choices asked before where to save. */
    public ExportOptionsViewModel exportOptions() {
        return new ExportOptionsViewModel();
    }

    /** Tools → Check numbers: the quality check's view-model, once the database is open. */
    public Optional<QualityViewModel> qualityCheck() {
        return services().filter(opened -> opened.quality() != null)
                .map(opened -> new QualityViewModel(opened.quality(), main.contacts(), main.tasks(), messages));
    }

    /** This build's version, as backups record it; empty before the database is open. */
    public String appVersion() {
        return services().map(FileServices::appVersion).orElse("");
    }

    /** The app's data folder (the embedded database, logs, backups); empty before the database is open. */
    public String dataFolder() {
        return services().map(opened -> opened.dataFolder().toString()).orElse("");
    }

    /** File → Back up: asks where, offering the user's documents folder, and writes the backup there. */
    public void backupAsking() {
        if (services != null) {
            backup.backupAsking(UserFolders.documents());
        }
    }

    /** File → Restore: asks for a backup, reads it, asks again saying what it replaces, restores, reloads. */
    public void restoreAsking() {
        if (services != null) {
            backup.restoreAsking(this::imported);
        }
    }

    /** After an import or a restore stored rows: the categories, counts, chart and list show them. */
    public void imported() {
        main.refresh();
    }

    /** Whether a dropped file is one the import wizard reads (by its name: the wizard checks the content). */
    public static boolean importable(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return IMPORTABLE.stream().anyMatch(name::endsWith) && !Files.isDirectory(file);
    }

    public BackupViewModel backup() {
        return backup;
    }

    public Optional<FileServices> services() {
        return Optional.ofNullable(services);
    }

    /** The database is open: the menu's actions can run. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }
}
