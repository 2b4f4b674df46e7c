package id.wacontacts.service.transfer;

import id.wacontacts.service.ImportException;
import id.wacontacts.service.ImportException.Problem;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * The bounds every list reader keeps, so that no file, however made, can use up the memory: the
 * README's "memory is a few chunks whatever the file" holds for every format.
 * <ul>
 *   <li>CSV: {@value #MAX_FIELD_CHARS} characters a field, {@value #MAX_RECORD_CHARS} a row,
 *       {@value #MAX_FIELDS} fields a row;</li>
 *   <li>workbook: no entry unpacks to more than {@value #MAX_RATIO} times its packed size (past the first
 *       MiB), all together to at most {@value #MAX_UNPACKED_BYTES} bytes, and no text or tag is longer than
 *       {@value #MAX_XML_RUN_BYTES} bytes (Excel's own cells hold at most 32,767 characters);</li>
 *   <li>vCard: at most {@value #MAX_CARD_NUMBERS} numbers, {@value #MAX_CARD_LINES} lines and
 *       {@value #MAX_CARD_CHARS} characters a card (a phone's card has a few dozen lines; a photo is the
 *       large part).</li>
 * </ul>
 */
final class ReaderLimits {

    static final int MAX_FIELD_CHARS = 64 * 1024;
    static final int MAX_RECORD_CHARS = 1024 * 1024;
    static final int MAX_FIELDS = 1024;

    static final int MAX_RATIO = 100;
    static final long RATIO_GRACE_BYTES = 1L << 20;
    static final long MAX_UNPACKED_BYTES = 2L << 30;
    static final int MAX_XML_RUN_BYTES = 1 << 20;

    static final int MAX_CARD_NUMBERS = 1_000;
    static final int MAX_CARD_LINES = 20_000;
    static final int MAX_CARD_CHARS = 8 * 1024 * 1024;

    private ReaderLimits() {
    }

    static ImportException tooLarge(String name, String what) {
        return new ImportException(Problem.TOO_LARGE, name, name + " is too large to be a list: " + what + ".");
    }

    /**
     * Unpacks every entry of a workbook once, keeping nothing, to refuse a ZIP bomb or a giant cell
     * before the workbook reader builds it in memory.
     *
     * @throws ImportException TOO_LARGE
     */
    static void checkWorkbook(ZipFile zip, String name) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.isDirectory()) {
                continue;
            }
            long packed = Math.max(1, entry.getCompressedSize());
            long unpacked = 0;
            int run = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    unpacked += n;
                    total += n;
                    if (unpacked > RATIO_GRACE_BYTES && unpacked > packed * MAX_RATIO) {
                        throw tooLarge(name, entry.getName() + " unpacks to more than " + MAX_RATIO
                                + " times its packed size");
                    }
                    if (total > MAX_UNPACKED_BYTES) {
                        throw tooLarge(name, "it unpacks to more than " + (MAX_UNPACKED_BYTES >> 30) + " GiB");
                    }
                    for (int i = 0; i < n; i++) {
                        byte b = buffer[i];
                        run = b == '<' || b == '>' ? 0 : run + 1;
                        if (run > MAX_XML_RUN_BYTES) {
                            throw tooLarge(name, entry.getName() + " holds a text or tag longer than "
                                    + (MAX_XML_RUN_BYTES >> 20) + " MiB");
                        }
                    }
                }
            }
        }
    }

    /**
     * The text of a vCard file, refused as soon as one card has more than {@value #MAX_CARD_NUMBERS}
     * numbers, {@value #MAX_CARD_LINES} lines or {@value #MAX_CARD_CHARS} characters: a card is read
     * whole, so it must be small.
     */
    static final class CardReader extends FilterReader {

        /** A line's start, enough to tell {@code BEGIN:VCARD} and {@code item1.TEL;…} from others. */
        private static final Pattern BEGIN = Pattern.compile("(?i)BEGIN:VCARD.*");
        private static final Pattern TEL = Pattern.compile("(?i)([a-z0-9-]+\\.)?TEL[;:].*");
        private static final int PREFIX = 24;

        private final String name;
        private final StringBuilder prefix = new StringBuilder(PREFIX);
        private boolean lineStart = true;
        private boolean collecting;
        private int numbers;
        private int lines;
        private int chars;

        CardReader(Reader in, String name) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                see((char) c);
            } else {
                endOfLine();
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                see(buffer[offset + i]);
            }
            if (n < 0) {
                endOfLine();
            }
            return n;
        }

        private void see(char c) {
            if (c == '\n' || c == '\r') {
                endOfLine();
                lineStart = true;
                return;
            }
            if (lineStart) {
                lineStart = false;
                if (c != ' ' && c != '\t') {
                    // A new property (not a folded line's continuation).
                    lines++;
                    collecting = true;
                }
            }
            if (collecting) {
                prefix.append(c);
                if (prefix.length() == PREFIX) {
                    endOfLine();
                }
            }
            if (++chars > MAX_CARD_CHARS) {
                throw tooLarge(name, "a contact card holds more than " + (MAX_CARD_CHARS >> 20) + " million characters");
            }
            if (lines > MAX_CARD_LINES) {
                throw tooLarge(name, "a contact card holds more than " + MAX_CARD_LINES + " lines");
            }
        }

        /** Judges the line's start once it is known. */
        private void endOfLine() {
            if (!collecting) {
                return;
            }
            collecting = false;
            if (BEGIN.matcher(prefix).matches()) {
                lines = 1;
                chars = prefix.length();
                numbers = 0;
            } else if (TEL.matcher(prefix).matches() && ++numbers > MAX_CARD_NUMBERS) {
                throw tooLarge(name, "a contact card holds more than " + MAX_CARD_NUMBERS + " numbers");
            }
            prefix.setLength(0);
        }
    }
}
