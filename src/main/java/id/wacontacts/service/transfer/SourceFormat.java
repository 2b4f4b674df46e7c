package id.wacontacts.service.transfer;

import id.wacontacts.service.ImportException;
import id.wacontacts.service.ImportException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * How a file's list is written: vCard or CSV, the byte-order mark to skip and, for CSV, the field
 * separator, judged from its first 64 KB; the text encoding, without a byte-order mark, from the
 * whole file (one quick pass), so a file that turns to another encoding after its start is not read
 * wrongly in silence. Refuses what is not text, and text that mixes UTF-8 with another encoding.
 *
 * @param bomLength bytes of byte-order mark at the start of the file
 */
public record SourceFormat(FileFormat format, Charset charset, int bomLength, char delimiter) {

    static final int SAMPLE_BYTES = 64 * 1024;

    /** Excel's "CSV (Comma delimited)" on Windows in Indonesia and the West writes this, not UTF-8. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final String CHOOSE_A_LIST =
            " Choose a .csv or .xlsx file (one number per row) or a .vcf file exported from a phone.";
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final int SAMPLE_LINES = 50;

    /**
     * @throws ImportException NOT_TEXT, SPREADSHEET or EMPTY_FILE, or FILE_UNREADABLE when it cannot be read
     */
    public static SourceFormat detect(Path file) {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        String name = file.getFileName().toString();
        Charset whole = null;
        if (sample.length == SAMPLE_BYTES && !hasSignature(sample)) {
            try {
                whole = TextEncoding.of(file, name);
            } catch (IOException e) {
                throw unreadable(file, e);
            } catch (ImportException mixed) {
                throw binaryOr(mixed, name, sample);
            }
        }
        return detect(name, sample, whole);
    }

    /** Judged from the sample alone, as a file that is no longer than it is. */
    static SourceFormat detect(String name, byte[] sample) {
        return detect(name, sample, null);
    }

