package okr.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Points in time as people type them: with an offset, as local time, or as a day (noon). */
public final class Times {

  private Times() {}

  public static Optional<OffsetDateTime> parse(String text, ZoneId zone) {
    try {
      return Optional.of(OffsetDateTime.parse(text));
    } catch (DateTimeParseException e) {
      // try the shorter forms
    }
    try {
      return Optional.of(LocalDateTime.parse(text).atZone(zone).toOffsetDateTime());
    } catch (DateTimeParseException e) {
      // try a day
    }
    try {
      return Optional.of(
          LocalDate.parse(text).atTime(LocalTime.NOON).atZone(zone).toOffsetDateTime());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
