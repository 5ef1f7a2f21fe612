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

  /** A time as the log shows it: {@code 2026-11-20 18:02}, in the time's own offset. */
  static String show(OffsetDateTime time) {
    return time.toLocalDate()
        + " "
        + String.format(java.util.Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
  }
}
