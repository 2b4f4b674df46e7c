package id.wacontacts.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.LineKind;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.transfer.ExportOptions.CustomColumn;
import id.wacontacts.service.transfer.ExportOptions.Field;
import id.wacontacts.service.transfer.ExportOptions.NameSource;
import id.wacontacts.service.transfer.ExportOptions.NumberForm;
import id.wacontacts.service.transfer.ExportOptions.Preset;
import id.wacontacts.testsupport.ServiceFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The export presets' files, their options (mobiles only, split) and a round trip through import. */
class ExportPresetsTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("presets");

    private static final Set<String> MOBILES = Set.of("+6281234567890", "+6281311112222", "+6285733334444");

    @TempDir
    Path folder;

    @BeforeEach
    void numbers() {
        int vip = fixture.categoryId("Pelanggan VIP");
        int lead = fixture.categoryId("Lead");
        fixture.contacts().add("0812-3456-7890", vip);
        fixture.contacts().add("0813 1111 2222", lead);
        fixture.contacts().add("+62 857 3333 4444", lead);
        fixture.contacts().add("021 5551 2345", lead);
        fixture.contacts().add("0800 1 234 567", vip);
        fixture.sql("UPDATE categories SET name = 'A&B <Toko> \"1\"' WHERE id = " + lead);
    }

    @Test
    void theWhatsAppPresetWritesDigitsWithTheCountryCodeAndSkipsWhatIsNotMobile() throws Exception {
        Path file = folder.resolve("kantor.csv");
        ExportSummary summary = export(ExportOptions.of(Preset.WHATSAPP), ExportFormat.CSV, file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("phone,name,category");
        assertThat(lines.subList(1, lines.size())).containsExactlyInAnyOrder(
                "6281234567890,Pelanggan VIP,Pelanggan VIP",
                "6281311112222,\"A&B <Toko> \"\"1\"\"\",\"A&B <Toko> \"\"1\"\"\"",
                "6285733334444,\"A&B <Toko> \"\"1\"\"\",\"A&B <Toko> \"\"1\"\"\"");
        assertThat(summary.written()).isEqualTo(3);
        assertThat(summary.skipped()).isEqualTo(Map.of(LineKind.FIXED_LINE, 1L, LineKind.OTHER, 1L));
        assertThat(reimported(file)).isEqualTo(MOBILES);
    }

    @Test
    void theNameColumnCanBeEmptyOrAFixedText() throws Exception {
        Path empty = folder.resolve("empty.csv");
        Path fixed = folder.resolve("fixed.csv");
        export(ExportOptions.of(Preset.WHATSAPP).withName(NameSource.EMPTY, ""), ExportFormat.CSV, empty);
        export(ExportOptions.of(Preset.WHATSAPP).withName(NameSource.FIXED, "Bapak/Ibu"), ExportFormat.CSV, fixed);

        assertThat(Files.readAllLines(empty)).contains("6281234567890,,Pelanggan VIP");
        assertThat(Files.readAllLines(fixed)).contains("6281234567890,Bapak/Ibu,Pelanggan VIP");
    }

    @Test
    void theWameLinksPageIsClickableEscapedAndGroupedPerCategory() throws Exception {
        Path file = folder.resolve("links.html");
        ExportSummary summary = export(ExportOptions.of(Preset.WAME), ExportFormat.CSV, file);

        String html = Files.readString(file);
        assertThat(summary.files()).containsExactly(file.toAbsolutePath());
        assertThat(html).contains("<h2>Pelanggan VIP</h2>", "<h2>A&amp;B &lt;Toko&gt; &quot;1&quot;</h2>",
                "<a href=\"https://wa.me/6281234567890\">").doesNotContain("<Toko>");
        assertThat(html.indexOf("6281311112222")).isBetween(html.indexOf("<h2>A&amp;B"), html.lastIndexOf("</ul>"));
        Matcher links = Pattern.compile("href=\"https://wa\\.me/(\\d+)\"").matcher(html);
        Set<String> numbers = links.results().map(match -> "+" + match.group(1)).collect(Collectors.toSet());
        assertThat(numbers).isEqualTo(MOBILES);
    }

    @Test
    void aCustomExportHasThePickedColumnsHeadersAndNumberForm() throws Exception {
        Path file = folder.resolve("custom.csv");
        ExportOptions options = ExportOptions.of(Preset.CUSTOM).withColumns(List.of(
                        new CustomColumn(Field.PHONE, "Nomor"), new CustomColumn(Field.TYPE, "Jenis")))
                .withNumberForm(NumberForm.NATIONAL);
        ExportSummary summary = export(options, ExportFormat.CSV, file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFNomor,Jenis");
        assertThat(lines).contains("081234567890,mobile", "02155512345,fixed_line", "08001234567,other");
        assertThat(summary.skipped()).isEmpty();
        assertThat(reimported(file)).hasSize(5).containsAll(MOBILES);
    }

    @ParameterizedTest
    @EnumSource(value = Preset.class, names = {"WHATSAPP", "CUSTOM"})
    void inAWorkbookThePhoneIsAlwaysATextCell(Preset preset) throws Exception {
        Path file = folder.resolve("kantor.xlsx");
        ExportOptions options = ExportOptions.of(preset).withNumberForm(NumberForm.DIGITS);
        export(options, ExportFormat.XLSX, file);

        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            assertThat(all.subList(1, all.size())).allSatisfy(row -> {
                assertThat(row.getCell(0).getType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(0).getRawValue()).startsWith("62");
            });
        }
        assertThat(reimported(file)).containsAll(MOBILES);
    }

    @Test
    void aSplitExportWritesNumberedFilesOfAtMostNRows() throws Exception {
        Path file = folder.resolve("kantor.csv");
        ExportSummary summary = export(ExportOptions.of(Preset.WHATSAPP).withMobileOnly(false).withSplitRows(2),
                ExportFormat.CSV, file);

        assertThat(summary.files()).extracting(path -> path.getFileName().toString())
                .containsExactly("kantor-001.csv", "kantor-002.csv", "kantor-003.csv");
        assertThat(summary.files()).extracting(path -> Files.readAllLines(path).size() - 1).containsExactly(2, 2, 1);
        assertThat(Files.exists(file)).isFalse();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).noneMatch(path -> path.toString().endsWith(".part"));
        }
        Set<String> all = summary.files().stream().flatMap(path -> reimported(path).stream()).collect(Collectors.toSet());
        assertThat(all).hasSize(5).containsAll(MOBILES);
    }

    private ExportSummary export(ExportOptions options, ExportFormat format, Path file) {
        return fixture.exports().export(ContactQuery.ALL, format, options, file, ZoneId.of("Asia/Jakarta"),
                TransferProgress.NONE, new Cancellation());
    }

    /** What the importer makes of the file, as E.164 numbers (the database is left as it was). */
    private Set<String> reimported(Path file) {
        FileInspection inspection = fixture.imports().inspect(file);
        return fixture.imports().preview(file, inspection.guessedOptions("Impor", true), TransferProgress.NONE,
                        new Cancellation()).shown().stream()
                .map(PreviewRow::e164).filter(number -> number != null && !number.isEmpty())
                .collect(Collectors.toSet());
    }
}
