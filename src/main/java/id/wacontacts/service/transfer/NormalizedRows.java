package id.wacontacts.service.transfer;

import id.wacontacts.phone.NormalizationResult;
import id.wacontacts.phone.PhoneNormalizer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A list file's rows with their numbers normalised on every core, handed out in file order, chunk
 * by chunk. At most a few chunks are in memory at once, whatever the file's size.
 */
final class NormalizedRows implements AutoCloseable {

    /** One row: its number cell, its category cell (null when none) and the normaliser's verdict. */
    record Row(long line, String number, String category, NormalizationResult result) {
    }

    static final int CHUNK_ROWS = 8192;
    /** A chunk also ends at this many characters, so that rows with long cells keep it small too. */
    static final int CHUNK_CHARS = 1 << 20;

    private final RecordSource source;
    private final String name;
    private final ImportOptions options;
    private final PhoneNormalizer normalizer;
    private final ExecutorService workers;
    private final int maxPending;
    private final Deque<Future<List<Row>>> pending = new ArrayDeque<>();
    private boolean exhausted;
    private boolean firstRecord = true;

    NormalizedRows(RecordSource source, String name, ImportOptions options, PhoneNormalizer normalizer, int threads) {
        this.source = source;
        this.name = name;
        this.options = options;
        this.normalizer = normalizer;
        int count = Math.max(1, threads);
        this.workers = Executors.newFixedThreadPool(count, task -> {
            Thread thread = new Thread(task, "import-normalize");
            thread.setDaemon(true);
            return thread;
        });
        this.maxPending = count * 2;
    }

    /** The next rows in file order, or null after the last. */
    List<Row> next() throws IOException, InterruptedException {
        while (!exhausted && pending.size() < maxPending) {
            List<SourceRecord> records = read();
            if (!records.isEmpty()) {
                pending.add(workers.submit(() -> normalize(records)));
            }
        }
        Future<List<Row>> chunk = pending.poll();
        if (chunk == null) {
            return null;
        }
        try {
            return chunk.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    long bytesRead() {
        return source.bytesRead();
    }

    private List<SourceRecord> read() throws IOException {
        List<SourceRecord> records = new ArrayList<>(CHUNK_ROWS);
        long chars = 0;
        while (records.size() < CHUNK_ROWS && chars < CHUNK_CHARS) {
            SourceRecord record;
            try {
                record = source.next();
            } catch (RuntimeException e) {
                // ez-vcard and FastCSV refuse some broken files with unchecked exceptions, as inspecting does.
                throw RecordSource.parserFailure(name, e);
            }
            if (record == null) {
                exhausted = true;
                break;
            }
            if (firstRecord) {
                firstRecord = false;
                if (options.skipFirstRow()) {
                    continue;
                }
            }
            records.add(record);
            for (String field : record.fields()) {
                chars += field.length();
            }
        }
        return records;
    }

    private List<Row> normalize(List<SourceRecord> records) {
        List<Row> rows = new ArrayList<>(records.size());
        for (SourceRecord record : records) {
            String number = record.field(options.numberColumn());
            String category = options.categoryColumn().isPresent()
                    ? record.field(options.categoryColumn().getAsInt()) : null;
            if (category != null) {
                // The Excel CSV export writes ="Pelanggan VIP", as spreadsheets do to keep text as typed.
                // A rejected-rows file or CSV export guards cells against Excel formulas with a leading '.
                category = FormulaGuard.restore(ExcelText.text(category.strip()).strip()).strip();
                if (category.isEmpty()) {
                    category = null;
                }
            }
            String cell = number == null ? "" : number;
            rows.add(new Row(record.line(), cell, category, normalizer.normalize(cell)));
        }
        return rows;
    }

    @Override
    public void close() throws IOException {
        workers.shutdownNow();
        source.close();
    }
}
