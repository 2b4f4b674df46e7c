package id.wacontacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.testsupport.ServiceFixture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} and {@code export --preset}: their tab-separated output and their files. */
class PresetCommandsTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("presetcli");

    @TempDir
    Path dataDir;

    @BeforeEach
    void numbers() {
        int lead = fixture.categoryId("Lead");
        fixture.contacts().add("0812-3456-7890", lead);
        fixture.contacts().add("0813 1111 2222", lead);
        fixture.contacts().add("021 5551 2345", lead);
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id) VALUES"
                + " ('6.28123E+12', '+6281230000000', " + lead + ")");
    }

    @Test
    void checkPrintsTheCountsAndEachNumberFound() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();

        int exit = TestCommandLines.with(new CheckCommand(() -> Utf8Output.writer(stdout))).execute(withDatabase("check"));

        List<String> lines = stdout.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(exit).isZero();
        assertThat(lines.get(0)).startsWith("checked\t4\tlibphonenumber ");
        assertThat(lines).contains("scientific_notation\t1", "became_invalid\t0", "lost_leading_zero\t0");
        assertThat(lines).anyMatch(line -> line.matches("scientific_notation\t\\d+\t6\\.28123E\\+12\t\\+6281230000000\tLead"));
    }

    @Test
    void exportWithTheWhatsAppPresetSplitsAndSaysWhatItSkipped() throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        Path output = dataDir.resolve("kantor.csv");

        int exit = TestCommandLines.with(new ExportCommand(() -> Utf8Output.writer(stdout))).execute(withDatabase(
                "export", "--category", "Lead", "--preset", "whatsapp", "--split", "2", "--name", "Bapak/Ibu",
                "--output", output.toString()));

        assertThat(exit).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly("exported\t3",
                "skipped\tfixed_line\t1", "file\t" + dataDir.resolve("kantor-001.csv").toAbsolutePath(),
                "file\t" + dataDir.resolve("kantor-002.csv").toAbsolutePath());
        assertThat(Files.readAllLines(dataDir.resolve("kantor-001.csv"))).hasSize(3).first()
                .isEqualTo("phone,name,category");
        assertThat(Files.readAllLines(dataDir.resolve("kantor-002.csv"))).hasSize(2);
    }

    @Test
    void exportWithACustomPresetAndEveryNumber() throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        Path output = dataDir.resolve("custom.csv");

        int exit = TestCommandLines.with(new ExportCommand(() -> Utf8Output.writer(stdout))).execute(withDatabase(
                "export", "--all", "--preset", "custom", "--columns", "phone:Nomor,category:Kategori",
                "--number-form", "national", "--no-mobile-only", "--output", output.toString()));

        assertThat(exit).isZero();
        assertThat(Files.readAllLines(output)).hasSize(5).first().isEqualTo("\uFEFFNomor,Kategori");
        assertThat(Files.readAllLines(output)).contains("02155512345,Lead", "081234567890,Lead");
    }

    private String[] withDatabase(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString(), "--db-url", fixture.settings().jdbcUrl(),
                "--db-user", fixture.settings().user(), "--db-password", fixture.settings().password()));
        return all.toArray(String[]::new);
    }

}
