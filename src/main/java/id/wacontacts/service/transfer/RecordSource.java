package id.wacontacts.service.transfer;

import id.wacontacts.service.ImportException;
import id.wacontacts.service.ImportException.Problem;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a list file record by record, never its rows all at once (a workbook of up to 128 MB is held
 * compressed in memory while its sheet streams out, see {@link XlsxRecords}).
 */
interface RecordSource extends AutoCloseable {

    /** A Java class's full name, with the colon that follows it in an exception's text. */
    Pattern QUALIFIED_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?::\\s*|\\b)");

    /** The next record, or null at the end of the file. */
    SourceRecord next() throws IOException;

    /** A workbook's visible sheets, the one read first; empty for other files. */
    default List<String> sheets() {
        return List.of();
    }

    /** Bytes of the file read so far, for progress; -1 when unknown. */
    long bytesRead();

    @Override
    void close() throws IOException;

    /** Opens the file as the format says, past its byte-order mark. */
    static RecordSource open(Path file, SourceFormat format) {
        if (format.format() == FileFormat.XLSX) {
            return openWorkbook(file);
        }
        try {
            CountingInputStream in = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            try {
                in.skipNBytes(format.bomLength());
                String name = file.getFileName().toString();
                return format.format() == FileFormat.VCARD ? new VcardRecords(in, format, name)
                        : new CsvRecords(in, format, name);
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
        } catch (IOException e) {
            throw SourceFormat.unreadable(file, e);
        }
    }

    private static RecordSource openWorkbook(Path file) {
        try {
            return new XlsxRecords(file);
        } catch (IOException e) {
            throw SourceFormat.unreadable(file, e);
        }
    }

    /**
     * A failure while reading records: an import problem as it is; anything else unchecked is a
     * parser (ez-vcard, FastCSV) refusing a broken file.
     */
    static ImportException parserFailure(String what, RuntimeException failure) {
        return failure instanceof ImportException problem ? problem : malformed(what, failure);
    }

    static ImportException malformed(String what, Exception cause) {
        return new ImportException(Problem.NOT_TEXT, what, what + " cannot be read as a list: " + reason(cause) + ".", cause);
    }

    /**
     * What a parser found wrong, in its words but without the names of its classes
     * ({@code com.fasterxml.aalto.WFCException: Unexpected end-of-input} says "Unexpected end-of-input"),
     * on one line; "the data is damaged" when it says nothing more.
     */
    static String reason(Throwable failure) {
        String found = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage() == null ? "" : QUALIFIED_NAME.matcher(cause.getMessage()).replaceAll("");
            message = message.replaceAll("\\s+", " ").strip();
            if (!message.isEmpty()) {
                found = message;
            }
        }
        if (found == null) {
            return "the data is damaged";
        }
        return found.endsWith(".") ? found.substring(0, found.length() - 1) : found;
    }

    /** Counts the bytes that pass, so progress can be shown against the file's size. */
    final class CountingInputStream extends FilterInputStream {

        private volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
