package id.wacontacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.app.Launcher;
import id.wacontacts.service.transfer.TestFiles;
import id.wacontacts.testsupport.ServiceFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportExportCommandTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("importcli");

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final StringWriter stderr = new StringWriter();

    @Test
    void importPrintsTheSummaryAndSavesTheRejectedRows() throws IOException {
        Path rejects = dataDir.resolve("rejects.csv");

        int exit = run("import", TestFiles.path(TestFiles.EXCEL_CSV).toString(), "--category", "Arisan",
                "--create-category", "--rejects", rejects.toString());

        assertThat(stderr.toString()).isEmpty();
        assertThat(exit).isZero();
        assertThat(out()).containsExactly("rows\t10", "imported\t6", "invalid\t3", "duplicate\t1", "already_stored\t0",
                "categories_created\t1", "rejects\t" + rejects.toAbsolutePath(), "encoding\tUTF-8");
        assertThat(Files.readAllLines(rejects)).hasSize(4);
    }

    @Test
    void importsAnExcelWorkbook() {
        int exit = run("import", TestFiles.path(TestFiles.WORKBOOK).toString(), "--category", "Prospek",
                "--category-column", "Kategori", "--create-category");

        assertThat(stderr.toString()).isEmpty();
        assertThat(exit).isZero();
        assertThat(out()).containsExactly("rows\t8", "imported\t5", "invalid\t2", "duplicate\t1", "already_stored\t0",
                "categories_created\t2");
    }

    @Test
    void theColumnCanBeNamedAndTheCategoryColumnUsed() {
        int exit = run("import", TestFiles.path(TestFiles.EXCEL_CSV).toString(), "--column", "No HP",
                "--category-column", "3", "--category", "Lead", "--create-category");

        assertThat(exit).isZero();
        assertThat(out()).contains("imported\t6", "categories_created\t1");
    }

    @Test
    void aMissingCategoryWithoutCreateFailsWithOneLine() {
        int exit = run("import", TestFiles.path(TestFiles.DUPLICATES_AND_GARBAGE).toString(), "--category", "Belum Ada");

        assertThat(exit).isNotZero();
        assertThat(stdout.size()).isZero();
        assertThat(stderr.toString()).startsWith("wa-contacts: There is no category \"Belum Ada\"").hasLineCount(1);
    }

    @Test
    void aFileThatIsNoListFailsWithOneClearLineAndStoresNothing() {
        int exit = run("import", TestFiles.path(TestFiles.OLD_WORKBOOK).toString(), "--category", "Prospek");

        assertThat(exit).isNotZero();
        assertThat(stderr.toString()).startsWith("wa-contacts: contacts.xls is an Excel 97-2003 workbook (.xls)")
                .hasLineCount(1);
        fixture.reset();
        run("stats");
        assertThat(out()).allSatisfy(line -> assertThat(line).endsWith("\t0"));
    }

    @Test
    void exportWritesACategoryAsCsvAndEverythingAsVcard() throws IOException {
        run("import", TestFiles.path(TestFiles.DUPLICATES_AND_GARBAGE).toString(), "--category", "Prospek");
        run("import", TestFiles.path(TestFiles.PHONE_VCARD).toString(), "--category", "Lead");
        stdout.reset();
        Path csv = dataDir.resolve("prospek.csv");
        Path vcf = dataDir.resolve("all.vcf");

        assertThat(run("export", "--category", "Prospek", "--format", "csv", "--output", csv.toString())).isZero();
        assertThat(run("export", "--all", "--format", "VCF", "--output", vcf.toString())).isZero();

        assertThat(out()).containsExactly("exported\t4", "exported\t7");
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize(5);
        assertThat(Files.readString(vcf)).contains("BEGIN:VCARD");
    }

    @Test
    void exportForExcelWritesUtf16TabsAndTextFormulas() throws IOException {
        run("import", TestFiles.path(TestFiles.DUPLICATES_AND_GARBAGE).toString(), "--category", "Prospek");
        stdout.reset();
        Path xls = dataDir.resolve("prospek-excel.csv");

        int exit = run("export", "--category", "Prospek", "--format", "excel", "--output", xls.toString());

        assertThat(stderr.toString()).isEmpty();
        assertThat(exit).isZero();
        assertThat(out()).containsExactly("exported\t4");
        byte[] bytes = Files.readAllBytes(xls);
        assertThat(bytes).startsWith((byte) 0xFF, (byte) 0xFE);
        List<String> lines = Files.readAllLines(xls, StandardCharsets.UTF_16LE);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("\uFEFForiginal_number\tnormalized_number\tcategory\tcreated_at");
        assertThat(lines.subList(1, 5)).allSatisfy(line -> assertThat(line)
                .matches("=\"[^\t]*\"\t=\"\\+\\d+\"\t=\"Prospek\"\t\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
    }

    @Test
    void anUnknownExportFormatIsAUsageErrorNamingTheFormats() {
        Path file = dataDir.resolve("x.pdf");

        int exit = run("export", "--all", "--format", "pdf", "--output", file.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(stderr.toString()).contains("--format", "Unknown format 'pdf': use csv, excel, xlsx or vcf");
        assertThat(file).doesNotExist();
    }

    @Test
    void anOutputNamedLikeAnotherKindOfFileIsAUsageErrorAndWritesNothing() {
        String[][] cases = {
            {"csv", "daftar.xlsx", "--output daftar.xlsx: a .xlsx name for a CSV export (--format xlsx writes a"
                    + " workbook); name it daftar.csv."},
            {"excel", "daftar.XLS", "--output daftar.XLS: a .xls name for a CSV export (--format xlsx writes a workbook)"},
            {"xlsx", "daftar.xls", "--output daftar.xls: a .xls name for an Excel workbook; name it daftar.xlsx."},
            {"xlsx", "daftar.csv", "--output daftar.csv: a .csv name for an Excel workbook; name it daftar.xlsx."},
            {"vcf", "kontak.ods", "--output kontak.ods: a .ods name for a vCard export; name it kontak.vcf."},
            {"vcf", "kontak.csv", "--output kontak.csv: a .csv name for a vCard export; name it kontak.vcf."},
            {"excel", "daftar.vcf", "--output daftar.vcf: a .vcf name for a CSV export; name it daftar.csv."},
        };
        for (String[] c : cases) {
            stderr.getBuffer().setLength(0);
            Path file = dataDir.resolve(c[1]);

            int exit = run("export", "--all", "--format", c[0], "--output", file.toString());

            assertThat(exit).as(c[1]).isEqualTo(2);
            assertThat(stderr.toString()).as(c[1]).contains(c[2]);
            assertThat(file).doesNotExist();
        }
    }

    @Test
    void anOutputWithAnotherOrNoExtensionIsWrittenAsAsked() throws IOException {
        run("import", TestFiles.path(TestFiles.DUPLICATES_AND_GARBAGE).toString(), "--category", "Prospek");
        Path text = dataDir.resolve("daftar.txt");
        Path bare = dataDir.resolve("kontak");

        assertThat(run("export", "--all", "--format", "excel", "--output", text.toString())).isZero();
        assertThat(run("export", "--all", "--format", "vcf", "--output", bare.toString())).isZero();

        assertThat(Files.readAllBytes(text)).startsWith((byte) 0xFF, (byte) 0xFE);
        assertThat(Files.readString(bare)).startsWith("BEGIN:VCARD");
    }

    @Test
    void exportOfAnUnknownCategoryFails() {
        int exit = run("export", "--category", "Tidak Ada", "--format", "csv", "--output",
                dataDir.resolve("x.csv").toString());

        assertThat(exit).isNotZero();
        assertThat(stderr.toString()).startsWith("wa-contacts: There is no category \"Tidak Ada\"");
        assertThat(dataDir.resolve("x.csv")).doesNotExist();
    }

    private List<String> out() {
        return new ArrayList<>(stdout.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private int run(String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ImportCommand.class) {
                    return type.cast(new ImportCommand(() -> Utf8Output.writer(stdout)));
                }
                if (type == ExportCommand.class) {
                    return type.cast(new ExportCommand(() -> Utf8Output.writer(stdout)));
                }
                if (type == StatsCommand.class) {
                    return type.cast(new StatsCommand(() -> Utf8Output.writer(stdout)));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine commandLine = RootCommand.withAllCommands(new CommandLine(new RootCommand(() -> {
            throw new AssertionError("no window in a command test");
        }), factory));
        commandLine.setExecutionExceptionHandler(Launcher::explainFailure);
        commandLine.setErr(new PrintWriter(stderr, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString(), "--db-url", fixture.settings().jdbcUrl(),
                "--db-user", fixture.settings().user(), "--db-password", fixture.settings().password()));
        return commandLine.execute(all.toArray(String[]::new));
    }
}
