package id.wacontacts.service.transfer;

import id.wacontacts.domain.LineKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an export wrote: how many numbers, into which files, and how many it skipped because they
 * are not mobiles (per kind of line: fixed line, other, no longer valid, not checked yet).
 */
public record ExportSummary(long written, List<Path> files, Map<LineKind, Long> skipped) {

    public ExportSummary {
        files = List.copyOf(files);
        skipped = Map.copyOf(skipped);
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