    private static SourceFormat detect(String name, byte[] sample, Charset textCharset) {
        if (startsWith(sample, 0x50, 0x4B, 0x03, 0x04)) {
            return zipped(name, sample);
        }
        if (startsWith(sample, 0xD0, 0xCF, 0x11, 0xE0)) {
            // Excel also wraps a password-protected .xlsx in this container.
            throw new ImportException(Problem.SPREADSHEET, name, name + " is an Excel 97-2003 workbook (.xls) or a"
                    + " workbook protected by a password. Open it in Excel and save a copy as \"Excel Workbook (.xlsx)\""
                    + " or \"CSV UTF-8 (Comma delimited)\" first.");
        }
        Charset charset;
        int bom;
        if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(sample, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE; // Excel's "Unicode Text"
            bom = 2;
        } else if (startsWith(sample, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else {
            try {
                // A sample cut off at its end may cut a character in two: that is no stray byte.
                charset = textCharset != null ? textCharset : TextEncoding.of(sample, name, sample.length == SAMPLE_BYTES);
            } catch (ImportException mixed) {
                throw binaryOr(mixed, name, sample);
            }
            bom = 0;
        }
        String text = decode(sample, bom, charset);
        if (looksBinary(text)) {
            throw notText(name);
        }
        String start = text.stripLeading();
        if (start.isEmpty()) {
            throw new ImportException(Problem.EMPTY_FILE, name, name + " is empty.");
        }
        if (start.regionMatches(true, 0, "BEGIN:VCARD", 0, "BEGIN:VCARD".length())) {
            return new SourceFormat(FileFormat.VCARD, charset, bom, ',');
        }
        return new SourceFormat(FileFormat.CSV, charset, bom, delimiter(text, sample.length == SAMPLE_BYTES));
    }

    /**
     * A ZIP file: an Excel workbook when its first entries include the workbook's folder ({@code xl/},
     * named in the clear in each entry's header); an OpenDocument sheet is refused with what to do.
     */
    private static SourceFormat zipped(String name, byte[] sample) {
        String entries = new String(sample, StandardCharsets.ISO_8859_1);
        if (entries.contains("application/vnd.oasis.opendocument.spreadsheet")) {
            throw new ImportException(Problem.SPREADSHEET, name, name + " is an OpenDocument spreadsheet (.ods)."
                    + " Save it as \"Excel 2007-365 (.xlsx)\" or as CSV first.");
        }
        if (!entries.contains("xl/")) {
            throw new ImportException(Problem.NOT_TEXT, name, name + " is a compressed file, not a list." + CHOOSE_A_LIST);
        }
        return new SourceFormat(FileFormat.XLSX, StandardCharsets.UTF_8, 0, ',');
    }

    /** The separator whose count per line is the most consistent (then the most frequent); ',' when none occurs. */
    static char delimiter(String text, boolean truncated) {
        String[] lines = text.split("\r\n|\n|\r", -1);
        int usable = truncated && lines.length > 1 ? lines.length - 1 : lines.length;
        char best = ',';
        int bestLines = 0;
        int bestCount = 0;
        for (char candidate : DELIMITERS) {
            int[] counts = new int[Math.min(usable, SAMPLE_LINES)];
            int n = 0;
            for (int i = 0; i < usable && n < counts.length; i++) {
                if (!lines[i].isBlank()) {
                    counts[n++] = countOutsideQuotes(lines[i], candidate);
                }
            }
            int[] found = Arrays.copyOf(counts, n);
            Arrays.sort(found);
            int mode = 0;
            int modeLines = 0;
            for (int i = 0; i < found.length;) {
                int j = i;
                while (j < found.length && found[j] == found[i]) {
                    j++;
                }
                if (found[i] > 0 && j - i >= modeLines) {
                    mode = found[i];
                    modeLines = j - i;
                }
                i = j;
            }
            if (mode > 0 && (modeLines > bestLines || modeLines == bestLines && mode > bestCount)) {
                best = candidate;
                bestLines = modeLines;
                bestCount = mode;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static String decode(byte[] sample, int bom, Charset charset) {
        return new String(sample, bom, sample.length - bom, charset);
    }

    /** NUL or other control characters (tab, line breaks, form feed and Ctrl-Z aside) in more than 1 of 200 characters. */
    private static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) {
                controls++;
            }
        }
        return controls * 200 > text.length();
    }

    private static ImportException notText(String name) {
        return new ImportException(Problem.NOT_TEXT, name, name + " is not a CSV, Excel or vCard file." + CHOOSE_A_LIST);
    }

    /** Random bytes of a picture or program also look like text of mixed encodings: say it is no text. */
    private static ImportException binaryOr(ImportException mixed, String name, byte[] sample) {
        return looksBinary(decode(sample, 0, WINDOWS_1252)) ? notText(name) : mixed;
    }

    /** A ZIP, an OLE container or a byte-order mark: the start alone says what the file is. */
    private static boolean hasSignature(byte[] sample) {
        return startsWith(sample, 0x50, 0x4B, 0x03, 0x04) || startsWith(sample, 0xD0, 0xCF, 0x11, 0xE0)
                || startsWith(sample, 0xEF, 0xBB, 0xBF) || startsWith(sample, 0xFF, 0xFE) || startsWith(sample, 0xFE, 0xFF);
    }

    /** The text encoding as people name it ("UTF-8", "Windows-1252", "UTF-16LE"); empty for a workbook. */
    public String encodingName() {
        if (format == FileFormat.XLSX) {
            return "";
        }
        return charset.equals(WINDOWS_1252) ? "Windows-1252" : charset.name();
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static ImportException unreadable(Path file, IOException e) {
        return new ImportException(Problem.FILE_UNREADABLE, String.valueOf(file),
                "Cannot read " + file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }

    /** The separator as people name it, for messages. */
    public String delimiterName() {
        return switch (delimiter) {
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "comma";
        };
    }

    @Override
    public String toString() {
        if (format == FileFormat.XLSX) {
            return "XLSX";
        }
        return format + " " + charset.name().toLowerCase(Locale.ROOT) + (format == FileFormat.CSV ? " " + delimiterName() : "");
    }
}
