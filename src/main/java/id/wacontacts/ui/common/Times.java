package id.wacontacts.ui.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Shows the database's UTC wall-clock times in the desktop's zone, compactly and the user's way:
 * {@code 24 Nov 2026 17:05} in English, {@code 24 Nov 2026 17.05} in Bahasa Indonesia (whose clock
 * times use a dot). Always a 24-hour clock and a short month name. In a table, {@link #format(LocalDateTime)}
 * is shorter still: {@code 24 Nov 17:05} this year, {@code 24 Nov 2025} before.
 */
public final class Times {

    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter thisYear;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final ZoneId zone;
    private final DateTimeFormatter spokenThisYear;
    private final DateTimeFormatter spokenDate;

    public Times(Locale locale, ZoneId zone) {
        String clock = locale.getLanguage().equals("id") || locale.getLanguage().equals("in") ? "HH.mm" : "HH:mm";
        this.dateTime = DateTimeFormatter.ofPattern("d MMM yyyy " + clock, locale);
        this.thisYear = DateTimeFormatter.ofPattern("d MMM " + clock, locale);
        this.date = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        this.time = DateTimeFormatter.ofPattern(clock, locale);
        this.zone = zone;
        this.spokenThisYear = DateTimeFormatter.ofPattern("d MMMM", locale);
        this.spokenDate = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    }

    /** A time the database stored (UTC wall-clock), in the desktop's zone, for a table column. */
    public String format(LocalDateTime utc) {
        if (utc == null) {
            return "";
        }
        ZonedDateTime local = utc.atZone(ZoneOffset.UTC).withZoneSameInstant(zone);
        return local.getYear() == Year.now(zone).getValue() ? local.format(thisYear) : local.format(date);
    }

    /** The day of a time the database stored, as said aloud: "5 December", with the year when not this one. */
    public String spokenDay(LocalDateTime utc) {
        if (utc == null) {
            return "";
        }
        ZonedDateTime local = utc.atZone(ZoneOffset.UTC).withZoneSameInstant(zone);
        return local.format(local.getYear() == Year.now(zone).getValue() ? spokenThisYear : spokenDate);
    }

    /** A time the database stored (UTC wall-clock), in the desktop's zone, with year and clock time. */
    public String full(LocalDateTime utc) {
        return utc == null ? "" : utc.atZone(ZoneOffset.UTC).withZoneSameInstant(zone).format(dateTime);
    }

    /** An instant, in the desktop's zone, with year and clock time. */
    public String format(Instant instant) {
        return instant == null ? "" : instant.atZone(zone).format(dateTime);
    }

    /** The day of an instant relative to {@code clock}'s today: 0 today, 1 yesterday, and so on. */
    public long daysAgo(Instant instant, Clock clock) {
        LocalDate day = instant.atZone(zone).toLocalDate();
        return java.time.temporal.ChronoUnit.DAYS.between(day, LocalDate.now(clock.withZone(zone)));
    }

    /** Only the clock time of an instant, in the desktop's zone. */
    public String clockTime(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        return local.format(time);
    }

    public ZoneId zone() {
        return zone;
    }
}
