package id.wacontacts.ui.main;

import id.wacontacts.service.AutomaticBackups;
import id.wacontacts.service.BackupService;
import id.wacontacts.service.CategoryService;
import id.wacontacts.service.RetentionSettings;
import id.wacontacts.service.QualityCheck;
import id.wacontacts.service.transfer.ExportService;
import id.wacontacts.service.transfer.ImportService;
import id.wacontacts.ui.backup.AutomaticBackupEvents;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the File menu works with once the database is open: import, export, backups.
 *
 * @param automaticBackups the daily backups; present with the embedded database only
 * @param backupEvents     tells about each automatic backup written, or failed, while the window is open
 * @param dataFolder       the app's data folder (the embedded database, logs, backups)
 * @param appVersion       this build's version, as backups record it
 * @param retention        the office-wide retention settings (File → Settings…); null where none are offered
 * @param quality          the data quality check (Tools → Check numbers), or null where not offered
 */
public record FileServices(ImportService imports, ExportService exports, CategoryService categories,
                           BackupService backups, Optional<AutomaticBackups> automaticBackups,
                           AutomaticBackupEvents backupEvents, Path dataFolder, String appVersion,
                           RetentionSettings retention, QualityCheck quality) {

    /** Without the retention settings and the quality check: File → Settings… and Tools → Check numbers stay disabled. */
    public FileServices(ImportService imports, ExportService exports, CategoryService categories,
                        BackupService backups, Optional<AutomaticBackups> automaticBackups,
                        AutomaticBackupEvents backupEvents, Path dataFolder, String appVersion) {
        this(imports, exports, categories, backups, automaticBackups, backupEvents, dataFolder, appVersion, null, null);
    }
}
