package id.wacontacts.ui.main;

import id.wacontacts.domain.BackupInfo;
import id.wacontacts.domain.ContactQuery;
import id.wacontacts.ui.common.FileDialogs;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.export.ExportDialog;
import id.wacontacts.ui.quality.QualityDialog;
import id.wacontacts.ui.export.ExportOptionsDialog;
import id.wacontacts.ui.importer.ImportWizard;
import id.wacontacts.ui.settings.SettingsDialog;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Window;

/**
 * The File menu's import, export, backup and restore, a file dropped on the window, and Help →
 * About: the dialogs around {@link FileActionsViewModel}, which does the work.
 */
public final class FileActions {

    private static final String DROP_TARGET = "drop-target";

    private final FileActionsViewModel model;
    private final MainViewModel main;
    private final FileDialogs dialogs;
    private final Messages messages;
    private Node window;

    public FileActions(FileActionsViewModel model, MainViewModel main, FileDialogs dialogs, Messages messages) {
        this.model = model;
        this.main = main;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** The menu items, each enabled once the database is open. */
    public List<MenuItem> fileItems(MenuFactory items) {
        List<MenuItem> list = List.of(
                items.item("menuImport", "menu.import", "mdi2f-file-import-outline", "Shortcut+I", () -> importFile(null)),
                items.item("menuExport", "menu.export", "mdi2f-file-export-outline", "Shortcut+E", this::export),
                items.item("menuExportPreset", "presets.menu.export", "mdi2w-whatsapp", null,
                        this::exportWithPreset),
                items.item("menuBackup", "menu.backup", "mdi2c-content-save-outline", null, model::backupAsking),
                items.item("menuRestore", "menu.restore", "mdi2b-backup-restore", null, model::restoreAsking));
        list.forEach(item -> item.disableProperty().bind(model.readyProperty().not()));
        return list;
    }

    /** File → Settings…: the trash's and the history's retention, enabled once the database is open. */
    public MenuItem settingsItem(MenuFactory items) {
        MenuItem item = items.item("menuSettings", "menu.settings", "mdi2c-cog-outline", null,
                () -> model.settings().ifPresent(settings -> SettingsDialog.show(owner(), settings, messages)));
        item.disableProperty().bind(model.readyProperty().not());
        return item;
    }

    /** Tools → Check numbers, enabled once the database is open. */
    public MenuItem qualityItem(MenuFactory items) {
        MenuItem item = items.item("menuCheckNumbers", "quality.menu", "mdi2c-check-circle-outline", null,
                () -> model.qualityCheck().ifPresent(check -> QualityDialog.show(owner(), check, messages)));
        item.disableProperty().bind(model.readyProperty().not());
        return item;
    }

    public MenuItem aboutItem(MenuFactory items) {
        return items.item("menuAbout", "menu.about", "mdi2i-information-outline", null, this::about);
    }

    /** Builds a menu item the window's way (id, text key, icon, shortcut, action). */
    @FunctionalInterface
    public interface MenuFactory {
        MenuItem item(String id, String key, String icon, String accelerator, Runnable action);
    }

    /** Lets a .csv, .txt or .vcf file dropped anywhere on {@code root} open the import wizard with it. */
    public void acceptDrops(Node root) {
        this.window = root;
        root.setOnDragOver(event -> {
            if (droppedFile(event.getDragboard()).isPresent() && model.readyProperty().get()) {
                event.acceptTransferModes(TransferMode.COPY);
                if (!root.getStyleClass().contains(DROP_TARGET)) {
                    root.getStyleClass().add(DROP_TARGET);
                }
            }
            event.consume();
        });
        root.setOnDragExited(event -> root.getStyleClass().remove(DROP_TARGET));
        root.setOnDragDropped(this::dropped);
    }

    private void dropped(DragEvent event) {
        window.getStyleClass().remove(DROP_TARGET);
        Optional<Path> file = droppedFile(event.getDragboard());
        event.setDropCompleted(file.isPresent());
        event.consume();
        file.ifPresent(this::importFile);
    }

    /** The one importable file being dragged; several files or a folder are not accepted. */
    private static Optional<Path> droppedFile(Dragboard board) {
        if (!board.hasFiles() || board.getFiles().size() != 1) {
            return Optional.empty();
        }
        Path file = board.getFiles().get(0).toPath();
        return FileActionsViewModel.importable(file) ? Optional.of(file) : Optional.empty();
    }

    /** Opens the import wizard, on {@code file} when one was dropped. */
    public void importFile(Path file) {
        model.importWizard().ifPresent(wizard -> ImportWizard.open(owner(), wizard, messages, file, dialogs));
    }

    /** File → Export: what the window shows (the list's query), after asking where. */
    void export() {
        model.exportAsking().ifPresent(export -> ExportDialog.show(owner(), export, messages));
    }

    /** Edit → Export selected: the rows of {@code query}, after asking where. */
    void export(ContactQuery query) {
        model.exportAsking(query).ifPresent(export -> ExportDialog.show(owner(), export, messages));
    }

    /** File → Export with preset: the preset and options first, then where to save, then the progress. */
    private void exportWithPreset() {
        new ExportOptionsDialog(model.exportOptions(), messages).ask(owner())
                .flatMap(model::exportAsking)
                .ifPresent(export -> ExportDialog.show(owner(), export, messages));
    }

    private void about() {
        BackupInfo last = model.backup().lastBackupProperty().get();
        AboutDialog.show(owner(), messages, List.of(
                new AboutDialog.Line("aboutVersion", "about.version", model.appVersion()),
                new AboutDialog.Line("aboutDatabase", "about.database", main.databaseLocationProperty().get()),
                new AboutDialog.Line("aboutDataFolder", "about.dataFolder", model.dataFolder()),
                new AboutDialog.Line("aboutLastBackup", "about.lastBackup", last == null ? messages.get("backup.none")
                        : model.backup().when(last) + " — " + last.file()),
                new AboutDialog.Line("aboutBackupFolder", "about.backupFolder",
                        Optional.ofNullable(model.backup().backupFolder()).map(Path::toString).orElse(""))));
    }

    private Window owner() {
        return window == null || window.getScene() == null ? null : window.getScene().getWindow();
    }
}
