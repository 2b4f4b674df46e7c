package id.wacontacts.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import id.wacontacts.phone.NormalizationResult;
import id.wacontacts.phone.NormalizationResult.Normalized;
import id.wacontacts.phone.NormalizationResult.Rejected;
import id.wacontacts.phone.PhoneNormalizer;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code normalize}: checks numbers without a database, for scripts and for cleaning a list
 * before import. Fast enough for a pipe of millions of lines: lines are normalised in chunks
 * on every core and written back in input order.
 */
@Command(name = "normalize", mixinStandardHelpOptions = true,
        description = {
            "Reads one phone number per line (UTF-8) from standard input and writes, for each "
                    + "input line in the same order, STATUS<TAB>E164<TAB>DETAIL:",
            "  VALID<TAB>+6281234567890<TAB>MOBILE    DETAIL is the number type",
            "  INVALID<TAB><TAB>CONTAINS_LETTERS      DETAIL is the reason code",
            "Needs no database."
        })
public final class NormalizeCommand implements Callable<Integer> {

    /** Large enough that handing a chunk to another thread costs nothing next to normalising it. */
    private static final int CHUNK_LINES = 4096;

    private static final int BUFFER_CHARS = 1 << 16;

    private static final char BOM = '\uFEFF';

    @Spec
    CommandSpec spec;

    @Option(names = "--region", defaultValue = PhoneNormalizer.DEFAULT_REGION, paramLabel = "REGION",
            description = "Country of numbers written without a country code (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that normalise (default: one per processor, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    private final InputStream in;
    private final OutputStream out;

    public NormalizeCommand() {
        this(System.in, System.out);
    }

    /** The streams are read and written as UTF-8 whatever the platform's default charset is. */
    public NormalizeCommand(InputStream in, OutputStream out) {
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PhoneNormalizer normalizer = normalizer();
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        // Explicit UTF-8 both ways: under LANG=C the JVM's default would turn digits from a
        // phone's keyboard into '?'.
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8), BUFFER_CHARS);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, UTF_8), BUFFER_CHARS);
        ExecutorService workers = threads > 1 ? Executors.newFixedThreadPool(threads, NormalizeCommand::worker) : null;
        try {
            copyNormalized(reader, writer, normalizer, workers);
        } finally {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
        writer.flush();
        return 0;
    }

    private PhoneNormalizer normalizer() {
        try {
            return new PhoneNormalizer(region);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    "Unknown region '" + region + "': use a two-letter country code such as ID or MY", e);
        }
    }

    /**
     * When the input pauses (a person typing, a slow pipe) everything read so far is answered and
     * flushed at once; otherwise full chunks keep every worker busy while this thread reads ahead.
     */
    private void copyNormalized(BufferedReader reader, Writer writer, PhoneNormalizer normalizer,
            ExecutorService workers) throws IOException, InterruptedException {
        int maxPending = Math.max(2, threads * 2);
        Deque<Future<String>> pending = new ArrayDeque<>();
        List<String> chunk = new ArrayList<>(CHUNK_LINES);
        String line = reader.readLine();
        if (line != null && !line.isEmpty() && line.charAt(0) == BOM) {
            line = line.substring(1);
        }
        while (line != null) {
            chunk.add(line);
            boolean inputPaused = !reader.ready();
            if (chunk.size() == CHUNK_LINES || inputPaused) {
                pending.add(submit(chunk, normalizer, workers));
                chunk = new ArrayList<>(CHUNK_LINES);
                while (pending.size() > (inputPaused ? 0 : maxPending)) {
                    writer.write(result(pending.poll()));
                }
                if (inputPaused) {
                    writer.flush();
                }
            }
            line = reader.readLine();
        }
        if (!chunk.isEmpty()) {
            pending.add(submit(chunk, normalizer, workers));
        }
        while (!pending.isEmpty()) {
            writer.write(result(pending.poll()));
        }
    }

    private static Future<String> submit(List<String> chunk, PhoneNormalizer normalizer, ExecutorService workers) {
        if (workers == null) {
            return CompletableFuture.completedFuture(render(chunk, normalizer));
        }
        return workers.submit(() -> render(chunk, normalizer));
    }

    private static String render(List<String> lines, PhoneNormalizer normalizer) {
        StringBuilder text = new StringBuilder(lines.size() * 32);
        for (String line : lines) {
            NormalizationResult result = normalizer.normalize(line);
            if (result instanceof Normalized normalized) {
                text.append("VALID\t").append(normalized.e164()).append('\t').append(normalized.type().name());
            } else {
                text.append("INVALID\t\t").append(((Rejected) result).reason().name());
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String result(Future<String> chunk) throws IOException, InterruptedException {
        try {
            return chunk.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    private static Thread worker(Runnable task) {
        Thread thread = new Thread(task, "normalize-worker");
        // A failure on the reading thread must not leave the JVM waiting for idle workers.
        thread.setDaemon(true);
        return thread;
    }
}
