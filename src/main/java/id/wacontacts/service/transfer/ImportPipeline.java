package id.wacontacts.service.transfer;

import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.ImportException;
import id.wacontacts.service.transfer.NormalizedRows.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way a list file is read, for {@link ImportService}'s inspect, preview and import alike:
 * its format judged once (what is no list is refused before anything else opens), its records read
 * with the {@linkplain ReaderLimits bounds} every reader keeps, and, for preview and import, the
 * numbers normalised on every core and handed out chunk by chunk, with a cancel check and progress
 * after each.
 */
final class ImportPipeline {

    /** What preview or import does with one chunk of rows, in file order. */
    @FunctionalInterface
    interface ChunkSink {
        void accept(List<Row> chunk) throws SQLException;
    }

    /** The first records of a file and, for a workbook, its visible sheets (the one read first). */
    record Start(List<String[]> records, List<String> sheets) {
    }

    private final Path file;
    private final SourceFormat format;

    /**
     * @throws ImportException the file is no list (NOT_TEXT, SPREADSHEET, EMPTY_FILE, …) or unreadable
     */
    ImportPipeline(Path file) {
        this.file = file;
        this.format = SourceFormat.detect(file);
    }

    SourceFormat format() {
        return format;
    }

    /** Up to {@code limit} records from the start of the file, as written (nothing normalised). */
    Start start(int limit) {
        List<String[]> records = new ArrayList<>();
        try (RecordSource source = RecordSource.open(file, format)) {
            for (SourceRecord record = source.next(); record != null && records.size() < limit; record = source.next()) {
                records.add(record.fields());
            }
            return new Start(records, source.sheets());
        } catch (IOException e) {
            throw SourceFormat.unreadable(file, e);
        } catch (RuntimeException e) {
            throw RecordSource.parserFailure(file.getFileName().toString(), e);
        }
    }

    /** Opens the file's rows, their number and category cells chosen by {@code options}. */
    Rows open(ImportOptions options, PhoneNormalizer normalizer, int threads) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw SourceFormat.unreadable(file, e);
        }
        return new Rows(new NormalizedRows(RecordSource.open(file, format), file.getFileName().toString(), options,
                normalizer, threads), size);
    }

    /** The normalised rows of an open file. */
    static final class Rows implements AutoCloseable {

        private final NormalizedRows source;
        private final long size;

        private Rows(NormalizedRows source, long size) {
            this.source = source;
            this.size = size;
        }

        /**
         * Hands every chunk to {@code sink}, checking for a cancel before each and telling
         * {@code progress} the rows read and the share of the file after each.
         *
         * @return the rows read
         */
        long forEachChunk(TransferProgress progress, Cancellation cancellation, ChunkSink sink)
                throws IOException, SQLException, InterruptedException {
            long rows = 0;
            for (List<Row> chunk = source.next(); chunk != null; chunk = source.next()) {
                cancellation.check();
                sink.accept(chunk);
                rows += chunk.size();
                progress.update(TransferProgress.Stage.READING, rows, fraction(source.bytesRead(), size));
            }
            return rows;
        }

        @Override
        public void close() throws IOException {
            source.close();
        }

        private static double fraction(long done, long total) {
            return total <= 0 || done < 0 ? -1 : Math.min(1.0, (double) done / total);
        }
    }
}
