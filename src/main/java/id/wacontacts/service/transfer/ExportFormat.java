package id.wacontacts.service.transfer;

import java.util.Locale;

/** The file formats contacts are exported to. */
public enum ExportFormat {
    CSV("csv"),
    VCARD("vcf");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** "csv" or "vcf" (also "vcard"), any case. */
    public static ExportFormat parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "csv" -> CSV;
            case "vcf", "vcard" -> VCARD;
            default -> throw new IllegalArgumentException("Unknown format '" + text + "': use csv or vcf");
        };
    }
}
