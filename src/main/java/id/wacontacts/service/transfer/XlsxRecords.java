package id.wacontacts.service.transfer;

import id.wacontacts.service.ImportException;
import id.wacontacts.service.ImportException.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * The rows of an Excel workbook's (.xlsx) first visible sheet, streamed. A text cell reads as
 * written; a number cell as the digits Excel shows ({@code 6281234567890}, never {@code 6.28E+12}),
 * so a number typed into Excel without a leading 0 or + still reads as the national number it is.
 * Rows with no text at all are skipped, as blank lines are in a CSV file; a row keeps the number
 * Excel shows for it.
 * <p>
 * A file that is no readable workbook is {@link Problem#DAMAGED_WORKBOOK}; a binary workbook
 * (.xlsb) is {@link Problem#SPREADSHEET}.
 */
final class XlsxRecords implements RecordSource {

    /** Excel shows 15 significant digits of a cell's binary double; E.164 numbers have at most 15. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    static final long IN_MEMORY_BYTES = 128L << 20;

    private final String name;
    private final ReadableWorkbook workbook;
    private final List<String> sheets;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private int seen;

    XlsxRecords(Path file) throws IOException {
        this.name = file.getFileName().toString();
        check(file);
        try {
            this.workbook = open(file);
        } catch (IOException | RuntimeException e) {
            throw damaged(name, e);
        }
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
            throw damaged(name, e);
        }
    }

    /**
     * The reader does not close a file it refuses, which would keep it open (locked, on Windows) until
     * the app exits. So a workbook of up to {@value #IN_MEMORY_BYTES} bytes, any list a sheet can hold
     * (a million rows take about 30 MB), is handed over as its compressed bytes; only a larger one is
     * opened as a file, once {@link #check} has looked at it.
     */
    private static ReadableWorkbook open(Path file) throws IOException {
        if (Files.size(file) <= IN_MEMORY_BYTES) {
            try (InputStream in = Files.newInputStream(file)) {
                return new ReadableWorkbook(in);
            }
        }
        return new ReadableWorkbook(file.toFile());
    }

    /**
     * A binary workbook, a ZIP that cannot be read or holds no package, or one that unpacks to more than
     * a list can be ({@link ReaderLimits#checkWorkbook}): refused before the reader opens it.
     */
    private static void check(Path file) throws IOException {
        String name = file.getFileName().toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.bin") != null) {
                throw new ImportException(Problem.SPREADSHEET, name, name + " is an Excel binary workbook (.xlsb)."
                        + " Open it in Excel and save a copy as \"Excel Workbook (.xlsx)\" first.");
            }
            if (zip.getEntry("[Content_Types].xml") == null) {
                throw damaged(name, new IOException("it holds no workbook"));
            }
            ReaderLimits.checkWorkbook(zip, name);
        } catch (ZipException e) {
            throw damaged(name, e);
        }
    }

    static ImportException damaged(String name, Exception cause) {
        return new ImportException(Problem.DAMAGED_WORKBOOK, name, name + " cannot be read as an Excel workbook ("
                + RecordSource.reason(cause) + "). Open it in Excel and save it again as \"Excel Workbook (.xlsx)\".", cause);
    }

    private static Sheet firstVisibleSheet(ReadableWorkbook workbook) {
        return workbook.getSheets().filter(sheet -> sheet.getVisibility() == SheetVisibility.VISIBLE).findFirst()
                .orElseGet(workbook::getFirstSheet);
    }

    @Override
    public SourceRecord next() {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                // Without the row's r attribute the reader counts from 0: that count is the rows seen so far.
                long line = row.getRowNum() == seen ? seen + 1 : row.getRowNum();
                seen++;
                String[] fields = new String[row.getCellCount()];
                int width = 0;
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = text(row.getCell(i));
                    if (!fields[i].isBlank()) {
                        width = i + 1;
                    }
                }
                // Formatted empty cells at the end of a row are no columns.
                if (width > 0) {
                    return new SourceRecord(line, width == fields.length ? fields : Arrays.copyOf(fields, width));
                }
            }
            return null;
        } catch (RuntimeException e) {
            // A bad cell, a part the reader does not know, or compressed data that does not inflate.
            throw damaged(name, e);
        }
    }

    @Override
    public List<String> sheets() {
        return sheets;
    }

    /**
     * A cell as the import reads it: numbers as the digits Excel shows, a formula as its last computed
     * value, a formula never computed (as some programs write them) as the formula, which is refused.
     */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> cell.getValue() == null ? "" : number((BigDecimal) cell.getValue());
            case FORMULA -> formulaResult(cell);
            case EMPTY -> "";
            default -> cell.getText();
        };
    }

    /** The value the sheet keeps for the formula: a number when its result is one, else its text. */
    private static String formulaResult(Cell cell) {
        Object value = cell.getValue();
        if (value instanceof BigDecimal result) {
            return number(result);
        }
        if (value == null) {
            return cell.getRawValue() == null || cell.getRawValue().isEmpty() ? "=" + cell.getFormula() : cell.getRawValue();
        }
        return value.toString();
    }

    /**
     * Whole numbers in plain digits; a number with a fraction left after Excel's 15 digits (no phone
     * number has one) in scientific notation, which the normaliser refuses: written plainly, its
     * decimal point would be read as a separator and make another number.
     */
    static String number(BigDecimal value) {
        BigDecimal shown = value.round(EXCEL_DIGITS).stripTrailingZeros();
        if (shown.scale() <= 0) {
            return shown.setScale(0).toPlainString();
        }
        return new DecimalFormat("0.##############E0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(shown);
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
