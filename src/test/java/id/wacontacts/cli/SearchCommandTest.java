package id.wacontacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.testsupport.ServiceFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SearchCommandTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.perClass("searchcli");

    private static Locale locale;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void fill() {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        fixture.reset();
        fixture.sql("INSERT INTO categories (name) VALUES (E'Reseller\\tSurabaya\\u202E')",
                // Newest first: the higher n, the later.
                "INSERT INTO phone_numbers (original_number, normalized_number, category_id, created_at, updated_at)"
                        + " SELECT '0812-' || n, '+62812' || lpad(n::text, 8, '0'), 4,"
                        + " timestamp '2024-01-05 03:00' + n * interval '1 minute', timestamp '2024-01-05 03:00' + n * interval '1 minute'"
                        + " FROM generate_series(1, 12050) n",
                "INSERT INTO phone_numbers (original_number, normalized_number, category_id, created_at, updated_at)"
                        + " VALUES ('Budi 0857 3333 4444', '+6285733334444', 6, '2024-03-01 01:15', '2024-03-01 01:15')");
    }

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(locale);
    }

    @Test
    void printsTheWindowsColumnsThenTheCount() {
        List<String> lines = run("search", "budi");

        assertThat(lines).containsExactly(
                "Budi 0857 3333 4444\t+6285733334444\tReseller\\tSurabaya\\u202E\tMobile\t1 Mar 2024\t1 Mar 2024",
                "matches\t1");
    }

    @Test
    void printsTheFirstPageNewestFirstUpToTheLimitAndCapsTheCountAsTheWindowDoes() {
        List<String> lines = run("search", "0812", "--limit", "2");

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("0812-12050\t+6281200012050\tProspek\tMobile\t");
        assertThat(lines.get(1)).startsWith("0812-12049\t+6281200012049\tProspek\tMobile\t");
        assertThat(lines.get(2)).isEqualTo("matches\t10000+");
    }

    @Test
    void searchesOneCategory() {
        assertThat(run("search", "0857", "--category", "Prospek")).containsExactly("matches\t0");
        assertThat(run("search", "prospek", "--category", "Lead")).containsExactly("matches\t0");
        assertThat(run("search", "12049", "--category", "Prospek")).hasSize(2).last().isEqualTo("matches\t1");
    }

    @Test
    void anUnknownCategoryIsOneSentenceOnStderr() {
        StringWriter stderr = new StringWriter();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int exit = command(stdout).setErr(new PrintWriter(stderr)).execute(withDatabase("search", "0812",
                "--category", "Nowhere"));

        assertThat(exit).isNotZero();
        assertThat(stdout.size()).isZero();
        assertThat(stderr.toString()).startsWith("--category: there is no category \"Nowhere\".");
    }

    private List<String> run(String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int exit = command(stdout).execute(withDatabase(args));
        assertThat(exit).isZero();
        return stdout.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String[] withDatabase(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString(), "--db-url", fixture.settings().jdbcUrl(),
                "--db-user", fixture.settings().user(), "--db-password", fixture.settings().password()));
        return all.toArray(String[]::new);
    }

    private static CommandLine command(ByteArrayOutputStream stdout) {
        return TestCommandLines.with(new SearchCommand(() -> Utf8Output.writer(stdout)));
    }
}
