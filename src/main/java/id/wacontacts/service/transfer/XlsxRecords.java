package id.wacontacts.service.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * The rows of an Excel workbook's (.xlsx) first visible sheet, streamed. A text cell reads as written; a
 * number cell as its digits ({@code 6281234567890}, never {@code 6.28E+12}), so a number typed into
 * Excel without a leading 0 or + still reads as the national number it is. Rows with no text at all
 * are skipped, as blank lines are in a CSV file.
 */
final class XlsxRecords implements RecordSource {

    /** A number as a spreadsheet may store a formula's result: 6.2812345678900003E+12. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    private static final Pattern SCIENTIFIC = Pattern.compile("[-+]?\\d+(\\.\\d+)?[eE][-+]?\\d+");

    private final ReadableWorkbook workbook;
    private final List<String> sheets;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;

    XlsxRecords(Path file) throws IOException {
        this.workbook = new ReadableWorkbook(file.toFile());
        try {
            Sheet read = firstVisibleSheet(workbook);
            List<String> names = new ArrayList<>();
            names.add(read.getName());
            workbook.getSheets().filter(sheet -> sheet != read && sheet.getVisibility() == SheetVisibility.VISIBLE)
                    .forEach(sheet -> names.add(sheet.getName()));
            this.sheets = List.copyOf(names);
            this.stream = read.openStream();
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

    private static Sheet firstVisibleSheet(ReadableWorkbook workbook) {
        return workbook.getSheets().filter(sheet -> sheet.getVisibility() == SheetVisibility.VISIBLE).findFirst()
                .orElseGet(workbook::getFirstSheet);
    }

    /** A cell as the import reads it: numbers in plain digits, formulas as their last computed value. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> plain((BigDecimal) cell.getValue());
            case FORMULA -> formulaResult(cell.getRawValue());
            case EMPTY -> "";
            default -> cell.getText();
        };
    }

    private static String formulaResult(String raw) {
        if (raw == null) {
            return "";
        }
        return SCIENTIFIC.matcher(raw).matches() ? plain(new BigDecimal(raw)) : raw;
    }

    /**
     * Digits as Excel shows them: a cell holds a binary double, of which Excel shows 15 significant
     * digits (6281234567890.0003 is 6281234567890). A phone number has at most 15 digits (E.164).
     */
    private static String plain(BigDecimal number) {
        if (number == null) {
            return "";
        }
        BigDecimal stripped = number.round(EXCEL_DIGITS).stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    @Override
    public List<String> sheets() {
        return sheets;
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
