package id.wacontacts.service.transfer;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.Iterator;

/** CSV records as Excel and other spreadsheets write them: quoted fields, rows of any length. */
final class CsvRecords implements RecordSource {

    private final RecordSource.CountingInputStream in;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;

    private final String name;

    CsvRecords(RecordSource.CountingInputStream in, SourceFormat format, String name) {
        this.in = in;
        this.name = name;
        this.reader = CsvReader.builder()
                .fieldSeparator(format.delimiter())
                .quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .detectBomHeader(false)
                .maxBufferSize(ReaderLimits.MAX_RECORD_CHARS)
                .build(CsvRecordHandler.builder()
                        .maxFields(ReaderLimits.MAX_FIELDS)
                        .maxFieldSize(ReaderLimits.MAX_FIELD_CHARS)
                        .maxRecordSize(ReaderLimits.MAX_RECORD_CHARS)
                        .build(), new InputStreamReader(in, format.charset()));
        this.records = reader.iterator();
    }

    @Override
    public SourceRecord next() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord record = records.next();
            return new SourceRecord(record.getStartingLineNumber(), record.getFields().toArray(String[]::new));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            if (overLimit(e)) {
                throw ReaderLimits.tooLarge(name, "a field or a row is longer, or a row has more fields, than a list has");
            }
            throw RecordSource.malformed(name, e);
        }
    }

    /** FastCSV says a limit of {@link ReaderLimits} was passed only in its message. */
    private static boolean overLimit(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            if (message.contains("max field size") || message.contains("max record size")
                    || message.contains("maximum limit of") || message.contains("maximum buffer size")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public long bytesRead() {
        return in.count();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
