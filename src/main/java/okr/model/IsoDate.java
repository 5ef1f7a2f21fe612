package okr.model;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date as it is nearly always written, {@code 2026-11-23}, read by hand. A view reads one on
 * every run ({@code --today}, a key result's {@code due:}), and the first {@code LocalDate.parse}
 * of a command sets up java.time's formatters (some forty classes, their patterns and a method
 * handle spun at run time, none of it kept by a class-data archive) in the interpreter. Anything
 * else is left to the caller's formatter, which reads it or says why not as before.
 */
public final class IsoDate {

  private IsoDate() {}

  /**
   * The day {@code text} names when it is four digits, a dash, two, a dash and two, and a real day
   * of the ISO calendar: what {@code uuuu-MM-dd} and {@code ISO_LOCAL_DATE} read strictly give for
   * it (IsoDateTest compares them). Null for anything else, including 2026-02-30.
   */
  public static LocalDate plain(String text) {
    if (text == null || text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The ASCII digits from {@code start} to {@code end} as a number; -1 if one is not a digit. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
