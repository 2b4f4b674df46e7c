package id.wacontacts.service.transfer;

import id.wacontacts.service.ImportException;
import id.wacontacts.service.ImportException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of a text file without a byte-order mark, from all its bytes: UTF-8 when every
 * byte above ASCII is part of a well-formed UTF-8 sequence, Windows-1252 (what Excel's plain "CSV"
 * writes in Indonesia) when none is. A file with both, UTF-8 letters in one place and bytes that are
 * no UTF-8 in another, is refused: either guess would read some of its letters wrongly.
 */
final class TextEncoding {

    /**
     * A Windows-1252 text can hold a pair that happens to be UTF-8 ("Ã©"); many times more stray
     * bytes than such pairs is Windows-1252 all the same.
     */
    private static final int STRAY_BYTES_PER_ACCIDENTAL_PAIR = 20;

    private long multiByte;
    private long invalid;
    private long firstInvalidLine;
    private long line = 1;
    private int pending;

    private TextEncoding() {
    }

    static Charset of(Path file, String name) throws IOException {
        TextEncoding scan = new TextEncoding();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                scan.feed(buffer, n);
            }
        }
        return scan.decide(name);
    }

    /** @param cut the bytes are the start of a longer file */
    static Charset of(byte[] bytes, String name, boolean cut) {
        TextEncoding scan = new TextEncoding();
        scan.feed(bytes, bytes.length);
        if (cut) {
            scan.pending = 0;
        }
        return scan.decide(name);
    }

    private void feed(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (pending > 0) {
                if ((b & 0xC0) == 0x80) {
                    if (--pending == 0) {
                        multiByte++;
                    }
                    continue;
                }
                pending = 0;
                stray();
            }
            if (b == '\n') {
                line++;
            } else if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
            } else if (b >= 0x80) {
                stray();
            }
        }
    }

    private void stray() {
        if (invalid++ == 0) {
            firstInvalidLine = line;
        }
    }

    private Charset decide(String name) {
        if (pending > 0) {
            stray();
        }
        if (invalid == 0) {
            return StandardCharsets.UTF_8;
        }
        if (multiByte == 0 || invalid >= multiByte * STRAY_BYTES_PER_ACCIDENTAL_PAIR) {
            return SourceFormat.WINDOWS_1252;
        }
        throw new ImportException(Problem.MIXED_ENCODING, name, name + " mixes text encodings: it is UTF-8 in "
                + multiByte + " places, but line " + firstInvalidLine + " holds bytes that are not UTF-8.");
    }
}
