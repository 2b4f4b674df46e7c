package id.wacontacts.service.transfer;

import de.siegmar.fastcsv.writer.CsvWriter;
import id.wacontacts.domain.AppEvent;
import id.wacontacts.domain.CategoryRow;
import id.wacontacts.domain.ChangeEvent;
import id.wacontacts.domain.HistoryFilter;
import id.wacontacts.domain.NumberValues;
import id.wacontacts.service.AppEvents;
import id.wacontacts.service.ChangeHistory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.hibernate.SessionFactory;

/**
 * Writes the history's events that match a filter, newest first, to a CSV (UTF-8) or Excel file, a
 * page at a time, and records the export itself as an application event. Times are UTC, as stored.
 * Cells that would start a formula in a spreadsheet are written as text.
 */
public final class HistoryExport {

    /** The columns, as the file's first row names them. */
    public static final List<String> HEADER = List.of("id", "changed_at_utc", "action", "table", "row_id", "before",
            "after", "desktop", "db_user");

    /** The file kinds the activity log is saved as. */
    public enum Kind { CSV, XLSX }

    private static final int ROWS_PER_SHEET = Worksheet.MAX_ROWS - 1;

    private final ChangeHistory history;
    private final AppEvents events;

    public HistoryExport(SessionFactory sessions) {
        this.history = new ChangeHistory(sessions);
        this.events = new AppEvents(sessions);
    }

    /** The kind a file name asks for: Excel for {@code .xlsx}, else CSV. */
    public static Kind kindOf(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") ? Kind.XLSX : Kind.CSV;
    }

    /** Writes the matching events to {@code file}; returns how many. */
    public long export(HistoryFilter filter, Path file, Kind kind) throws IOException {
        long written;
        if (kind == Kind.XLSX) {
            try (OutputStream out = Files.newOutputStream(file)) {
                written = xlsx(filter, out);
            }
        } else {
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CsvWriter csv = CsvWriter.builder().quoteStrategy(FormulaGuard.quoteSemicolons(5, 6, 7, 8)).build(out)) {
                csv.writeRecord(HEADER);
                written = each(filter, cells -> csv.writeRecord(cells));
            }
        }
        events.record(AppEvent.Kind.EXPORT, "activity log to " + file.getFileName(), written);
        return written;
    }

    private long xlsx(HistoryFilter filter, OutputStream out) throws IOException {
        Sheets sheets = new Sheets(new Workbook(out, "WA Contacts", null));
        long written = each(filter, sheets::write);
        sheets.workbook.finish();
        return written;
    }

    /** The workbook's sheets: a new one ("Activity (2)", ...) after Excel's most rows. */
    private static final class Sheets {
        private final Workbook workbook;
        private Worksheet sheet;
        private int count;
        private int row;

        Sheets(Workbook workbook) {
            this.workbook = workbook;
            next();
        }

        private void next() {
            count++;
            sheet = workbook.newWorksheet(count == 1 ? "Activity" : "Activity (" + count + ")");
            for (int column = 0; column < HEADER.size(); column++) {
                sheet.inlineString(0, column, HEADER.get(column));
            }
            sheet.range(0, 0, 0, HEADER.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            row = 1;
        }

        void write(List<String> cells) {
            if (row > ROWS_PER_SHEET) {
                try {
                    sheet.finish();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                next();
            }
            for (int column = 0; column < cells.size(); column++) {
                sheet.inlineString(row, column, cells.get(column));
            }
            row++;
        }
    }

    /** One event's cells. */
    private interface Cells {
        void write(List<String> cells);
    }

    private long each(HistoryFilter filter, Cells out) {
        long written = 0;
        OptionalLong before = OptionalLong.empty();
        List<ChangeEvent> page;
        do {
            page = history.matching(filter, before, ChangeHistory.MAX_PAGE_SIZE);
            for (ChangeEvent e : page) {
                out.write(List.of(String.valueOf(e.id()), String.valueOf(e.changedAt()),
                        e.action().name().toLowerCase(Locale.ROOT), e.table().name().toLowerCase(Locale.ROOT),
                        e.rowId() == null ? "" : String.valueOf(e.rowId()),
                        text(value(e.numberBefore(), e.categoryBefore())), text(value(e.numberAfter(), e.categoryAfter())),
                        text(e.desktop()), text(e.databaseUser())));
                written++;
            }
            if (!page.isEmpty()) {
                before = OptionalLong.of(page.get(page.size() - 1).id());
            }
        } while (page.size() == ChangeHistory.MAX_PAGE_SIZE);
        return written;
    }

    private static String text(String cell) {
        return cell == null ? "" : FormulaGuard.neutralise(cell);
    }

    /** A row's value as the user knows it: the number as typed, or the category's name. */
    public static String value(NumberValues number, CategoryRow category) {
        if (number != null) {
            return number.originalNumber();
        }
        return category == null ? "" : category.name();
    }
}
