package id.wacontacts.service.transfer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What an import did.
 *
 * @param rows              data rows read (header excluded)
 * @param imported          numbers stored
 * @param invalid           rows refused (number or category), written to the rejected-rows file
 * @param duplicates        valid rows repeating an earlier row's number
 * @param alreadyStored     distinct valid numbers that were stored before
 * @param createdCategories categories the import created
 * @param rejectsFile       where the refused rows were saved, when asked
 * @param reading           reading and normalising the file, and meanwhile storing all but its last batch
 * @param storing           storing the last batch (the rows read since the last INSERT), and the commit
 * @param encoding          the text encoding the file was read in ("UTF-8", "Windows-1252", …); empty for a workbook
 */
public record ImportSummary(long rows, long imported, long invalid, long duplicates, long alreadyStored,
                            List<String> createdCategories, Optional<Path> rejectsFile,
                            Duration reading, Duration storing, String encoding) {

    public ImportSummary {
        createdCategories = List.copyOf(createdCategories);
    }

    public Duration total() {
        return reading.plus(storing);
    }
}
