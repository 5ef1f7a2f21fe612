package okr.model;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of days written as {@code Nd} or {@code Nw} ({@code 10d}, {@code 2w}): the one grammar
 * of {@code okr digest --since} and of {@code checkin_every:} in okr.yaml. What a caller allows
 * (zero days, how many at most) and how it says no is its own.
 */
public final class DayCount {

  private static final Pattern FORM = Pattern.compile("([0-9]+)([dw])");

  /** More digits than this is more days than any date has: the count is capped instead. */
  private static final int MAX_DIGITS = 15;

  /** What a count of more than {@link #MAX_DIGITS} digits is taken as: no date is that far. */
  public static final long BEYOND_ANY_DATE = Long.MAX_VALUE / 8;

  private DayCount() {}

  /**
   * The days {@code text} names ({@code 2w} is 14); empty when it is not {@code Nd} or {@code Nw}.
   */
  public static OptionalLong days(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      return OptionalLong.empty();
    }
    String digits = m.group(1);
    long n = digits.length() > MAX_DIGITS ? BEYOND_ANY_DATE : Long.parseLong(digits);
    return OptionalLong.of(m.group(2).equals("w") ? Math.multiplyExact(n, 7) : n);
  }
}
