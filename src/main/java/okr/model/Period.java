package okr.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A named span of days, both ends included. */
public record Period(String label, LocalDate start, LocalDate end) {

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** The quarter, half, year or month before a period written as one; null otherwise. */
  public static String previousLabel(String label) {
    java.util.regex.Matcher m;
    if ((m = java.util.regex.Pattern.compile("(\\d{4})-Q([1-4])").matcher(label)).matches()) {
      int y = Integer.parseInt(m.group(1));
      int q = Integer.parseInt(m.group(2));
      return q == 1 ? (y - 1) + "-Q4" : y + "-Q" + (q - 1);
    }
    if ((m = java.util.regex.Pattern.compile("(\\d{4})-H([12])").matcher(label)).matches()) {
      int y = Integer.parseInt(m.group(1));
      return m.group(2).equals("1") ? (y - 1) + "-H2" : y + "-H1";
    }
    if ((m = java.util.regex.Pattern.compile("(\\d{4})").matcher(label)).matches()) {
      return Integer.toString(Integer.parseInt(m.group(1)) - 1);
    }
    if ((m = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})").matcher(label)).matches()) {
      java.time.YearMonth month =
          java.time.YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
              .minusMonths(1);
      return month.toString();
    }
    return null;
  }
}
