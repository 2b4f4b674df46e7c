package id.wacontacts.service.transfer;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.service.transfer.ExportOptions.CustomColumn;
import id.wacontacts.service.transfer.ExportOptions.Field;
import id.wacontacts.service.transfer.ExportOptions.NameSource;
import id.wacontacts.service.transfer.ExportOptions.NumberForm;
import id.wacontacts.service.transfer.ExportOptions.Preset;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The files of the export presets: WhatsApp broadcast, wa.me links and custom columns. */
final class PresetRows {

    static final String[] WHATSAPP_HEADER = {"phone", "name", "category"};

    private PresetRows() {
    }

    /** A writer for one file of {@code options} in {@code format} (wa.me links are always an HTML page). */
    static ExportService.RowWriter open(ExportOptions options, ExportFormat format, OutputStream out, ZoneId zone)
            throws IOException {
        if (options.preset() == Preset.WAME) {
            return new WameRows(out);
        }
        String[] header;
        Function<ContactRow, String[]> cells;
        if (options.preset() == Preset.WHATSAPP) {
            header = WHATSAPP_HEADER;
            cells = row -> new String[] {phone(row.normalizedNumber(), NumberForm.DIGITS), name(options, row),
                row.categoryName()};
        } else {
            List<CustomColumn> columns = options.columns();
            header = columns.stream().map(CustomColumn::header).toArray(String[]::new);
            cells = row -> columns.stream().map(column -> cell(column.field(), row, options, zone)).toArray(String[]::new);
        }
        return switch (format) {
            // Broadcast tools match the header's first word literally: no byte-order mark before "phone".
            case CSV -> new CsvTable(text(out), header, cells, options.preset() != Preset.WHATSAPP);
            case EXCEL_CSV -> new ExcelTable(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_16LE),
                    1 << 16), header, cells);
            case XLSX -> new WorkbookTable(out, header, cells);
            case VCARD -> throw new IllegalArgumentException("The " + options.preset() + " preset writes csv, excel or xlsx");
        };
    }

    /** The file's extension: wa.me links are a web page whatever the format. */
    static String extension(ExportOptions options, ExportFormat format) {
        return options.preset() == Preset.WAME ? "html" : format.extension();
    }

    static String phone(String e164, NumberForm form) {
        return switch (form) {
            case INTERNATIONAL -> e164;
            case DIGITS -> e164.substring(1);
            case NATIONAL -> e164.startsWith("+62") ? "0" + e164.substring(3) : e164;
        };
    }

    private static String name(ExportOptions options, ContactRow row) {
        return switch (options.name()) {
            case CATEGORY -> row.categoryName();
            case EMPTY -> "";
            case FIXED -> options.fixedName();
        };
    }

    private static String cell(Field field, ContactRow row, ExportOptions options, ZoneId zone) {
        return switch (field) {
            case PHONE -> phone(row.normalizedNumber(), options.numberForm());
            case ORIGINAL -> row.originalNumber();
            case CATEGORY -> row.categoryName();
            case CREATED_AT -> row.createdAt() == null ? ""
                    : ExportService.CREATED.format(row.createdAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone));
            case TYPE -> row.lineKind().name().toLowerCase(Locale.ROOT);
        };
    }

    private static Writer text(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** UTF-8, comma-separated, CRLF; no cell can start a formula in Excel ({@link FormulaGuard}). */
    private static final class CsvTable implements ExportService.RowWriter {
        private final CsvWriter csv;
        private final Function<ContactRow, String[]> cells;

        CsvTable(Writer writer, String[] header, Function<ContactRow, String[]> cells, boolean byteOrderMark)
                throws IOException {
            if (byteOrderMark) {
                writer.write('\uFEFF');
            }
            this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
            this.cells = cells;
            csv.writeRecord(header);
        }

        @Override
        public void write(ContactRow row) {
            String[] values = cells.apply(row);
            for (int i = 0; i < values.length; i++) {
                values[i] = FormulaGuard.neutralise(values[i]);
            }
            csv.writeRecord(values);
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }

    /** As the standard CSV for Excel: UTF-16LE, tabs, every cell an Excel text formula ({@link ExcelText}). */
    private static final class ExcelTable implements ExportService.RowWriter {
        private final Writer writer;
        private final Function<ContactRow, String[]> cells;

        ExcelTable(Writer writer, String[] header, Function<ContactRow, String[]> cells) throws IOException {
            this.writer = writer;
            this.cells = cells;
            writer.write('\uFEFF');
            line(header);
        }

        @Override
        public void write(ContactRow row) throws IOException {
            String[] values = cells.apply(row);
            for (int i = 0; i < values.length; i++) {
                values[i] = ExcelText.formula(values[i]);
            }
            line(values);
        }

        private void line(String[] values) throws IOException {
            writer.write(String.join("\t", values));
            writer.write("\r\n");
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    /** Every cell a text cell, the phone column included, so Excel never turns 6281… into 6.28E+12. */
    private static final class WorkbookTable implements ExportService.RowWriter {
        private final Workbook workbook;
        private final Function<ContactRow, String[]> cells;
        private final String[] header;
        private Worksheet sheet;
        private int sheets;
        private int row;

        WorkbookTable(OutputStream out, String[] header, Function<ContactRow, String[]> cells) {
            this.workbook = new Workbook(out, "WA Contacts", null);
            this.header = header;
            this.cells = cells;
            newSheet();
        }

        private void newSheet() {
            sheet = workbook.newWorksheet(WorkbookRows.sheetName(sheets++));
            for (int column = 0; column < header.length; column++) {
                sheet.inlineString(0, column, header[column]);
                sheet.width(column, 22);
            }
            sheet.range(0, 0, 0, header.length - 1).style().bold().set();
            sheet.freezePane(0, 1);
            row = 1;
        }

        @Override
        public void write(ContactRow contact) throws IOException {
            if (row > WorkbookRows.ROWS_PER_SHEET) {
                sheet.finish();
                newSheet();
            }
            String[] values = cells.apply(contact);
            for (int column = 0; column < values.length; column++) {
                sheet.inlineString(row, column, values[column]);
            }
            row++;
            if (row % 1024 == 0) {
                sheet.flush();
            }
        }

        @Override
        public void close() throws IOException {
            workbook.finish();
        }
    }

    /**
     * A web page of clickable https://wa.me/ links, one list per category (in the order first met).
     * A file holds at most one split's rows, so they are gathered per category and written at close.
     * Every text from the database is HTML-escaped.
     */
    static final class WameRows implements ExportService.RowWriter {
        private final Writer writer;
        private final Map<String, List<ContactRow>> byCategory = new LinkedHashMap<>();

        WameRows(OutputStream out) {
            this.writer = text(out);
        }

        @Override
        public void write(ContactRow row) {
            byCategory.computeIfAbsent(row.categoryName(), name -> new ArrayList<>()).add(row);
        }

        @Override
        public void close() throws IOException {
            writer.write("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>WhatsApp</title>\n"
                    + "<style>body{font-family:sans-serif;margin:2em}li{margin:.3em 0}</style></head><body>\n");
            for (Map.Entry<String, List<ContactRow>> category : byCategory.entrySet()) {
                writer.write("<h2>" + escape(category.getKey()) + "</h2>\n<ul>\n");
                for (ContactRow row : category.getValue()) {
                    String digits = phone(row.normalizedNumber(), NumberForm.DIGITS);
                    writer.write("<li><a href=\"https://wa.me/" + escape(digits) + "\">" + escape(row.normalizedNumber())
                            + "</a> " + escape(row.originalNumber()) + "</li>\n");
                }
                writer.write("</ul>\n");
            }
            writer.write("</body></html>\n");
            writer.close();
        }
    }

    /** The five characters that could end a text or an attribute early. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
