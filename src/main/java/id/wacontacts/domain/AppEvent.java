package id.wacontacts.domain;

import java.time.LocalDateTime;

/**
 * An application-level event: something that read or removed data outside ordinary row changes
 * (an export, a backup, a copy of numbers, a restore, an erasure, a purge). Times are UTC.
 *
 * @param covered what it covered, in words a log reader understands (a file name, a category, a cut-off date)
 * @param rowCount how many rows it covered
 */
public record AppEvent(long id, LocalDateTime happenedAt, Kind kind, String covered, long rowCount, String desktop,
        String databaseUser) {

    /** What happened. */
    public enum Kind {
        EXPORT, BACKUP, COPY, RESTORE, ERASE, TRASH_PURGE, HISTORY_PURGE, TRASH_EMPTY
    }
}
