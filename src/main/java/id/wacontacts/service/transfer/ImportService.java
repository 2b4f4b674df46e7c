package id.wacontacts.service.transfer;

import id.wacontacts.service.Cancellation;
import id.wacontacts.phone.NormalizationResult.Normalized;
import id.wacontacts.phone.NormalizationResult.Rejected;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.ImportException;
import id.wacontacts.service.ImportException.Problem;
import id.wacontacts.service.transfer.CategoryTable.Target;
import id.wacontacts.service.transfer.NormalizedRows.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports CSV and vCard lists: inspects a file, previews what importing it would do, and imports
 * it in one transaction (see {@link BulkInsert}). Files are streamed: memory stays bounded
 * whatever their size.
 */
public final class ImportService {

    /** A preview lists at most this many rows of each status (all are counted). */
    public static final int PREVIEW_ROWS_PER_STATUS = 10_000;

    static final int INSPECTED_ROWS = 200;
    static final int SAMPLE_ROWS = 20;

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final DataSource dataSource;
    private final PhoneNormalizer normalizer;
    private final int threads;
    private final int storeRows;

    public ImportService(DataSource dataSource, PhoneNormalizer normalizer) {
        this(dataSource, normalizer, Runtime.getRuntime().availableProcessors());
    }

    public ImportService(DataSource dataSource, PhoneNormalizer normalizer, int threads) {
        this(dataSource, normalizer, threads, BulkInsert.STORE_ROWS);
    }

    /** With {@code storeRows} rows per INSERT (tests use small batches to cross several). */
    ImportService(DataSource dataSource, PhoneNormalizer normalizer, int threads, int storeRows) {
        this.dataSource = dataSource;
        this.normalizer = normalizer;
        this.threads = threads;
        this.storeRows = storeRows;
    }

