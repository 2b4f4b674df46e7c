package id.wacontacts.service.transfer;

import java.util.Locale;

/** The file formats contacts are exported to. */
public enum ExportFormat {
    /** UTF-8 with BOM, comma-separated: for other programs and for importing elsewhere. */
    CSV("csv"),
    /**
     * UTF-16LE with BOM, tab-separated, every text cell an Excel text formula: opened by
     * double-click, Excel shows the numbers as written (leading + and 0 kept) in every locale.
     */
    EXCEL_CSV("csv"),
    /** An Excel workbook: text cells for numbers and categories, a date cell for when each was added. */
    XLSX("xlsx"),
    VCARD("vcf");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** "csv", "excel", "xlsx" or "vcf" (also "vcard"), any case. */
    public static ExportFormat parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "csv" -> CSV;
            case "excel" -> EXCEL_CSV;
            case "xlsx" -> XLSX;
            case "vcf", "vcard" -> VCARD;
            default -> throw new IllegalArgumentException("Unknown format '" + text + "': use csv, excel, xlsx or vcf");
        };
    }
}
