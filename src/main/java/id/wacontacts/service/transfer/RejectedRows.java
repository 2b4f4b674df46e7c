package id.wacontacts.service.transfer;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * The refused rows of an import as a CSV a person can fix and import again: UTF-8 with a BOM
 * (Excel opens it right), {@code line,number,category,reason_code,reason}. Written beside the
 * target and moved into place only when the import succeeds. The file's cells come from an untrusted
 * file and it is meant to be opened in Excel, so no cell can start a formula ({@link FormulaGuard}).
 */
final class RejectedRows implements AutoCloseable {

    static final String[] HEADER = {"line", "number", "category", "reason_code", "reason"};

    private final Path target;
    private final Path part;
    private final CsvWriter csv;
    private final Locale locale;
    private boolean kept;

    RejectedRows(Path target, Locale locale) throws IOException {
        this.target = target.toAbsolutePath();
        this.part = this.target.resolveSibling(this.target.getFileName() + ".part");
        this.locale = locale;
        Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(part), StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF');
        this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).quoteStrategy(FormulaGuard.quoteSemicolons(1, 2)).build(writer);
        csv.writeRecord(HEADER);
    }

    void add(long line, String number, String category, RowRejection rejection) {
        csv.writeRecord(Long.toString(line), FormulaGuard.neutralise(number),
                category == null ? "" : FormulaGuard.neutralise(category), rejection.code(), rejection.message(locale));
    }

    /** Closes the file and puts it in place. */
    Path keep() throws IOException {
        csv.close();
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        kept = true;
        return target;
    }

    /** Closes and deletes it, unless it was kept. */
    @Override
    public void close() throws IOException {
        if (!kept) {
            try {
                csv.close();
            } finally {
                Files.deleteIfExists(part);
            }
        }
    }
}
