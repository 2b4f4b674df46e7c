package id.wacontacts.service.transfer;

import id.wacontacts.service.ImportException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads every record of a list file as an import does, in a JVM of its own (see {@link ReaderBoundsTest}):
 * prints {@code READ n}, the import problem, or {@code OUT_OF_MEMORY}.
 */
public final class ReadAllRecords {

    private ReadAllRecords() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        try (RecordSource source = RecordSource.open(file, SourceFormat.detect(file))) {
            long records = 0;
            while (source.next() != null) {
                records++;
            }
            System.out.println("READ " + records);
        } catch (ImportException e) {
            System.out.println(e.problem() + " " + e.getMessage());
        } catch (OutOfMemoryError e) {
            System.out.println("OUT_OF_MEMORY");
            System.exit(3);
        }
    }
}
