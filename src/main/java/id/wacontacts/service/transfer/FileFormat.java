package id.wacontacts.service.transfer;

/** The kinds of contact list the app reads and writes. */
public enum FileFormat {
    /** Comma-, semicolon- or tab-separated values, as spreadsheets save them. */
    CSV,
    /** vCard (.vcf), as phones export their contacts; one row per phone number of a card. */
    VCARD,
    /** An Excel workbook (.xlsx): the rows of its first visible sheet. */
    XLSX
}
