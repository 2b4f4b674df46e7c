package id.wacontacts.service;

import id.wacontacts.domain.Category;
import id.wacontacts.service.ValidationException.Rule;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules for a category's name, in one place for every way a name comes in (the window, an
 * import's category or category column, the command line's {@code --category}):
 * <ul>
 *   <li>the ends are trimmed of spaces, no-break spaces included; a name of nothing else is no name;</li>
 *   <li>no control characters (tab, line breaks and the rest of Unicode's Cc) and no bidirectional
 *       controls, which would let a name forge a line of output or read differently than it is stored;</li>
 *   <li>at most {@value Category#NAME_MAX_LENGTH} characters;</li>
 *   <li>a name is not new when it {@linkplain #key looks like} one that exists: {@code prospek} and
 *       {@code ＰＲＯＳＰＥＫ} are {@code Prospek}.</li>
 * </ul>
 */
public final class CategoryNames {

    private CategoryNames() {
    }

    /**
     * The name as it is stored.
     *
     * @throws ValidationException CATEGORY_NAME_REQUIRED, CATEGORY_NAME_CONTROL_CHARACTERS or CATEGORY_NAME_TOO_LONG
     */
    public static String clean(String raw) {
        String name = trim(raw);
        if (isBlank(name)) {
            throw new ValidationException(Rule.CATEGORY_NAME_REQUIRED, "A category needs a name.");
        }
        if (hasControlCharacter(name)) {
            throw new ValidationException(Rule.CATEGORY_NAME_CONTROL_CHARACTERS,
                    "A category name may not hold tabs, line breaks or other control characters.");
        }
        if (name.codePointCount(0, name.length()) > Category.NAME_MAX_LENGTH) {
            throw new ValidationException(Rule.CATEGORY_NAME_TOO_LONG,
                    "A category name may have at most " + Category.NAME_MAX_LENGTH + " characters.");
        }
        return name;
    }

    /** The name without spaces (no-break and other Unicode spaces too) at either end. */
    public static String trim(String raw) {
        if (raw == null) {
            return "";
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    /** Nothing a person could see: spaces of any kind and invisible format characters only. */
    public static boolean isBlank(String name) {
        return name == null || name.codePoints().allMatch(c -> isSpace(c) || Character.getType(c) == Character.FORMAT);
    }

    /** A tab, line break or other control character (Cc), a line or paragraph separator, or a bidi control. */
    public static boolean hasControlCharacter(String name) {
        return name.codePoints().anyMatch(CategoryNames::isControl);
    }

    /**
     * What two names are compared by: compatibility-normalised (NFKC: full-width letters are letters),
     * invisible format characters (bidi controls, zero-width spaces) removed, case ignored.
     */
    public static String key(String name) {
        String normal = Normalizer.normalize(trim(name), Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(normal.length());
        normal.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(key::appendCodePoint);
        return Normalizer.normalize(key.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT),
                Normalizer.Form.NFKC);
    }

    /** The existing name {@code name} stands for: itself when it exists as written, else a look-alike. */
    public static Optional<String> existing(String name, Collection<String> names) {
        if (names.contains(name)) {
            return Optional.of(name);
        }
        String key = key(name);
        return names.stream().filter(other -> key(other).equals(key)).sorted().findFirst();
    }

    /**
     * A stored name fit to print on one line: control and bidi characters shown as {@code \t},
     * {@code \n}, {@code \r}, {@code \\} or {@code \}{@code u202E}. Names stored before the rules held may have them.
     */
    public static String printable(String name) {
        StringBuilder text = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            switch (c) {
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\\' -> text.append("\\\\");
                default -> {
                    if (isControl(c)) {
                        text.append(String.format(Locale.ROOT, "\\u%04X", c));
                    } else {
                        text.appendCodePoint(c);
                    }
                }
            }
        });
        return text.toString();
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL
                || c == 0x2028 || c == 0x2029 // line and paragraph separators
                || c == 0x061C || c == 0x200E || c == 0x200F // Arabic letter mark, left-to-right and right-to-left marks
                || c >= 0x202A && c <= 0x202E // embeddings and overrides
                || c >= 0x2066 && c <= 0x2069; // isolates
    }
}
