package id.wacontacts.service;

import id.wacontacts.domain.Category;
import id.wacontacts.phone.NormalizationResult;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.BackupFileException.RowProblem;
import id.wacontacts.service.BackupFormat.Table;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks each row of a backup as the app's own rules would before it is loaded: the checksum has no
 * key, so it proves a file undamaged, not unedited. A category needs a name the app allows and a
 * description within its length; a phone number needs a valid E.164 number and a category the file
 * holds. The first row that fails refuses the whole file.
 */
final class BackupRows {

    private static final int CATEGORY_COLUMNS = 5;
    private static final int PHONE_NUMBER_COLUMNS = 6;
    /** How much of an offending value the refusal quotes. */
    private static final int QUOTED = 60;

    private final PhoneNormalizer normalizer = new PhoneNormalizer(PhoneNormalizer.DEFAULT_REGION);
    private final Set<Long> categoryIds = new HashSet<>();
    private final List<String> fields = new ArrayList<>(PHONE_NUMBER_COLUMNS);
    private final ByteArrayOutputStream field = new ByteArrayOutputStream(64);

    /**
     * @param length the row without its newline
     * @return why the row is refused, or null when it is fine
     */
    Refusal check(Table table, byte[] buffer, int offset, int length) {
        if (table.history()) {
            // The app's own record, not contacts: the database checks its types and constraints.
            return null;
        }
        if (!split(buffer, offset, length)) {
            return new Refusal(RowProblem.MALFORMED, "");
        }
        return table == Table.CATEGORIES ? checkCategory() : checkPhoneNumber();
    }

    /** A refused row: what is wrong, and the value that is (quoted in the message, shortened). */
    record Refusal(RowProblem problem, String value) {
    }

    private Refusal checkCategory() {
        if (fields.size() != CATEGORY_COLUMNS) {
            return new Refusal(RowProblem.MALFORMED, "");
        }
        Long id = id(fields.get(0));
        String name = fields.get(1);
        if (id == null) {
            return new Refusal(RowProblem.MALFORMED, "");
        }
        try {
            // The rules names were stored under: a name an earlier version stored with a tab or a line
            // break still restores (every output escapes it); such names are refused only when typed anew.
            if (name == null || CategoryNames.isBlank(name) || !CategoryNames.trim(name).equals(name)
                    || name.codePointCount(0, name.length()) > Category.NAME_MAX_LENGTH) {
                return new Refusal(RowProblem.CATEGORY_NAME, quoted(name));
            }
            CategoryService.CategoryRules.description(fields.get(2));
        } catch (ValidationException e) {
            return e.rule() == ValidationException.Rule.CATEGORY_DESCRIPTION_TOO_LONG
                    ? new Refusal(RowProblem.CATEGORY_DESCRIPTION, quoted(fields.get(2)))
                    : new Refusal(RowProblem.CATEGORY_NAME, quoted(name));
        }
        categoryIds.add(id);
        return null;
    }

    private Refusal checkPhoneNumber() {
        if (fields.size() != PHONE_NUMBER_COLUMNS || id(fields.get(0)) == null) {
            return new Refusal(RowProblem.MALFORMED, "");
        }
        String normalized = fields.get(2);
        NormalizationResult result = normalizer.normalize(normalized);
        if (normalized == null || !(result instanceof NormalizationResult.Normalized valid)
                || !valid.e164().equals(normalized)) {
            return new Refusal(RowProblem.INVALID_NUMBER, quoted(normalized));
        }
        Long category = id(fields.get(3));
        if (category == null || !categoryIds.contains(category)) {
            return new Refusal(RowProblem.UNKNOWN_CATEGORY, quoted(fields.get(3)));
        }
        return null;
    }

    private static Long id(String text) {
        if (text == null || text.isEmpty() || text.length() > 11) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String quoted(String value) {
        if (value == null) {
            return "";
        }
        String shown = value.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .limit(QUOTED).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return value.codePointCount(0, value.length()) > QUOTED ? shown + "…" : shown;
    }

    /**
     * Splits a row in COPY's text format into its values, undoing COPY's escapes; {@code \N} alone is
     * NULL. @return false when an escape is cut off at the end of the row
     */
    private boolean split(byte[] buffer, int offset, int length) {
        fields.clear();
        field.reset();
        boolean nullMarker = false;
        int end = offset + length;
        int i = offset;
        int fieldStart = offset;
        while (i <= end) {
            if (i == end || buffer[i] == '\t') {
                nullMarker = i - fieldStart == 2 && buffer[fieldStart] == '\\' && buffer[fieldStart + 1] == 'N';
                fields.add(nullMarker ? null : field.toString(StandardCharsets.UTF_8));
                field.reset();
                fieldStart = ++i;
                continue;
            }
            byte b = buffer[i++];
            if (b != '\\') {
                field.write(b);
                continue;
            }
            if (i == end) {
                return false;
            }
            byte next = buffer[i++];
            switch (next) {
                case 'b' -> field.write('\b');
                case 'f' -> field.write('\f');
                case 'n' -> field.write('\n');
                case 'r' -> field.write('\r');
                case 't' -> field.write('\t');
                case 'v' -> field.write(0x0B);
                case 'x' -> i = hex(buffer, i, end);
                default -> {
                    if (next >= '0' && next <= '7') {
                        i = octal(buffer, i - 1, end);
                    } else {
                        field.write(next);
                    }
                }
            }
        }
        return true;
    }

    /** One to three octal digits from {@code i}; returns the index after them. */
    private int octal(byte[] buffer, int i, int end) {
        int value = 0;
        int digits = 0;
        while (digits < 3 && i < end && buffer[i] >= '0' && buffer[i] <= '7') {
            value = value * 8 + (buffer[i++] - '0');
            digits++;
        }
        field.write(value & 0xFF);
        return i;
    }

    /** {@code \x} and one or two hex digits; without a digit it is a plain {@code x}, as COPY reads it. */
    private int hex(byte[] buffer, int i, int end) {
        int value = 0;
        int digits = 0;
        while (digits < 2 && i < end && Character.digit(buffer[i], 16) >= 0) {
            value = value * 16 + Character.digit(buffer[i++], 16);
            digits++;
        }
        field.write(digits == 0 ? 'x' : value);
        return i;
    }
}
