package id.wacontacts.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a stream line by line as bytes, without decoding: backup rows go to COPY exactly as they are
 * in the file, and the checksum covers the file's exact bytes. A line is only valid until the next
 * call to {@link #next()}.
 */
final class ByteLines {

    /** No line of a backup comes close; a longer one means the file is something else. */
    static final int MAX_LINE = 1 << 20;

    private final InputStream in;
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private int lineStart;
    private int lineLength;
    private boolean terminated;
    private boolean eof;
    private long number;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        int scanFrom = start;
        while (true) {
            for (int i = scanFrom; i < end; i++) {
                if (buffer[i] == '\n') {
                    return found(i - start, true, i + 1);
                }
            }
            if (eof) {
                return start < end && found(end - start, false, end);
            }
            scanFrom = fill();
        }
    }

    private boolean found(int length, boolean newline, int nextStart) {
        lineStart = start;
        lineLength = length;
        terminated = newline;
        start = nextStart;
        number++;
        return true;
    }

    /** Makes room and reads more; returns where scanning resumes. */
    private int fill() throws IOException {
        int pending = end - start;
        if (pending >= MAX_LINE) {
            throw new LineTooLongException(number + 1);
        }
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, pending);
            start = 0;
            end = pending;
        }
        if (end == buffer.length) {
            byte[] larger = new byte[buffer.length * 2];
            System.arraycopy(buffer, 0, larger, 0, end);
            buffer = larger;
        }
        int read = in.read(buffer, end, buffer.length - end);
        if (read < 0) {
            eof = true;
        } else {
            end += read;
        }
        return pending;
    }

    byte[] buffer() {
        return buffer;
    }

    int offset() {
        return lineStart;
    }

    /** The line's length without its newline. */
    int length() {
        return lineLength;
    }

    /** Whether the line ended with a newline (the last line of a cut-off file does not). */
    boolean terminated() {
        return terminated;
    }

    /** 1 for the first line. */
    long number() {
        return number;
    }

    boolean is(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return bytes.length == lineLength && java.util.Arrays.equals(buffer, lineStart, lineStart + lineLength,
                bytes, 0, bytes.length);
    }

    String text() {
        return new String(buffer, lineStart, lineLength, StandardCharsets.UTF_8);
    }

    /** A line longer than {@link #MAX_LINE}. */
    static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        LineTooLongException(long line) {
            super("line " + line + " is longer than " + MAX_LINE + " bytes");
        }
    }
}
