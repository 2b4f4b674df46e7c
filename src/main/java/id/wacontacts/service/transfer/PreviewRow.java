package id.wacontacts.service.transfer;

/**
 * One row of a preview.
 *
 * @param line      line (CSV) or card (vCard) number in the file
 * @param number    the number cell as the file has it
 * @param category  the category the row would go to (null when it cannot go anywhere)
 * @param e164      the normalised number, null when invalid
 * @param rejection why the row is invalid, null otherwise
 * @param holder    the category already holding the number (ALREADY_STORED), null otherwise
 */
public record PreviewRow(long line, String number, String category, RowStatus status, String e164,
                         RowRejection rejection, String holder) {
}
