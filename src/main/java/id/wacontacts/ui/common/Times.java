package id.wacontacts.ui.common;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Shows the database's UTC wall-clock times in the desktop's zone, the user's way. */
public final class Times {

    private final DateTimeFormatter format;
    private final ZoneId zone;

    public Times(Locale locale, ZoneId zone) {
        this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.SHORT).withLocale(locale);
        this.zone = zone;
    }

    public String format(LocalDateTime utc) {
        return utc == null ? "" : utc.atZone(ZoneOffset.UTC).withZoneSameInstant(zone).format(format);
    }
}
