package okr.cli;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import okr.model.Times;

/** Reads --at: a full time with offset, a local date and time, or a day (at noon). */
final class TimeText {

  private TimeText() {}

  static OffsetDateTime parse(String text, ZoneId zone) {
    OffsetDateTime time =
        Times.parse(text, zone)
            .orElseThrow(
                () ->
                    new UsageException(
                        "--at "
                            + text
                            + ": not a time; write 2026-11-20, 2026-11-20T18:02 or"
                            + " 2026-11-20T18:02:00+01:00"));
    DayRange.check(time.toLocalDate(), "--at", text);
    return time;
  }

  /**
   * Reads --at and refuses a time after the end of tomorrow unless {@code future} says it is meant:
   * a check-in dated 2090 would be "the latest" for decades and hide every real one. A day of slack
   * covers offsets and a check-in written just before midnight elsewhere.
   */
  static OffsetDateTime parse(String text, ZoneId zone, OffsetDateTime now, boolean future) {
    OffsetDateTime when = parse(text, zone);
    if (!future && when.isAfter(latest(now, zone))) {
      throw new UsageException(
          "--at "
              + text
              + ": that is after tomorrow; a check-in records what has happened. Pass --future"
              + " if the date is right");
    }
    return when;
  }

  /** The latest time an entry may carry without --future: the end of tomorrow. */
  static OffsetDateTime latest(OffsetDateTime now, ZoneId zone) {
    return now.atZoneSameInstant(zone)
        .toLocalDate()
        .plusDays(2)
        .atStartOfDay(zone)
        .toOffsetDateTime()
        .minusNanos(1);
  }

  /** A time as the log shows it: {@code 2026-11-20 18:02}, in the time's own offset. */
  static String show(OffsetDateTime time) {
    return time.toLocalDate()
        + " "
        + String.format(java.util.Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
  }
}
