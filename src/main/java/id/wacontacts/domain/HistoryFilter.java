package id.wacontacts.domain;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Which history events to read; every present part must match.
 *
 * @param number the number (E.164), before or after the change
 * @param since at or after this UTC time
 * @param desktop the desktop's name contains this text, ignoring case
 * @param action this kind of change
 */
public record HistoryFilter(Optional<String> number, Optional<LocalDateTime> since, Optional<String> desktop,
        Optional<ChangeEvent.Action> action) {

    public static final HistoryFilter ALL = new HistoryFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());
}
