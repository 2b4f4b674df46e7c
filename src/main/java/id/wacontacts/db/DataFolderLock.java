package id.wacontacts.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on a file in the data folder, held for as long as one WA Contacts uses the
 * folder. Taken before anything touches the cluster, so two windows started together never both run
 * initdb or crash recovery, and released on every failure path (the embedded server library keeps
 * its own lock open when its start fails).
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE_NAME = "wa-contacts.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks the folder or says that another WA Contacts has it open. */
    static DataFolderLock acquire(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new DatabaseStartException(DatabaseStartException.Problem.DATA_DIR_UNUSABLE,
                    "The data folder " + dataDirectory + " cannot be written: " + e.getMessage(), e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new DataFolderLock(channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // Held by this same process: another window of this application.
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DatabaseStartException(DatabaseStartException.Problem.DATA_DIR_UNUSABLE,
                    "The data folder " + dataDirectory + " cannot be locked: " + e.getMessage(), e);
        }
        closeQuietly(channel);
        throw alreadyRunning(dataDirectory);
    }

    static DatabaseStartException alreadyRunning(Path dataDirectory) {
        return new DatabaseStartException(DatabaseStartException.Problem.ALREADY_RUNNING,
                "WA Contacts is already open with this data folder (" + dataDirectory + "). Close the other window first.");
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            // Closing the channel below releases it too.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing more to release.
        }
    }
}
