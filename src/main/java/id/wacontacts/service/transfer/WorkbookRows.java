package id.wacontacts.service.transfer;

import id.wacontacts.domain.ContactRow;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook (.xlsx): every number and category a text cell, so Excel shows {@code +62…} and
 * {@code 08…} exactly as stored with no formula involved; {@code created_at} a date cell in the
 * desktop's zone; the header row bold and frozen. Rows are written to the file as they come
 * (inline strings, flushed every {@value #FLUSH_ROWS} rows), so memory stays bounded; past a sheet's
 * 1,048,575 data rows the contacts go on in a new sheet.
 */
final class WorkbookRows implements ExportService.RowWriter {

    static final String SHEET = "WA Contacts";
    private static final int FLUSH_ROWS = 1024;
    static final int ROWS_PER_SHEET = Worksheet.MAX_ROWS - 1;
    private static final double[] WIDTHS = {22, 20, 26, 20};

    private final Workbook workbook;
    private final ZoneId zone;
    private final int rowsPerSheet;
    private Worksheet sheet;
    private int sheets;
    private int row;

    WorkbookRows(OutputStream out, ZoneId zone) {
        this(out, zone, ROWS_PER_SHEET);
    }

    /** @param rowsPerSheet contacts per sheet before the next one starts (Excel's limit but for tests) */
    WorkbookRows(OutputStream out, ZoneId zone, int rowsPerSheet) {
        this.workbook = new Workbook(out, "WA Contacts", null);
        this.zone = zone;
        this.rowsPerSheet = rowsPerSheet;
        newSheet();
    }

    /** The sheets are named "WA Contacts", "WA Contacts (2)" and on. */
    static String sheetName(int index) {
        return index == 0 ? SHEET : SHEET + " (" + (index + 1) + ")";
    }

    private void newSheet() {
        sheet = workbook.newWorksheet(sheetName(sheets++));
        for (int column = 0; column < ExportService.CSV_HEADER.length; column++) {
            sheet.inlineString(0, column, ExportService.CSV_HEADER[column]);
            sheet.width(column, WIDTHS[column]);
        }
        sheet.range(0, 0, 0, ExportService.CSV_HEADER.length - 1).style().bold().set();
        sheet.freezePane(0, 1);
        row = 1;
    }

    @Override
    public void write(ContactRow contact) throws IOException {
        if (row > rowsPerSheet) {
            sheet.finish();
            newSheet();
        }
        sheet.inlineString(row, 0, contact.originalNumber());
        sheet.inlineString(row, 1, contact.normalizedNumber());
        sheet.inlineString(row, 2, contact.categoryName());
        if (contact.createdAt() != null) {
            LocalDateTime created = contact.createdAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone)
                    .toLocalDateTime();
            sheet.value(row, 3, created);
            sheet.style(row, 3).format("yyyy-mm-dd hh:mm:ss").set();
        }
        row++;
        if (row % FLUSH_ROWS == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        workbook.finish();
    }
}
