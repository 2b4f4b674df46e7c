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
    /** An Excel workbook (a zip). */
    public static final String WORKBOOK = "customers.xlsx";

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
