package okr.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns period names into dates: {@code 2026}, {@code 2026-H1}, {@code 2026-Q3}, {@code 2026-11},
 * {@code 2026-W47}, or a name from okr.yaml. With {@code fiscal_year_start: 4}, the fiscal year
 * 2026 runs from April 2026 to March 2027 and its quarters and halves move with it; months and ISO
 * weeks stay calendar ones.
 */
public final class PeriodCalendar {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  private final int fiscalYearStart;
  private final Map<String, NamedPeriod> named;

  public PeriodCalendar(int fiscalYearStart, Map<String, NamedPeriod> named) {
    this.fiscalYearStart = fiscalYearStart;
    this.named = Map.copyOf(named);
  }

  public static PeriodCalendar standard() {
    return new PeriodCalendar(1, Map.of());
  }

  /** The period a name stands for, or empty when it is not a period this calendar knows. */
  public Optional<Period> resolve(String name) {
    NamedPeriod custom = named.get(name);
    if (custom != null) {
      return Optional.of(new Period(name, custom.start(), custom.end()));
    }
    try {
      // 2026-q3 is 2026-Q3: the letter's case carries no meaning, and the label is written one way
      return Optional.ofNullable(parseBuiltIn(name.toUpperCase(java.util.Locale.ROOT)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The quarter (fiscal, if configured) that contains {@code day}. */
  public Period quarterOf(LocalDate day) {
    int monthsIntoYear = Math.floorMod(day.getMonthValue() - fiscalYearStart, 12);
    LocalDate fiscalStart = day.withDayOfMonth(1).minusMonths(monthsIntoYear);
    int fiscalYear = fiscalYearStart == 1 ? fiscalStart.getYear() : fiscalStart.getYear();
    int quarter = monthsIntoYear / 3 + 1;
    return parseBuiltIn(fiscalYear + "-Q" + quarter);
  }

  private Period parseBuiltIn(String name) {
    Matcher m;
    if ((m = YEAR.matcher(name)).matches()) {
      LocalDate start = fiscalYearStartOf(Integer.parseInt(m.group(1)));
      return new Period(name, start, start.plusYears(1).minusDays(1));
    }
    if ((m = HALF.matcher(name)).matches()) {
      return months(name, Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 6, 6);
    }
    if ((m = QUARTER.matcher(name)).matches()) {
      return months(name, Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3, 3);
    }
    if ((m = MONTH.matcher(name)).matches()) {
      LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
      return new Period(name, start, start.with(TemporalAdjusters.lastDayOfMonth()));
    }
    if ((m = WEEK.matcher(name)).matches()) {
      int year = Integer.parseInt(m.group(1));
      int week = Integer.parseInt(m.group(2));
      LocalDate mid = LocalDate.of(year, 6, 1);
      if (week < 1 || week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
        return null;
      }
      LocalDate monday =
          mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
              .with(java.time.temporal.ChronoField.DAY_OF_WEEK, 1);
      return new Period(name, monday, monday.plusDays(6));
    }
    return null;
  }

  private Period months(String name, int fiscalYear, int offsetMonths, int lengthMonths) {
    LocalDate start = fiscalYearStartOf(fiscalYear).plusMonths(offsetMonths);
    return new Period(name, start, start.plusMonths(lengthMonths).minusDays(1));
  }

  /**
   * Fiscal year N starts in month {@code fiscalYearStart} of calendar year N. This is the
   * convention of most companies whose year starts in April ("FY2026 = Apr 2026 - Mar 2027").
   */
  private LocalDate fiscalYearStartOf(int year) {
    return LocalDate.of(year, fiscalYearStart, 1);
  }
}
