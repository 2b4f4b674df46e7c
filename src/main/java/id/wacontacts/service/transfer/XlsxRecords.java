package id.wacontacts.service.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of an Excel workbook's (.xlsx) first sheet, streamed. A text cell reads as written; a
 * number cell as its digits ({@code 6281234567890}, never {@code 6.28E+12}), so a number typed into
 * Excel without a leading 0 or + still reads as the national number it is. Rows with no text at all
 * are skipped, as blank lines are in a CSV file.
 */
final class XlsxRecords implements RecordSource {

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;

    XlsxRecords(Path file) throws IOException {
        this.workbook = new ReadableWorkbook(file.toFile());
        try {
            this.stream = workbook.getFirstSheet().openStream();
            this.rows = stream.iterator();
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    @Override
    public SourceRecord next() throws IOException {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                String[] fields = new String[row.getCellCount()];
                boolean blank = true;
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = text(row.getCell(i));
                    blank &= fields[i].isBlank();
                }
                if (!blank) {
                    return new SourceRecord(row.getRowNum(), fields);
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (ExcelReaderException e) {
            throw RecordSource.malformed("Excel", e);
        }
    }

    /** A cell as the import reads it: numbers in plain digits, formulas as their last computed value. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> plain((BigDecimal) cell.getValue());
            case FORMULA -> cell.getRawValue() == null ? "" : cell.getRawValue();
            case EMPTY -> "";
            default -> cell.getText();
        };
    }

    private static String plain(BigDecimal number) {
        if (number == null) {
            return "";
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Unknown: the sheet is read from inside the compressed file, so progress shows rows, not a share. */
    @Override
    public long bytesRead() {
        return -1;
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
        } finally {
            workbook.close();
        }
    }
}
