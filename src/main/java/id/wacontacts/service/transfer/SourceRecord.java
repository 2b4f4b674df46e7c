package id.wacontacts.service.transfer;

/**
 * One record of a list file, before anything is checked.
 *
 * @param line where it starts: the line number in a CSV file, the card's number in a vCard file
 */
record SourceRecord(long line, String[] fields) {

    String field(int index) {
        return index >= 0 && index < fields.length ? fields[index] : null;
    }
}
