package id.wacontacts.service.transfer;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The real list files in src/test/resources/import. */
public final class TestFiles {

    /** Excel's "CSV UTF-8" in an Indonesian locale: BOM, semicolons, CRLF, quoted fields, a header. */
    public static final String EXCEL_CSV = "excel-semicolon-bom.csv";
    /** Comma separated with a "phone" header, repeated numbers in other formats and garbage rows. */
    public static final String DUPLICATES_AND_GARBAGE = "duplicates-and-garbage.csv";
    /** A phone's export: vCard 3.0, 2.1 (quoted-printable) and 4.0 (tel: URIs), several numbers per card. */
    public static final String PHONE_VCARD = "phone-contacts.vcf";
    /** A picture, not a list. */
    public static final String PICTURE = "picture.png";
    /**
     * An Excel workbook made by a spreadsheet from a typed list: a header (Nama, No HP, Kategori), a
     * number whose leading 0 the spreadsheet dropped (a number cell 81234567890), text numbers in several
     * formats, a 13-digit number cell, a blank row, a duplicate and two invalid rows.
     */
    public static final String WORKBOOK = "contacts.xlsx";
    /** The same list as an Excel 97-2003 workbook (.xls), which is not read. */
    public static final String OLD_WORKBOOK = "contacts.xls";
    /** The same list as an OpenDocument sheet (.ods), which is not read. */
    public static final String OPEN_DOCUMENT_SHEET = "contacts.ods";
    /** A ZIP file that says it is a workbook but holds none (a damaged download). */
    public static final String DAMAGED_WORKBOOK = "customers.xlsx";

    private TestFiles() {
    }

    public static Path path(String name) {
        try {
            return Path.of(TestFiles.class.getResource("/import/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
