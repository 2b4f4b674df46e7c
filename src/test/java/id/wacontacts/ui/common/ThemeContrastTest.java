package id.wacontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every colour the app's own stylesheet gives text, icons and focus rings is readable in both themes:
 * text at least 4.5:1 against its background and icons, bars and focus rings at least 3:1 (WCAG 2.1,
 * 1.4.3 and 1.4.11). The colours are read from the theme's stylesheet in its jar and from app.css; a
 * background with transparency is laid over the window's background first.
 */
class ThemeContrastTest {

    private static final double TEXT = 4.5;
    private static final double GRAPHIC = 3.0;
    /** Where a style of ours without a background of its own is seen: the window and the status bar. */
    private static final List<String> PLACES = List.of("-color-bg-default", "-color-bg-subtle");
    private static final List<String> TEXT_FILLS = List.of("-fx-text-fill", "-fx-prompt-text-fill");
    private static final List<String> GRAPHICS = List.of("-fx-icon-color", "-fx-bar-fill");

    static Stream<Theme> themes() {
        return Stream.of(new PrimerLight(), new PrimerDark());
    }

    record Check(String where, String colour, String background, double needed) {
    }

    @ParameterizedTest
    @MethodSource("themes")
    void everyColourOfOursIsReadableAgainstItsBackground(Theme theme) throws IOException {
        Map<String, String> palette = palette(theme);
        List<String> failures = new ArrayList<>();
        List<Check> checks = checks();
        assertThat(checks).hasSizeGreaterThan(15); // the stylesheet was read
        for (Check check : checks) {
            int background = over(colour(palette, check.background()), colourAlpha(palette, check.background()),
                    colour(palette, "-color-bg-default"));
            int foreground = over(colour(palette, check.colour()), colourAlpha(palette, check.colour()), background);
            double ratio = ratio(foreground, background);
            if (ratio < check.needed()) {
                failures.add(String.format(Locale.ROOT, "%s: %s on %s is %.2f:1, needs %.1f:1", check.where(),
                        check.colour(), check.background(), ratio, check.needed()));
            }
        }
        assertThat(failures).as(theme.getName()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("themes")
    void theThemesOwnFocusColourStandsOutAsARing(Theme theme) throws IOException {
        Map<String, String> palette = palette(theme);
        for (String place : PLACES) {
            assertThat(ratio(colour(palette, "-color-accent-emphasis"), colour(palette, place)))
                    .as(theme.getName() + " focus ring on " + place).isGreaterThanOrEqualTo(GRAPHIC);
        }
    }

    /** What app.css asks: each rule's text, icon and focus colours, each against where it is seen. */
    private static List<Check> checks() throws IOException {
        List<Check> checks = new ArrayList<>();
        Matcher rules = Pattern.compile("([^{}]+)\\{([^}]*)}").matcher(stripComments(read("/id/wacontacts/ui/app.css")));
        while (rules.find()) {
            String selector = rules.group(1).strip().replaceAll("\\s+", " ");
            Map<String, String> declarations = declarations(rules.group(2));
            String ownBackground = lastLayer(declarations.get("-fx-background-color"));
            List<String> backgrounds = ownBackground != null ? List.of(ownBackground) : PLACES;
            for (String background : backgrounds) {
                for (String property : TEXT_FILLS) {
                    add(checks, selector + " " + property, declarations.get(property), background, TEXT);
                }
                if (ownBackground != null && declarations.get("-fx-text-fill") == null) {
                    add(checks, selector + " (text)", "-color-fg-default", background, TEXT);
                }
                for (String property : GRAPHICS) {
                    add(checks, selector + " " + property, declarations.get(property), background, GRAPHIC);
                }
                if (selector.contains("focus")) {
                    add(checks, selector + " -fx-border-color", declarations.get("-fx-border-color"), background, GRAPHIC);
                }
            }
            String highlight = declarations.get("-fx-highlight-fill");
            if (highlight != null) {
                add(checks, selector + " -fx-highlight-text-fill", declarations.get("-fx-highlight-text-fill"),
                        highlight, TEXT);
            }
        }
        return checks;
    }

    private static void add(List<Check> checks, String where, String colour, String background, double needed) {
        if (colour != null && colour.startsWith("-color-")) {
            checks.add(new Check(where, colour, background, needed));
        }
    }

    private static String lastLayer(String value) {
        if (value == null) {
            return null;
        }
        String[] layers = value.split(",");
        String last = layers[layers.length - 1].strip();
        return last.startsWith("-color-") ? last : null;
    }

    /** The theme's looked-up colours, from the {@code .root} rule of its stylesheet. */
    private static Map<String, String> palette(Theme theme) throws IOException {
        String css = stripComments(read("/" + theme.getUserAgentStylesheet().replaceFirst("^/", "")));
        Matcher root = Pattern.compile("\\.root\\s*\\{([^}]*)}").matcher(css);
        assertThat(root.find()).isTrue();
        return declarations(root.group(1));
    }

    private static Map<String, String> declarations(String block) {
        Map<String, String> declarations = new LinkedHashMap<>();
        for (String line : block.split(";")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                declarations.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return declarations;
    }

    /** A colour as 0xRRGGBB, following the theme's names; rgba's alpha is {@link #colourAlpha}. */
    private static int colour(Map<String, String> palette, String value) {
        String resolved = resolve(palette, value);
        if (resolved.startsWith("#")) {
            String hex = resolved.substring(1);
            if (hex.length() == 3) {
                hex = hex.replaceAll("(.)", "$1$1");
            }
            return Integer.parseInt(hex.substring(0, 6), 16);
        }
        Matcher rgb = Pattern.compile("rgba?\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)").matcher(resolved);
        if (rgb.find()) {
            return Integer.parseInt(rgb.group(1)) << 16 | Integer.parseInt(rgb.group(2)) << 8
                    | Integer.parseInt(rgb.group(3));
        }
        if (resolved.equals("white")) {
            return 0xFFFFFF;
        }
        if (resolved.equals("black")) {
            return 0;
        }
        throw new AssertionError("not a colour this test reads: " + value + " = " + resolved);
    }

    private static double colourAlpha(Map<String, String> palette, String value) {
        Matcher rgba = Pattern.compile("rgba\\([^,]+,[^,]+,[^,]+,\\s*([0-9.]+)\\s*\\)").matcher(resolve(palette, value));
        return rgba.find() ? Double.parseDouble(rgba.group(1)) : 1.0;
    }

    private static String resolve(Map<String, String> palette, String value) {
        String resolved = value;
        for (int depth = 0; resolved.startsWith("-color-") && depth < 10; depth++) {
            String next = palette.get(resolved);
            assertThat(next).as("the theme defines " + resolved).isNotNull();
            resolved = next;
        }
        return resolved;
    }

    /** {@code colour} at {@code alpha} laid over {@code under}. */
    private static int over(int colour, double alpha, int under) {
        int result = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double top = (colour >> shift) & 0xFF;
            double bottom = (under >> shift) & 0xFF;
            result |= ((int) Math.round(top * alpha + bottom * (1 - alpha))) << shift;
        }
        return result;
    }

    /** WCAG 2.1's contrast ratio. */
    static double ratio(int first, int second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(int rgb) {
        double r = channel((rgb >> 16) & 0xFF);
        double g = channel((rgb >> 8) & 0xFF);
        double b = channel(rgb & 0xFF);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static String stripComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
