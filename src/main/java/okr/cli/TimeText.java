package okr.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reads --at: a full time with offset, a local date and time, or a date (at noon). */
final class TimeText {

  private TimeText() {}

  static OffsetDateTime parse(String text, ZoneId zone) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      // try the shorter forms
    }
    try {
      return LocalDateTime.parse(text).atZone(zone).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      // try a date
    }
    try {
      return LocalDate.parse(text).atTime(LocalTime.NOON).atZone(zone).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      throw new UsageException(
          "--at "
              + text
              + ": not a time; write 2026-11-20, 2026-11-20T18:02 or 2026-11-20T18:02:00+01:00");
    }
  }
}
