package id.wacontacts.service.transfer;

import java.util.List;

/**
 * What importing a file would do, counted over every row; the rows themselves only up to
 * {@code shownPerStatus} of each status (the first ones in the file), so memory stays bounded.
 *
 * @param newCategories the categories importing would create
 */
public record ImportPreview(long rows, long valid, long invalid, long duplicates, long alreadyStored,
                            List<PreviewRow> shown, int shownPerStatus, List<String> newCategories) {

    public ImportPreview {
        shown = List.copyOf(shown);
        newCategories = List.copyOf(newCategories);
    }

    public long count(RowStatus status) {
        return switch (status) {
            case VALID -> valid;
            case INVALID -> invalid;
            case DUPLICATE_IN_FILE -> duplicates;
            case ALREADY_STORED -> alreadyStored;
        };
    }

    /** Whether some rows of a status are counted but not in {@link #shown()}. */
    public boolean truncated() {
        return valid > shownPerStatus || invalid > shownPerStatus || duplicates > shownPerStatus
                || alreadyStored > shownPerStatus;
    }
}
