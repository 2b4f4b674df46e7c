package id.wacontacts.ui.backup;

import id.wacontacts.domain.BackupInfo;

/** Where the daily automatic backups announce themselves while the window is open: made, or failed. */
@FunctionalInterface
public interface AutomaticBackupEvents {

    AutomaticBackupEvents NONE = listener -> { };

    /** Tells {@code listener} about each automatic backup from now on, on a background thread. */
    void subscribe(Listener listener);

    /** Told about each automatic backup's outcome. */
    interface Listener {

        void made(BackupInfo backup);

        /** The backup could not be written; it is tried again at the next check. */
        void failed(RuntimeException failure);
    }
}
