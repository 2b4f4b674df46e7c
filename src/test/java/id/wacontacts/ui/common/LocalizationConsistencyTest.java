package id.wacontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import id.wacontacts.db.DatabaseStartException;
import id.wacontacts.domain.ChangeEvent;
import id.wacontacts.domain.UndoConflict;
import id.wacontacts.phone.NumberType;
import id.wacontacts.phone.RejectReason;
import id.wacontacts.service.BackupFileException;
import id.wacontacts.service.ImportException;
import id.wacontacts.service.NotFoundException;
import id.wacontacts.service.ValidationException;
import id.wacontacts.service.transfer.RowRejection;
import id.wacontacts.service.transfer.RowStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundles and the code agree: it reads {@code src/main/java} for the keys the code asks
 * {@link Messages} for, including keys composed from an enum constant, and checks them against
 * both languages' files. Every pattern must format in both languages, since {@link Messages}
 * formats every pattern.
 */
class LocalizationConsistencyTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String MESSAGES = "/id/wacontacts/ui/messages";
    private static final Locale INDONESIAN = Messages.INDONESIAN;

    /**
     * Keys the code composes as {@code "prefix." + constant.name()}: the enum whose constants
     * complete each prefix. A new composed key fails the test until it is listed here.
     */
    private static final Map<String, Class<? extends Enum<?>>> COMPOSED = Map.ofEntries(
            Map.entry("type.", NumberType.class),
            Map.entry("import.status.", RowStatus.class),
            Map.entry("error.start.", DatabaseStartException.Problem.class),
            Map.entry("error.validation.", ValidationException.Rule.class),
            Map.entry("error.notFound.", NotFoundException.Kind.class),
            Map.entry("error.import.", ImportException.Problem.class),
            Map.entry("error.backup.", BackupFileException.Problem.class),
            Map.entry("error.backup.INVALID_ROW.", BackupFileException.RowProblem.class),
            Map.entry("activity.table.", ChangeEvent.Table.class),
            Map.entry("activity.action.", ChangeEvent.Action.class),
            Map.entry("undo.refused.", UndoConflict.Reason.class),
            Map.entry("category.order.", id.wacontacts.ui.category.CategoryOrder.class));

    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z]+(\\.[A-Za-z0-9_]+)+");
    private static final Pattern APOSTROPHE_PAIRS = Pattern.compile("''");

    /** Every string literal of the main sources, with where it stands. */
    private static final Map<String, List<String>> literals = new TreeMap<>();
    /** Literals given to {@code messages.get} as its key, with where. */
    private static final Map<String, List<String>> askedKeys = new TreeMap<>();
    /** Prefixes of composed keys given to {@code messages.get}, with where. */
    private static final Map<String, List<String>> askedPrefixes = new TreeMap<>();

    private static Properties english;
    private static Properties indonesian;

    @BeforeAll
    static void readSourcesAndBundles() throws IOException {
        english = load(MESSAGES + ".properties");
        indonesian = load(MESSAGES + "_id.properties");
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                collect(StaticJavaParser.parse(file), SOURCES.relativize(file).toString());
            }
        }
        assertThat(literals).as("string literals read from " + SOURCES.toAbsolutePath()).isNotEmpty();
        assertThat(askedKeys).as("messages.get calls found").isNotEmpty();
    }

    private static void collect(CompilationUnit unit, String file) {
        for (StringLiteralExpr literal : unit.findAll(StringLiteralExpr.class)) {
            literals.computeIfAbsent(literal.asString(), k -> new ArrayList<>()).add(where(file, literal));
        }
        // "error.start." + problem.name(), wherever the composed key is then handed to messages.get
        for (BinaryExpr binary : unit.findAll(BinaryExpr.class)) {
            if (binary.getOperator() == BinaryExpr.Operator.PLUS && binary.getLeft() instanceof StringLiteralExpr left
                    && left.asString().endsWith(".")
                    && english.stringPropertyNames().stream().anyMatch(key -> key.startsWith(left.asString()))) {
                askedPrefixes.computeIfAbsent(left.asString(), k -> new ArrayList<>()).add(where(file, left));
            }
        }
        for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
            boolean asksMessages = call.getNameAsString().equals("get") && call.getArguments().isNonEmpty()
                    && call.getScope().map(scope -> scope.toString().toLowerCase(Locale.ROOT).endsWith("messages"))
                            .orElse(false);
            if (!asksMessages) {
                continue;
            }
            Expression key = call.getArgument(0);
            for (StringLiteralExpr literal : key.findAll(StringLiteralExpr.class)) {
                Node parent = literal.getParentNode().orElseThrow();
                boolean prefix = parent instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS
                        && binary.getLeft() == literal;
                (prefix ? askedPrefixes : askedKeys).computeIfAbsent(literal.asString(), k -> new ArrayList<>())
                        .add(where(file, literal));
            }
        }
    }

    private static String where(String file, Node node) {
        return file + ":" + node.getBegin().map(position -> position.line).orElse(0);
    }

    @Test
    void everyKeyTheCodeAsksForIsInBothLanguages() {
        Map<String, List<String>> missing = new TreeMap<>();
        askedKeys.forEach((key, places) -> {
            if (!english.containsKey(key) || !indonesian.containsKey(key)) {
                missing.put(key, places);
            }
        });
        assertThat(missing).as("keys asked for in code but missing in messages.properties or messages_id.properties")
                .isEmpty();
    }

    @Test
    void everyComposedKeyIsInBothLanguagesForEveryConstant() {
        assertThat(askedPrefixes.keySet()).as("composed key prefixes in code; list each in COMPOSED with its enum")
                .isSubsetOf(COMPOSED.keySet());
        assertThat(COMPOSED.keySet()).as("prefixes listed here that the code no longer composes")
                .isSubsetOf(askedPrefixes.keySet());
        List<String> missing = composedKeys().filter(key -> !english.containsKey(key) || !indonesian.containsKey(key))
                .toList();
        assertThat(missing).as("composed keys without a sentence in one of the languages").isEmpty();
    }

    @Test
    void literalsShapedLikeKeysOfTheBundleAreKeysOfTheBundle() {
        // Keys handed around before they reach messages.get (menu items, columns, tooltips) are
        // literals elsewhere; one that names a key family but no key is a typo.
        Set<String> families = english.stringPropertyNames().stream().map(key -> key.substring(0, key.indexOf('.') + 1))
                .filter(family -> !family.isEmpty()).collect(Collectors.toSet());
        Map<String, List<String>> unknown = new TreeMap<>();
        literals.forEach((literal, places) -> {
            if (KEY_SHAPE.matcher(literal).matches() && families.stream().anyMatch(literal::startsWith)
                    && !english.containsKey(literal)) {
                unknown.put(literal, places);
            }
        });
        assertThat(unknown).as("literals that look like message keys but are none").isEmpty();
    }

    @Test
    void noKeyIsUnused() {
        Set<String> used = new TreeSet<>(literals.keySet());
        composedKeys().forEach(used::add);
        Set<String> unused = new TreeSet<>(english.stringPropertyNames());
        unused.removeAll(used);
        assertThat(unused).as("keys in the bundles that no code uses").isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameKeysWithoutRepeats() throws IOException {
        assertThat(new TreeSet<>(indonesian.stringPropertyNames()))
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String file : List.of(MESSAGES + ".properties", MESSAGES + "_id.properties")) {
            assertThat(repeatedKeys(file)).as("keys given twice in " + file).isEmpty();
        }
    }

    @Test
    void everyPatternFormatsInBothLanguages() {
        Map<String, String> problems = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            String englishPattern = english.getProperty(key);
            String indonesianPattern = indonesian.getProperty(key, "");
            problem(key, englishPattern, Locale.ENGLISH, problems);
            problem(key, indonesianPattern, INDONESIAN, problems);
            if (!problems.containsKey(key) && !placeholders(englishPattern).equals(placeholders(indonesianPattern))) {
                problems.put(key, "the languages fill in different arguments: " + placeholders(englishPattern)
                        + " and " + placeholders(indonesianPattern));
            }
        }
        assertThat(problems).as("patterns that do not format as written").isEmpty();
    }

    private static void problem(String key, String pattern, Locale locale, Map<String, String> problems) {
        String where = key + " (" + locale + ")";
        // MessageFormat reads a single apostrophe as the start of quoted text: it vanishes and
        // the placeholders after it are printed raw. Patterns here only ever mean a real one.
        if (APOSTROPHE_PAIRS.matcher(pattern).replaceAll("").contains("'")) {
            problems.put(where, "a single apostrophe; write '' for one");
            return;
        }
        try {
            MessageFormat format = new MessageFormat(pattern, locale);
            String text = format.format(sampleArguments(format));
            if (text.contains("{") || text.contains("}") || text.contains("''")) {
                problems.put(where, "formats to \"" + text + "\"");
            }
        } catch (IllegalArgumentException e) {
            problems.put(where, e.getMessage());
        }
    }

    /** A number where the pattern formats a number or a choice, a date where a date, text elsewhere. */
    private static Object[] sampleArguments(MessageFormat format) {
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] arguments = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            Format f = formats[i];
            arguments[i] = f instanceof NumberFormat || f instanceof ChoiceFormat ? (Object) 2 : f == null
                    ? "text" + i : LocalDateTime.of(2026, 1, 2, 3, 4);
        }
        return arguments;
    }

    private static Set<Integer> placeholders(String pattern) {
        Format[] formats = new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex();
        Set<Integer> indices = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (matcher.find()) {
            indices.add(Integer.parseInt(matcher.group(1)));
        }
        assertThat(indices.stream().mapToInt(Integer::intValue).max().orElse(-1)).isEqualTo(formats.length - 1);
        return indices;
    }

    @Test
    void theNumbersReasonsAreInBothLanguagesForEveryReason() throws IOException {
        Set<String> reasons = Arrays.stream(RejectReason.values()).map(Enum::name).collect(Collectors.toSet());
        checkReasons("/id/wacontacts/phone/RejectReasons", reasons);
        for (RejectReason reason : RejectReason.values()) {
            assertThat(reason.message(INDONESIAN)).isNotEqualTo(reason.message(Locale.ENGLISH));
        }
    }

    @Test
    void theImportsOwnReasonsAreInBothLanguagesForEveryReason() throws Exception {
        Set<String> codes = new TreeSet<>();
        for (Field field : RowRejection.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == RowRejection.class) {
                codes.add(((RowRejection) field.get(null)).code());
            }
        }
        assertThat(codes).isNotEmpty();
        checkReasons("/id/wacontacts/service/transfer/ImportReasons", codes);
        for (String code : codes) {
            RowRejection rejection = new RowRejection(code, null);
            assertThat(rejection.message(INDONESIAN)).isNotEqualTo(rejection.message(Locale.ENGLISH));
        }
    }

    /** The reasons are shown as written, never through MessageFormat: no placeholders, no doubled apostrophes. */
    private static void checkReasons(String base, Set<String> expectedKeys) throws IOException {
        for (String file : List.of(base + ".properties", base + "_id.properties")) {
            Properties reasons = load(file);
            assertThat(new TreeSet<>(reasons.stringPropertyNames())).as(file).isEqualTo(new TreeSet<>(expectedKeys));
            assertThat(repeatedKeys(file)).as("keys given twice in " + file).isEmpty();
            reasons.forEach((key, text) -> assertThat((String) text).as(file + " " + key).isNotBlank()
                    .doesNotContain("''").doesNotContain("{").doesNotContain("}"));
        }
    }

    private static Stream<String> composedKeys() {
        return COMPOSED.entrySet().stream().flatMap(entry -> Arrays.stream(entry.getValue().getEnumConstants())
                .map(constant -> entry.getKey() + constant.name()));
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Keys written twice in one file: {@link Properties} keeps the last silently. */
    private static Set<String> repeatedKeys(String resource) throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> repeated = new TreeSet<>();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (String line : text.split("\\R")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || !line.contains("=")) {
                    continue;
                }
                String key = line.substring(0, line.indexOf('=')).strip();
                if (!seen.add(key)) {
                    repeated.add(key);
                }
            }
        }
        return repeated;
    }
}
