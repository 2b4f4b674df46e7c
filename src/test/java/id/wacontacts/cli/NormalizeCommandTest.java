package id.wacontacts.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.phone.NormalizationResult;
import id.wacontacts.phone.PhoneNormalizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Runs the command in-process on given stdin bytes. Input and expected output are bytes, so the
 * tests mean the same under any default charset (LANG=C included).
 */
class NormalizeCommandTest {

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final StringWriter stderr = new StringWriter();

    private int run(byte[] stdin, String... args) {
        CommandLine command = new CommandLine(new NormalizeCommand(new ByteArrayInputStream(stdin), stdout));
        command.setErr(new PrintWriter(stderr, true));
        return command.execute(args);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(UTF_8);
    }

    @Test
    void printsOneLinePerInputLineInOrder() {
        int exitCode = run(utf8("0812-3456-7890\n(021) 555-1234\n08xx-xxxx-xxxx\n+1 415 555 2671\n0800 123 4567\n"));

        assertThat(exitCode).isZero();
        assertThat(stdout.toString(UTF_8)).isEqualTo(
                "VALID\t+6281234567890\tMOBILE\n"
                        + "VALID\t+62215551234\tFIXED_LINE\n"
                        + "INVALID\t\tCONTAINS_LETTERS\n"
                        + "VALID\t+14155552671\tFIXED_LINE_OR_MOBILE\n"
                        + "VALID\t+628001234567\tTOLL_FREE\n");
    }

    @Test
    void readsUtf8BytesWhateverTheDefaultCharset() {
        // BOM, full-width "０８１２３４５６７８９０", then NBSP-separated "0812 3456 7890" wrapped in U+202A/U+202C
        byte[] stdin = HexFormat.of().parseHex(
                "efbbbf"
                        + "efbc90efbc98efbc91efbc92efbc93efbc94efbc95efbc96efbc97efbc98efbc99efbc90" + "0a"
                        + "e280aa" + "30383132" + "c2a0" + "33343536" + "c2a0" + "37383930" + "e280ac" + "0a");

        run(stdin);

        assertThat(stdout.toByteArray()).isEqualTo(utf8(
                "VALID\t+6281234567890\tMOBILE\nVALID\t+6281234567890\tMOBILE\n"));
    }

    @Test
    void answersEmptyLinesAndWindowsLineEndingsAndALastLineWithoutNewline() {
        run(utf8("081234567890\r\n\r\n   \r\n6,28123E+12\r\n0812-3456-7890 / 0813-1111-2222"));

        assertThat(stdout.toString(UTF_8)).isEqualTo(
                "VALID\t+6281234567890\tMOBILE\n"
                        + "INVALID\t\tEMPTY\n"
                        + "INVALID\t\tEMPTY\n"
                        + "INVALID\t\tSCIENTIFIC_NOTATION\n"
                        + "INVALID\t\tMULTIPLE_NUMBERS\n");
    }

    @Test
    void printsNothingForNoInput() {
        assertThat(run(new byte[0])).isZero();
        assertThat(stdout.size()).isZero();
    }

    @Test
    void readsNationalNumbersWithTheGivenRegion() {
        run(utf8("012-345 6789\n0812-3456-7890\n"), "--region", "MY");

        assertThat(stdout.toString(UTF_8)).isEqualTo("VALID\t+60123456789\tMOBILE\nINVALID\t\tTOO_LONG\n");
    }

    @Test
    void refusesAnUnknownRegionWithoutWritingToStdout() {
        int exitCode = run(utf8("081234567890\n"), "--region", "XX");

        assertThat(exitCode).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(stdout.size()).isZero();
        assertThat(stderr.toString()).contains("Unknown region 'XX'");
    }

    @Test
    void keepsInputOrderAcrossChunksAndThreads() {
        List<String> lines = new ArrayList<>();
        String[] shapes = {"0812-3456-%04d", "+62 813 1111 %04d", "(021) 555-%04d", "08xx-%04d", "+44 7400 12%04d", ""};
        for (int i = 0; i < 30_000; i++) {
            lines.add(String.format(shapes[i % shapes.length], i % 10_000));
        }
        PhoneNormalizer normalizer = new PhoneNormalizer("ID");
        StringBuilder expected = new StringBuilder();
        for (String line : lines) {
            NormalizationResult result = normalizer.normalize(line);
            if (result instanceof NormalizationResult.Normalized n) {
                expected.append("VALID\t").append(n.e164()).append('\t').append(n.type()).append('\n');
            } else {
                expected.append("INVALID\t\t").append(((NormalizationResult.Rejected) result).reason()).append('\n');
            }
        }

        run(utf8(String.join("\n", lines) + "\n"), "--threads", "4");

        assertThat(stdout.toString(UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void answersEachLineAsSoonAsTheInputPauses() throws Exception {
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(typing);
        CompletableFuture<Integer> exitCode = CompletableFuture.supplyAsync(
                () -> new CommandLine(new NormalizeCommand(stdin, stdout)).execute());

        typing.write(utf8("0812-3456-7890\n"));
        typing.flush();
        String firstAnswer = "VALID\t+6281234567890\tMOBILE\n";
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!stdout.toString(UTF_8).equals(firstAnswer) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(stdout.toString(UTF_8)).isEqualTo(firstAnswer);

        typing.close();
        assertThat(exitCode.get(10, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void refusesZeroThreads() {
        assertThat(run(utf8("081234567890\n"), "--threads", "0")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(stdout.size()).isZero();
    }
}