    /**
     * Reads the start of a file: its format, columns, first rows and the guessed columns.
     *
     * @throws ImportException the file is not a list (NOT_TEXT, SPREADSHEET, DAMAGED_WORKBOOK, EMPTY_FILE,
     *     NOT_VCARD) or unreadable
     */
    public FileInspection inspect(Path file) {
        ImportPipeline pipeline = new ImportPipeline(file);
        SourceFormat format = pipeline.format();
        ImportPipeline.Start start = pipeline.start(INSPECTED_ROWS);
        List<String[]> records = start.records();
        List<String> sheets = start.sheets();
        String name = file.getFileName().toString();
        if (format.format() == FileFormat.VCARD) {
            if (records.isEmpty()) {
                throw new ImportException(Problem.NOT_VCARD, name, name + " holds no contact with a phone number.");
            }
            boolean categories = records.stream().anyMatch(r -> !r[VcardRecords.CATEGORY].isBlank());
            return new FileInspection(file, format, List.of(VcardRecords.COLUMNS), false, sample(records, 3),
                    VcardRecords.NUMBER, categories ? OptionalInt.of(VcardRecords.CATEGORY) : OptionalInt.empty());
        }
        if (records.isEmpty()) {
            // A workbook is read from its first visible sheet: say which one is empty, others may hold the list.
            String what = sheets.isEmpty() ? name : name + " › " + sheets.get(0);
            throw new ImportException(Problem.EMPTY_FILE, what, what + " is empty.");
        }
        int width = records.stream().mapToInt(r -> r.length).max().orElse(1);
        boolean header = ColumnGuess.firstRowIsHeader(records, normalizer);
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String title = header && i < records.get(0).length ? records.get(0)[i].strip() : "";
            columns.add(title.isEmpty() ? FileInspection.columnLabel(i) : title);
        }
        List<String[]> data = header ? records.subList(1, records.size()) : records;
        int numberColumn = ColumnGuess.numberColumn(columns, data, normalizer);
        return new FileInspection(file, format, columns, header, sample(data, width), numberColumn,
                ColumnGuess.categoryColumn(columns, header, numberColumn), sheets);
    }

    private static List<List<String>> sample(List<String[]> rows, int width) {
        List<List<String>> sample = new ArrayList<>();
        for (String[] row : rows.subList(0, Math.min(SAMPLE_ROWS, rows.size()))) {
            List<String> cells = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                cells.add(i < row.length ? row[i] : "");
            }
            sample.add(cells);
        }
        return sample;
    }

    /**
     * Classifies every row of the file without storing anything: valid, invalid (with the reason),
     * a duplicate of an earlier row, or stored already (with the category holding it).
     *
     * @throws CancellationException when cancelled
     */
    public ImportPreview preview(Path file, ImportOptions options, TransferProgress progress, Cancellation cancellation) {
        ImportPipeline pipeline = new ImportPipeline(file);
        Map<RowStatus, Integer> shownCounts = new EnumMap<>(RowStatus.class);
        long[] counts = new long[RowStatus.values().length];
        List<PreviewRow> shown = new ArrayList<>();
        LongSet seen = new LongSet();
        long rows;
        try (Connection connection = dataSource.getConnection();
             ImportPipeline.Rows source = pipeline.open(options, normalizer, threads)) {
            connection.setReadOnly(true);
            Map<String, Integer> ids = categoryIds(connection, false);
            CategoryTable categories = new CategoryTable(ids, options.createCategories(), null);
            if (options.category() != null) {
                categories.choose(options.category());
            }
            try (StoredNumbers stored = new StoredNumbers(connection, ids)) {
                rows = source.forEachChunk(progress, cancellation, chunk -> {
                    List<PreviewRow> classified = new ArrayList<>(chunk.size());
                    List<String> firsts = new ArrayList<>();
                    for (Row row : chunk) {
                        Target target = categories.target(row.category());
                        PreviewRow preview;
                        if (row.result() instanceof Rejected rejected) {
                            preview = new PreviewRow(row.line(), row.number(), target.name(), RowStatus.INVALID, null,
                                    RowRejection.of(rejected.reason()), null);
                        } else if (target.rejected()) {
                            preview = new PreviewRow(row.line(), row.number(), row.category(), RowStatus.INVALID,
                                    ((Normalized) row.result()).e164(), target.rejection(), null);
                        } else {
                            String e164 = ((Normalized) row.result()).e164();
                            boolean first = seen.add(LongSet.key(e164));
                            preview = new PreviewRow(row.line(), row.number(), target.name(),
                                    first ? RowStatus.VALID : RowStatus.DUPLICATE_IN_FILE, e164, null, null);
                            if (first) {
                                firsts.add(e164);
                            }
                        }
                        classified.add(preview);
                    }
                    Map<String, String> holders = stored.holders(firsts);
                    for (PreviewRow row : classified) {
                        if (row.status() == RowStatus.VALID && holders.containsKey(row.e164())) {
                            row = new PreviewRow(row.line(), row.number(), row.category(), RowStatus.ALREADY_STORED,
                                    row.e164(), null, holders.get(row.e164()));
                        }
                        counts[row.status().ordinal()]++;
                        if (shownCounts.merge(row.status(), 1, Integer::sum) <= PREVIEW_ROWS_PER_STATUS) {
                            shown.add(row);
                        }
                    }
                });
            }
            return new ImportPreview(rows, counts[RowStatus.VALID.ordinal()], counts[RowStatus.INVALID.ordinal()],
                    counts[RowStatus.DUPLICATE_IN_FILE.ordinal()], counts[RowStatus.ALREADY_STORED.ordinal()],
                    shown, PREVIEW_ROWS_PER_STATUS, categories.created());
        } catch (IOException e) {
            throw SourceFormat.unreadable(file, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Preview of " + file + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted");
        }
    }

    /**
     * Imports the file in one transaction: on failure or cancel nothing is stored.
     *
     * @param rejects where to save the refused rows (with their reasons), or null
     * @param locale  the language of the reasons in that file
     * @throws ImportException the file is no list, or the category is missing and may not be created
     * @throws CancellationException when cancelled; nothing was stored
     */
    public ImportSummary importFile(Path file, ImportOptions options, Path rejects, Locale locale,
                                    TransferProgress progress, Cancellation cancellation) {
        if (options.category() == null && options.categoryColumn().isEmpty()) {
            throw new ImportException(Problem.CATEGORY_REQUIRED, "",
                    "Choose the category to import into (or a column naming each row's category).");
        }
        ImportPipeline pipeline = new ImportPipeline(file);
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (BulkInsert insert = new BulkInsert(connection, cancellation, storeRows, progress);
                 RejectedRows rejected = rejects == null ? null : new RejectedRows(rejects, locale);
                 ImportPipeline.Rows source = pipeline.open(options, normalizer, threads)) {
                insert.begin();
                CategoryTable categories = new CategoryTable(categoryIds(connection, true),
                        options.createCategories(), insert::createCategory);
                if (options.category() != null) {
                    categories.choose(options.category());
                }
                long[] invalid = {0};
                TransferProgress reading = insert.progress();
                long rows = source.forEachChunk(reading, cancellation, chunk -> {
                    for (Row row : chunk) {
                        Target target = categories.target(row.category());
                        if (row.result() instanceof Normalized number && !target.rejected()) {
                            insert.add(number.original(), number.e164(), target.id(), number.type());
                        } else {
                            invalid[0]++;
                            if (rejected != null) {
                                RowRejection why = row.result() instanceof Rejected r
                                        ? RowRejection.of(r.reason()) : target.rejection();
                                rejected.add(row.line(), row.number(), row.category() != null ? row.category()
                                        : target.name(), why);
                            }
                        }
                    }
                    insert.flush();
                });
                long read = System.nanoTime();
                reading.update(TransferProgress.Stage.STORING, rows, -1);
                BulkInsert.Counts counts = insert.store();
                cancellation.check();
                connection.commit();
                long stored = System.nanoTime();
                Optional<Path> rejectsFile = Optional.empty();
                if (rejected != null) {
                    rejectsFile = Optional.of(rejected.keep());
                }
                ImportSummary summary = new ImportSummary(rows, counts.inserted(), invalid[0],
                        insert.copied() - counts.distinct(), counts.distinct() - counts.inserted(),
                        insert.created(), rejectsFile, Duration.ofNanos(read - start), Duration.ofNanos(stored - read),
                        pipeline.format().encodingName());
                log.info("Imported {} ({}): {} rows, {} stored, {} invalid, {} duplicates, {} already stored"
                                + " (read, normalise and store all but the last batch {} ms, last batch and commit {} ms)",
                        file.getFileName(), pipeline.format(), rows, summary.imported(), invalid[0], summary.duplicates(), summary.alreadyStored(),
                        summary.reading().toMillis(), summary.storing().toMillis());
                return summary;
            } catch (Throwable e) {
                rollback(connection);
                if (cancellation.isCancelled() && (e instanceof SQLException || e instanceof CancellationException)) {
                    throw new CancellationException("Import cancelled; nothing was stored");
                }
                throw e;
            }
        } catch (IOException e) {
            throw SourceFormat.unreadable(file, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Import of " + file + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted");
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            log.warn("Rollback failed (the pool discards the connection)", e);
        }
    }

    /** Every category's id by name; locked against deletion for an import's duration when {@code lock}. */
    private static Map<String, Integer> categoryIds(Connection connection, boolean lock) throws SQLException {
        Map<String, Integer> ids = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, name FROM categories" + (lock ? " FOR KEY SHARE" : ""))) {
            while (rs.next()) {
                ids.put(rs.getString(2), rs.getInt(1));
            }
        }
        return ids;
    }
}
