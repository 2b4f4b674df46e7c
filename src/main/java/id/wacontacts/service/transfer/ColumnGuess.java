package id.wacontacts.service.transfer;

import id.wacontacts.phone.NormalizationResult.Normalized;
import id.wacontacts.phone.PhoneNormalizer;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Guesses the columns of a list: numbers are in the column whose sample values normalise most
 * often, a header such as "No HP" or "Phone" tipping the balance; categories are in a column whose
 * header says so.
 */
final class ColumnGuess {

    private static final Pattern NUMBER_HEADER = Pattern.compile(
            ".*\\b(phone|nomor|no\\.? ?hp|hp|telepon|telp|tel|whatsapp|wa|mobile|handphone|ponsel|number|cell|contact|kontak)\\b.*");
    private static final Pattern CATEGORY_HEADER = Pattern.compile(
            ".*\\b(category|categories|kategori|group|grup|label|segmen|segment)\\b.*");

    /** A header naming the column is worth this share of valid values. */
    private static final double HEADER_BONUS = 0.25;

    private ColumnGuess() {
    }

    /** Whether the first row is a header: none of its cells is a number, while the rows below have some. */
    static boolean firstRowIsHeader(List<String[]> rows, PhoneNormalizer normalizer) {
        if (rows.size() < 2) {
            return rows.size() == 1 && validCount(rows.get(0), normalizer) == 0 && hasLetters(rows.get(0));
        }
        if (validCount(rows.get(0), normalizer) > 0) {
            return false;
        }
        for (int i = 1; i < rows.size(); i++) {
            if (validCount(rows.get(i), normalizer) > 0) {
                return true;
            }
        }
        return hasLetters(rows.get(0));
    }

    /** The column with the best score, or -1 when no sampled value of any column is a number. */
    static int numberColumn(List<String> headers, List<String[]> data, PhoneNormalizer normalizer) {
        int best = -1;
        double bestScore = 0;
        for (int column = 0; column < headers.size(); column++) {
            int valid = 0;
            int filled = 0;
            for (String[] row : data) {
                String value = column < row.length ? row[column] : null;
                if (value != null && !value.isBlank()) {
                    filled++;
                    if (normalizer.normalize(value) instanceof Normalized) {
                        valid++;
                    }
                }
            }
            if (valid == 0) {
                continue;
            }
            double score = (double) valid / Math.max(1, data.size())
                    + (matches(NUMBER_HEADER, headers.get(column)) ? HEADER_BONUS : 0);
            if (score > bestScore) {
                best = column;
                bestScore = score;
            }
        }
        return best;
    }

    static OptionalInt categoryColumn(List<String> headers, boolean hasHeader, int numberColumn) {
        if (!hasHeader) {
            return OptionalInt.empty();
        }
        for (int column = 0; column < headers.size(); column++) {
            if (column != numberColumn && matches(CATEGORY_HEADER, headers.get(column))) {
                return OptionalInt.of(column);
            }
        }
        return OptionalInt.empty();
    }

    private static boolean matches(Pattern pattern, String header) {
        return header != null && pattern.matcher(header.toLowerCase(Locale.ROOT).replace('_', ' ')).matches();
    }

    private static int validCount(String[] row, PhoneNormalizer normalizer) {
        int valid = 0;
        for (String value : row) {
            if (value != null && normalizer.normalize(value) instanceof Normalized) {
                valid++;
            }
        }
        return valid;
    }

    private static boolean hasLetters(String[] row) {
        for (String value : row) {
            if (value != null && value.codePoints().anyMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }
}
