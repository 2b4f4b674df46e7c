package id.wacontacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.service.ServiceTestRows;
import id.wacontacts.testsupport.ServiceFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code move} and {@code merge-category}, through the command line as the launcher builds it. */
class BulkCommandsTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("bulkcommands");

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final StringWriter stderr = new StringWriter();
    private int prospek;
    private int lead;

    @BeforeEach
    void numbers() {
        prospek = fixture.categoryId("Prospek");
        lead = fixture.categoryId("Lead");
        fixture.sql(ServiceTestRows.insert(1, 300, prospek), ServiceTestRows.insert(301, 310, lead));
    }

    @Test
    void moveTakesEveryNumberOfACategory() {
        int exit = run("move", "--category", "prospek", "--to", "Lead");

        assertThat(exit).isZero();
        assertThat(out()).containsExactly("moved\t300");
        assertThat(fixture.categories().countNumbers(lead)).isEqualTo(310);
    }

    @Test
    void moveTakesTheMatchesOfASearch() {
        id.wacontacts.domain.ContactQuery search = id.wacontacts.domain.ContactQuery.search("0000030");
        long matching = fixture.contacts().count(search, 10_000).count();
        assertThat(fixture.contacts().count(search.withSearch("0000030"), 10_000).count()).isGreaterThan(1);

        int exit = run("move", "--search", "0000030", "--to", "Pelanggan VIP");

        assertThat(exit).isZero();
        assertThat(out()).containsExactly("moved\t" + matching);
        int vip = fixture.categoryId("Pelanggan VIP");
        assertThat(fixture.categories().countNumbers(vip)).isEqualTo(matching);
        assertThat(fixture.contacts().page(search, java.util.Optional.empty(), 100).items())
                .allSatisfy(row -> assertThat(row.categoryId()).isEqualTo(vip));
    }

    @Test
    void moveAllLeavesNumbersAlreadyThereUncounted() {
        int exit = run("move", "--all", "--to", "Lead");

        assertThat(exit).isZero();
        assertThat(out()).containsExactly("moved\t300");
    }

    @Test
    void moveWithATypeTakesOnlyNumbersOfThatTypeEvenThoseAnotherProgramStored() {
        // Jakarta landlines written by another program: not classified yet when the command starts.
        fixture.sql("INSERT INTO phone_numbers (original_number, normalized_number, category_id)"
                + " SELECT '021' || (55500000 + g), '+6221' || (55500000 + g), " + prospek
                + " FROM generate_series(1, 5) g");

        int exit = run("move", "--category", "Prospek", "--type", "fixed", "--to", "Lead");

        assertThat(exit).isZero();
        assertThat(out()).containsExactly("moved\t5");
        assertThat(fixture.categories().countNumbers(prospek)).isEqualTo(300);
        assertThat(fixture.categories().countNumbers(lead)).isEqualTo(15);
    }

    @Test
    void moveWithAnUnknownTypeSaysWhichTypesThereAreAndChangesNothing() {
        int exit = run("move", "--all", "--type", "satellite", "--to", "Lead");

        assertThat(exit).isNotZero();
        assertThat(stderr.toString()).contains("--type is mobile, fixed or other");
        assertThat(fixture.categories().countNumbers(lead)).isEqualTo(10);
    }

    @Test
    void moveToACategoryThatDoesNotExistIsOneLineAndChangesNothing() {
        int exit = run("move", "--all", "--to", "Belum Ada");

        assertThat(exit).isNotZero();
        assertThat(stderr.toString()).startsWith("wa-contacts: There is no category \"Belum Ada\"").hasLineCount(1);
        assertThat(fixture.categories().countNumbers(prospek)).isEqualTo(300);
    }

    @Test
    void moveNeedsExactlyOneOfCategorySearchOrAll() {
        assertThat(run("move", "--all", "--category", "Lead", "--to", "Prospek")).isNotZero();
        assertThat(run("move", "--to", "Prospek")).isNotZero();
        assertThat(fixture.categories().countNumbers(lead)).isEqualTo(10);
    }

    @Test
    void mergeCategoryKeepsEveryNumberAndDeletesTheMergedCategory() {
        int exit = run("merge-category", "Prospek", "--into", "Lead");

        assertThat(exit).isZero();
        assertThat(out()).containsExactly("moved\t300", "deleted\tProspek");
        assertThat(fixture.categories().countNumbers(lead)).isEqualTo(310);
        assertThat(fixture.categories().findByName("Prospek")).isEmpty();
        assertThat(fixture.contacts().count(id.wacontacts.domain.ContactQuery.ALL, 10_000).count()).isEqualTo(310);
    }

    @Test
    void mergingACategoryIntoItselfIsRefused() {
        int exit = run("merge-category", "Lead", "--into", "lead");

        assertThat(exit).isNotZero();
        assertThat(stderr.toString()).contains("cannot be merged into itself");
        assertThat(fixture.categories().findByName("Lead")).isPresent();
    }

    private int run(String... args) {
        CommandLine command = TestCommandLines.with(new MoveCommand(() -> Utf8Output.writer(stdout)),
                new MergeCategoryCommand(() -> Utf8Output.writer(stdout)));
        command.setErr(new PrintWriter(stderr, true));
        String[] all = Stream.concat(Stream.of(args), Stream.of("--data-dir", dataDir.toString(),
                "--db-url", fixture.settings().jdbcUrl(), "--db-user", fixture.settings().user(),
                "--db-password", fixture.settings().password())).toArray(String[]::new);
        return command.execute(all);
    }

    private List<String> out() {
        return stdout.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
