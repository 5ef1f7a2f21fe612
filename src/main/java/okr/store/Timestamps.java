package okr.store;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The form every journal entry's {@code at:} is written in, {@code 2026-11-20T18:02:00+01:00} (or
 * {@code Z}), read by hand: DateTimeFormatter's parser was the largest single cost of reading a
 * large journal. Anything else, and anything invalid, is left to the formatter, which decides and
 * words the error as before.
 */
final class Timestamps {

  private static final int LENGTH_UTC = "2026-11-20T18:02:00Z".length();
  private static final int LENGTH_OFFSET = "2026-11-20T18:02:00+01:00".length();

  private Timestamps() {}

  /** The time {@code text} names if it is in the common form and valid, else null. */
  static OffsetDateTime common(String text) {
    int length = text.length();
    if (length != LENGTH_UTC && length != LENGTH_OFFSET
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    ZoneOffset offset = offset(text);
    if (offset == null) {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String text) {
    if (text.length() == LENGTH_UTC) {
      return text.charAt(19) == 'Z' ? ZoneOffset.UTC : null;
    }
    char sign = text.charAt(19);
    int hours = digits(text, 20, 2);
    int minutes = digits(text, 23, 2);
    if (sign != '+' && sign != '-' || text.charAt(22) != ':' || hours < 0 || minutes < 0) {
      return null;
    }
    try {
      return sign == '+'
          ? ZoneOffset.ofHoursMinutes(hours, minutes)
          : ZoneOffset.ofHoursMinutes(-hours, -minutes);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The number the {@code count} ASCII digits at {@code from} spell, or -1. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
