package okr.model;

import java.util.OptionalLong;

/**
 * A number of days written as {@code Nd} or {@code Nw} ({@code 10d}, {@code 2w}): the one grammar
 * of {@code okr digest --since} and of {@code checkin_every:} in okr.yaml. What a caller allows
 * (zero days, how many at most) and how it says no is its own.
 */
public final class DayCount {

  /** More digits than this is more days than any date has: the count is capped instead. */
  private static final int MAX_DIGITS = 15;

  /** What a count of more than {@link #MAX_DIGITS} digits is taken as: no date is that far. */
  public static final long BEYOND_ANY_DATE = Long.MAX_VALUE / 8;

  private DayCount() {}

  /**
   * The days {@code text} names ({@code 2w} is 14); empty when it is not {@code Nd} or {@code Nw}.
   */
  public static OptionalLong days(String text) {
    // ASCII digits, then d or w: read by hand, as okr.yaml's checkin_every is read by every view
    // and a first regex sets up the pattern compiler and its lambdas cold.
    int last = text.length() - 1;
    if (last < 1) {
      return OptionalLong.empty();
    }
    char unit = text.charAt(last);
    if (unit != 'd' && unit != 'w') {
      return OptionalLong.empty();
    }
    for (int i = 0; i < last; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return OptionalLong.empty();
      }
    }
    String digits = text.substring(0, last);
    long n = digits.length() > MAX_DIGITS ? BEYOND_ANY_DATE : Long.parseLong(digits);
    return OptionalLong.of(unit == 'w' ? Math.multiplyExact(n, 7) : n);
  }
}
