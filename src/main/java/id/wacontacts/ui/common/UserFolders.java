package id.wacontacts.ui.common;

import id.wacontacts.config.AppPaths;
import java.nio.file.Path;

/** The user's own folders, where files the user keeps are offered to be saved. */
public final class UserFolders {

    private UserFolders() {
    }

    /** The documents folder as the system names it (on Linux the desktop's own, e.g. {@code ~/Dokumen}), else the home folder. */
    public static Path documents() {
        return AppPaths.documentsDirectory();
    }
}
