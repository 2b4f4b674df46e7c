package id.wacontacts.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import id.wacontacts.cli.NormalizeCommand;
import id.wacontacts.phone.NormalizationResult;
import id.wacontacts.phone.PhoneNormalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;

/**
 * Numbers per second for the normaliser on one thread and on every core, and for the
 * {@code normalize} command on a million lines. A plain harness, run with
 * {@code mvn -Pbench test-compile exec:java -Dexec.mainClass=id.wacontacts.bench.NormalizerBenchmark}.
 * {@code -Dbench.file=target/numbers-1m.txt} also writes the million lines for timing the jar:
 * {@code time java -jar target/wa-contacts.jar normalize < target/numbers-1m.txt > /dev/null}.
 */
public final class NormalizerBenchmark {

    private static final int SAMPLE_SIZE = 200_000;
    private static final int WARM_UP_ROUNDS = 5;
    private static final int MEASURED_ROUNDS = 7;
    private static final int COMMAND_LINES = 1_000_000;
    private static final int COMMAND_ROUNDS = 3;

    /** Keeps the JIT from discarding work whose result is never used. */
    private static volatile long sink;

    private NormalizerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        PhoneNormalizer normalizer = new PhoneNormalizer("ID");
        String[] sample = new SampleNumbers(20_240_601L).take(SAMPLE_SIZE);
        System.out.printf(Locale.ROOT, "Java %s, %d cores, %d numbers per round, %.1f%% of them valid%n",
                System.getProperty("java.version"), cores, SAMPLE_SIZE, 100.0 * validCount(normalizer, sample) / sample.length);

        List<Double> single = measure(() -> normalizeAll(normalizer, sample), sample.length);
        report("normaliser, 1 thread", single, 1);

        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            List<Callable<Long>> perCore = new ArrayList<>();
            for (int i = 0; i < cores; i++) {
                perCore.add(() -> normalizeAll(normalizer, sample));
            }
            List<Double> all = measure(() -> {
                long valid = 0;
                for (Future<Long> done : pool.invokeAll(perCore)) {
                    valid += done.get();
                }
                return valid;
            }, (long) sample.length * cores);
            report("normaliser, " + cores + " threads", all, cores);
        } finally {
            pool.shutdown();
        }

        byte[] lines = millionLines();
        String file = System.getProperty("bench.file");
        if (file != null) {
            Files.write(Path.of(file), lines);
            System.out.println("Wrote " + COMMAND_LINES + " lines to " + file);
        }
        runCommand(lines, "1");
        reportCommand("normalize command, 1 thread, 1M lines", lines, "1");
        reportCommand("normalize command, " + cores + " threads, 1M lines", lines, String.valueOf(cores));
    }

    private static long validCount(PhoneNormalizer normalizer, String[] sample) {
        return normalizeAll(normalizer, sample);
    }

    private static long normalizeAll(PhoneNormalizer normalizer, String[] sample) {
        long valid = 0;
        for (String entry : sample) {
            if (normalizer.normalize(entry) instanceof NormalizationResult.Normalized) {
                valid++;
            }
        }
        return valid;
    }

    /** Numbers per second of each measured round, after the warm-up rounds. */
    private static List<Double> measure(Callable<Long> round, long numbersPerRound) throws Exception {
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            sink += round.call();
        }
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
            long start = System.nanoTime();
            sink += round.call();
            rates.add(numbersPerRound / ((System.nanoTime() - start) / 1e9));
        }
        return rates;
    }

    private static void report(String what, List<Double> rates, int threads) {
        double[] sorted = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted[sorted.length / 2];
        System.out.printf(Locale.ROOT, "%-40s median %,10.0f/s  min %,10.0f/s  max %,10.0f/s  (%,.0f/s per thread)%n",
                what, median, sorted[0], sorted[sorted.length - 1], median / threads);
    }

    private static byte[] millionLines() {
        SampleNumbers numbers = new SampleNumbers(7L);
        StringBuilder text = new StringBuilder(COMMAND_LINES * 18);
        for (int i = 0; i < COMMAND_LINES; i++) {
            text.append(numbers.next()).append('\n');
        }
        return text.toString().getBytes(UTF_8);
    }

    private static void reportCommand(String what, byte[] lines, String threads) throws IOException {
        double[] seconds = new double[COMMAND_ROUNDS];
        for (int i = 0; i < COMMAND_ROUNDS; i++) {
            long start = System.nanoTime();
            runCommand(lines, threads);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        double median = seconds[COMMAND_ROUNDS / 2];
        System.out.printf(Locale.ROOT, "%-40s median %.2f s (%,.0f lines/s)  min %.2f s  max %.2f s%n",
                what, median, COMMAND_LINES / median, seconds[0], seconds[COMMAND_ROUNDS - 1]);
    }

    private static void runCommand(byte[] lines, String threads) {
        int exitCode = new CommandLine(new NormalizeCommand(new ByteArrayInputStream(lines), OutputStream.nullOutputStream()))
                .execute("--threads", threads);
        if (exitCode != 0) {
            throw new IllegalStateException("normalize exited with " + exitCode);
        }
    }
}
