package id.wacontacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.ContactRow;
import id.wacontacts.testsupport.ServiceFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code history}, {@code trash list|restore|purge} and {@code erase}, tab-separated like {@code stats}. */
class SafetyCommandsTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("safety-cli");

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final StringWriter stderr = new StringWriter();

    @BeforeEach
    void clear() {
        fixture.sql("DELETE FROM trash", "DELETE FROM change_log", "DELETE FROM app_events");
    }

    @Test
    void historyFiltersByNumberDateAndDesktop() {
        ContactRow row = fixture.contacts().add("0812-3456-7890", fixture.categoryId("Prospek"));
        fixture.contacts().add("0813-1111-2222", fixture.categoryId("Prospek"));
        fixture.contacts().delete(List.of(row.id()));

        assertThat(run("history", "--number", "0812 3456 7890", "--since", "2000-01-01", "--desktop", "wa contacts"))
                .isZero();
        List<String> lines = output().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).split("\t")).hasSize(9)
                .containsSequence("delete", "phone_numbers", String.valueOf(row.id()),
                        "+6281234567890@" + fixture.categoryId("Prospek"), "");
        assertThat(lines.get(1).split("\t")).contains("insert");

        stdout.reset();
        assertThat(run("history", "--desktop", "Kasir")).isZero();
        assertThat(output()).isEmpty();
        stdout.reset();
        assertThat(run("history", "--since", "2999-01-01")).isZero();
        assertThat(output()).isEmpty();
    }

    @Test
    void trashListsRestoresAndPurges() {
        ContactRow row = fixture.contacts().add("0812-3456-7890", fixture.categoryId("Prospek"));
        fixture.contacts().delete(List.of(row.id()));

        assertThat(run("trash", "list")).isZero();
        String[] item = output().lines().findFirst().orElseThrow().split("\t");
        assertThat(item).hasSize(7);
        assertThat(item[2]).isEqualTo("phone_numbers");
        assertThat(item[3]).isEqualTo("+6281234567890@" + fixture.categoryId("Prospek"));

        stdout.reset();
        assertThat(run("trash", "restore", item[0])).isZero();
        assertThat(output()).isEqualTo("restored\t1\t0\n");
        assertThat(fixture.contacts().find(row.id())).isPresent();

        fixture.contacts().delete(List.of(row.id()));
        fixture.contacts().add("0812-3456-7890", fixture.categoryId("Lead"));
        stdout.reset();
        run("trash", "list");
        String again = output().lines().findFirst().orElseThrow().split("\t")[0];
        stdout.reset();
        assertThat(run("trash", "restore", again)).isEqualTo(1);
        assertThat(output()).isEqualTo("restored\t0\t0\nkept\t" + again + "\tnumber_taken\t+6281234567890\tLead\n");

        stdout.reset();
        assertThat(run("trash", "purge", "--days", "7")).isZero();
        assertThat(output()).isEqualTo("purged\t0\n");
        assertThat(run("trash", "purge", "--days", "3")).isNotZero();
        assertThat(stderr.toString()).startsWith("Keep the trash between 7 and 365 days.");
    }

    @Test
    void trashPurgeWithoutDaysFollowsTheDatabasesSetting() {
        ContactRow row = fixture.contacts().add("0812-3456-7890", fixture.categoryId("Prospek"));
        fixture.contacts().delete(List.of(row.id()));
        fixture.sql("UPDATE change_log SET changed_at = changed_at - interval '10 days' WHERE action = 'delete'",
                "UPDATE app_settings SET trash_days = 14, history_days = 365");
        stdout.reset();
        assertThat(run("trash", "purge")).isZero();
        assertThat(output()).isEqualTo("purged\t0\n");

        fixture.sql("UPDATE app_settings SET trash_days = 7");
        stdout.reset();
        assertThat(run("trash", "purge")).isZero();
        assertThat(output()).isEqualTo("purged\t1\n");
        fixture.sql("UPDATE app_settings SET trash_days = 30");
    }

    @Test
    void eraseRemovesTheNumberEverywhereAndPrintsTheMask() {
        ContactRow row = fixture.contacts().add("0812-3456-7890", fixture.categoryId("Prospek"));

        assertThat(run("erase", "0812-3456-7890")).isZero();

        assertThat(output()).isEqualTo("+62812****7890\t1\t2\t1\n");
        assertThat(fixture.contacts().find(row.id())).isEmpty();
        stdout.reset();
        run("history");
        assertThat(output()).doesNotContain("+6281234567890").contains("+62812****7890");
    }

    private String output() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        Supplier<PrintWriter> out = () -> Utf8Output.writer(stdout);
        CommandLine commandLine = TestCommandLines.with(new HistoryCommand(out), new TrashCommand(out),
                new EraseCommand(out)).setErr(new PrintWriter(stderr, true));
        String[] all = new String[args.length + 8];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--data-dir", dataDir.toString(), "--db-url", fixture.settings().jdbcUrl(),
                "--db-user", fixture.settings().user(), "--db-password", fixture.settings().password()}, 0,
                all, args.length, 8);
        return commandLine.execute(all);
    }
}
