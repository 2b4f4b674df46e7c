package id.wacontacts.service.transfer;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.Iterator;

/** CSV records as Excel and other spreadsheets write them: quoted fields, rows of any length. */
final class CsvRecords implements RecordSource {

    private final RecordSource.CountingInputStream in;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;

    CsvRecords(RecordSource.CountingInputStream in, SourceFormat format) {
        this.in = in;
        this.reader = CsvReader.builder()
                .fieldSeparator(format.delimiter())
                .quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .detectBomHeader(false)
                .ofCsvRecord(new InputStreamReader(in, format.charset()));
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
            throw RecordSource.malformed("CSV", e);
        }
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
