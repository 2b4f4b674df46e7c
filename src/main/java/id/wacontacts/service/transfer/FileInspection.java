package id.wacontacts.service.transfer;

import id.wacontacts.service.ImportException;
import id.wacontacts.service.ImportException.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * What a list file looks like before importing: its format, its columns and first rows, and
 * which columns probably hold the numbers and the category names.
 *
 * @param columns        the header's names, or "Column 1", "Column 2", … when the file has no header
 * @param hasHeader      whether the first CSV row names the columns (it is then not imported)
 * @param sample         the first rows of data, each padded to the number of columns
 * @param numberColumn   the guessed number column (0-based), or -1 when no column holds numbers
 * @param categoryColumn the guessed category column, if a header names one
 * @param sheets         a workbook's visible sheets, the one read first; empty for other files
 */
public record FileInspection(Path file, SourceFormat format, List<String> columns, boolean hasHeader,
                             List<List<String>> sample, int numberColumn, OptionalInt categoryColumn,
                             List<String> sheets) {

    public FileInspection {
        columns = List.copyOf(columns);
        sample = sample.stream().map(List::copyOf).toList();
        sheets = List.copyOf(sheets);
    }

    /** A file that is no workbook. */
    public FileInspection(Path file, SourceFormat format, List<String> columns, boolean hasHeader,
                          List<List<String>> sample, int numberColumn, OptionalInt categoryColumn) {
        this(file, format, columns, hasHeader, sample, numberColumn, categoryColumn, List.of());
    }

    /**
     * A column chosen by a person: its 1-based position or its name in the header (case ignored).
     *
     * @return the column's 0-based index
     * @throws ImportException NO_SUCH_COLUMN
     */
    public int column(String positionOrName) {
        String wanted = positionOrName.strip();
        if (wanted.matches("\\d{1,4}")) {
            int position = Integer.parseInt(wanted);
            if (position >= 1 && position <= columns.size()) {
                return position - 1;
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).strip().equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        throw new ImportException(Problem.NO_SUCH_COLUMN, wanted, "The file has no column \"" + wanted
                + "\"; its columns are " + describeColumns() + ".");
    }

    /** The columns as "1 (Nama), 2 (Nomor HP)". */
    public String describeColumns() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(i + 1).append(" (").append(columns.get(i)).append(')');
        }
        return text.toString();
    }

    /** Options for importing into {@code category} with the guessed columns. */
    public ImportOptions guessedOptions(String category, boolean createCategories) {
        if (numberColumn < 0) {
            throw new ImportException(Problem.NO_NUMBER_COLUMN, file.getFileName().toString(),
                    "No column of " + file.getFileName() + " holds phone numbers; choose one (its columns are "
                            + describeColumns() + ").");
        }
        return new ImportOptions(numberColumn, OptionalInt.empty(), hasHeader,
                category, createCategories);
    }

    static String columnLabel(int index) {
        return String.format(Locale.ROOT, "Column %d", index + 1);
    }
}
