package okr.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one period arithmetic: turns period names into dates ({@code 2026}, {@code 2026-H1}, {@code
 * 2026-Q3}, {@code 2026-11}, {@code 2026-W47}, or a name from okr.yaml), finds the period of a kind
 * that holds a day, and steps from a period to the one before or after it. With {@code
 * fiscal_year_start: 4}, the fiscal year 2026 runs from April 2026 to March 2027 and its quarters
 * and halves move with it; months and ISO weeks stay calendar ones.
 *
 * <p>Each kind is defined twice, as a label's dates and as the label of the period holding a day,
 * and the two are kept inverse to each other: the neighbours of a period are the periods of its
 * kind holding the day before its start and the day after its end.
 */
public final class PeriodCalendar {

  /**
   * The years okr puts dates on: periods are written with four-digit years, so a day outside them
   * has no period (and the journal would hold a time other tools misread).
   */
  public static final int FIRST_YEAR = 1000;

  public static final int LAST_YEAR = 9999;

  /** A quarter's length, assumed when an objective gives only one end of its dates. */
  public static final int ASSUMED_DAYS = 91;

  /** The periods a label names by itself, without okr.yaml. */
  /**
   * The built-in labels, read by hand rather than by regex: a view reads every goal's period, and
   * compiling a pattern links lambdas and spins a class at run time (bench/README.md, issue #18).
   * PeriodLabelsTest compares each with the regex it replaced: YEAR {@code (\d{4})}, HALF {@code
   * (\d{4})-H([12])}, QUARTER {@code (\d{4})-Q([1-4])}, MONTH {@code (\d{4})-(\d{2})}, WEEK {@code
   * (\d{4})-W(\d{2})}; {@code \d} is ASCII there.
   */
  enum Kind {
    YEAR(4, '\0', '\0', 1),
    HALF(7, 'H', '2', 2),
    QUARTER(7, 'Q', '4', 4),
    MONTH(7, '\0', '\0', 12),
    WEEK(8, 'W', '\0', 53);

    private final int length;
    private final char letter;
    private final char lastIndex;
    final int perYear;

    /**
     * @param letter the letter after the dash, or NUL for none
     * @param lastIndex the highest one-digit index after the letter, or NUL for two digits
     */
    Kind(int length, char letter, char lastIndex, int perYear) {
      this.length = length;
      this.letter = letter;
      this.lastIndex = lastIndex;
      this.perYear = perYear;
    }

    /** The label's year times 100 plus its index (1 for a year), or -1 when it is not this kind. */
    int read(String label) {
      if (label.length() != length || !digits(label, 0, 4)) {
        return -1;
      }
      int year = Integer.parseInt(label, 0, 4, 10);
      if (this == YEAR) {
        return year * 100 + 1;
      }
      int at = 5;
      if (label.charAt(4) != '-' || (letter != '\0' && label.charAt(at++) != letter)) {
        return -1;
      }
      if (lastIndex != '\0') {
        char c = label.charAt(at);
        return c >= '1' && c <= lastIndex ? year * 100 + (c - '0') : -1;
      }
      return digits(label, at, 2) ? year * 100 + Integer.parseInt(label, at, at + 2, 10) : -1;
    }

    private static boolean digits(String s, int from, int count) {
      for (int i = from; i < from + count; i++) {
        if (s.charAt(i) < '0' || s.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }
  }

  /** Enough for every label a workspace writes; a file of made-up labels must not grow it. */
  private static final int REMEMBERED_LABELS = 4096;

  private final int fiscalYearStart;
  private final Map<String, NamedPeriod> named;

  /**
   * What each label resolved to: a check asks for the period of every objective in several rules,
   * and parsing {@code 2026-Q4} again each time was a tenth of the rules' work on 10,000 files.
   * Periods are values, so a remembered one is the same answer.
   */
  private final ConcurrentHashMap<String, Optional<Period>> resolved = new ConcurrentHashMap<>();

  public PeriodCalendar(int fiscalYearStart, Map<String, NamedPeriod> named) {
    this.fiscalYearStart = fiscalYearStart;
    this.named = Map.copyOf(named);
  }

  /**
   * The calendar of these settings: the one made last when it was made from the same, so that its
   * remembered periods serve every rule of a check, each of which asks the settings for it anew.
   */
  public static PeriodCalendar of(int fiscalYearStart, Map<String, NamedPeriod> named) {
    PeriodCalendar known = last;
    if (known != null && known.fiscalYearStart == fiscalYearStart && known.named.equals(named)) {
      return known;
    }
    PeriodCalendar made = new PeriodCalendar(fiscalYearStart, named);
    last = made;
    return made;
  }

  /** The calendar {@link #of} made last; a workspace's settings make one and the same. */
  private static volatile PeriodCalendar last;

  public static PeriodCalendar standard() {
    return new PeriodCalendar(1, Map.of());
  }

  /** Whether okr can give {@code day} a period: its year has four digits, from 1000. */
  public static boolean isDatable(LocalDate day) {
    return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
  }

  /** The period a name stands for, or empty when it is not a period this calendar knows. */
  public Optional<Period> resolve(String name) {
    Optional<Period> known = resolved.get(name);
    if (known != null) {
      return known;
    }
    Optional<Period> period = resolveAnew(name);
    if (resolved.size() < REMEMBERED_LABELS) {
      resolved.putIfAbsent(name, period);
    }
    return period;
  }

  private Optional<Period> resolveAnew(String name) {
    NamedPeriod custom = named.get(name);
    if (custom != null) {
      return Optional.of(new Period(name, custom.start(), custom.end()));
    }
    // 2026-q3 is 2026-Q3: the letter's case carries no meaning, and the label is written one way
    return parseBuiltIn(name.toUpperCase(Locale.ROOT));
  }

  /**
   * The one way a period is labelled: {@code 2026-q3} is {@code 2026-Q3}, so that labels read from
   * files compare equal to the ones okr writes. A name this calendar does not know stays as
   * written.
   */
  public String canonical(String written) {
    return resolve(written).map(Period::label).orElse(written);
  }

  /** Whether {@code written} (as in a goal file, any case) names period {@code p}. */
  public boolean names(String written, Period p) {
    return written != null
        && resolve(written).map(Period::label).filter(p.label()::equals).isPresent();
  }

  /**
   * The days an objective covers: its period, else its start and due dates. With only one of the
   * two dates, a quarter ({@value #ASSUMED_DAYS} days) is assumed for the other. Empty when it has
   * neither, or names a period this calendar does not know.
   */
  public Optional<Period> periodOf(Objective o) {
    return periodOf(o.period(), o.start(), o.due());
  }

  /**
   * A SMART goal's first day: its {@code start:}, else the first day of its period; null with
   * neither (or a period okr cannot date). The one fallback scoring and the SMART check share.
   */
  public LocalDate startOf(SmartGoal g) {
    return g.start() != null ? g.start() : goalPeriod(g).map(Period::start).orElse(null);
  }

  /**
   * A SMART goal's due day: its {@code due:}, else the last day of its period; null with neither.
   */
  public LocalDate dueOf(SmartGoal g) {
    return g.due() != null ? g.due() : goalPeriod(g).map(Period::end).orElse(null);
  }

  private Optional<Period> goalPeriod(SmartGoal g) {
    return g.period() != null ? resolve(g.period()) : Optional.empty();
  }

  /** {@link #periodOf(Objective)} from the three keys that say when an objective is for. */
  public Optional<Period> periodOf(String period, LocalDate start, LocalDate due) {
    if (period != null) {
      return resolve(period);
    }
    if (start == null && due == null) {
      return Optional.empty();
    }
    LocalDate from = start != null ? start : due.minusDays(ASSUMED_DAYS - 1);
    LocalDate to = due != null ? due : start.plusDays(ASSUMED_DAYS - 1);
    return Optional.of(Period.between(from, to));
  }

  /** The quarter (fiscal, if configured) that contains {@code day}. */
  public Period quarterOf(LocalDate day) {
    return holding(Kind.QUARTER, day);
  }

  /** The calendar month that contains {@code day}. */
  public Period monthOf(LocalDate day) {
    return holding(Kind.MONTH, day);
  }

  /** The ISO week (Monday to Sunday) that contains {@code day}. */
  public Period weekOf(LocalDate day) {
    return holding(Kind.WEEK, day);
  }

  /**
   * The period of the same kind just before {@code p} (2026-Q1 → 2025-Q4, 2026-W01 → 2025-W53);
   * empty for a range of dates, a name from okr.yaml, or before year 1000.
   */
  public Optional<Period> previous(Period p) {
    return kindOf(p).flatMap(k -> neighbour(k, p.start().minusDays(1)));
  }

  /** The period of the same kind just after {@code p}; empty as for {@link #previous}. */
  public Optional<Period> next(Period p) {
    return kindOf(p).flatMap(k -> neighbour(k, p.end().plusDays(1)));
  }

  private Optional<Period> neighbour(Kind kind, LocalDate day) {
    return Optional.of(holding(kind, day)).filter(n -> isDatable(n.start()) || isDatable(n.end()));
  }

  /** The built-in kind a period is, when its label is a built-in one with that label's dates. */
  private Optional<Kind> kindOf(Period p) {
    if (named.containsKey(p.label())) {
      return Optional.empty();
    }
    for (Kind kind : Kind.values()) {
      if (kind.read(p.label()) >= 0) {
        return parseBuiltIn(p.label()).filter(p::equals).map(same -> kind);
      }
    }
    return Optional.empty();
  }

  /** The period of a kind holding a day: the inverse of {@link #parseBuiltIn}. */
  private Period holding(Kind kind, LocalDate day) {
    return switch (kind) {
      case YEAR, HALF, QUARTER -> {
        int monthsIntoYear = Math.floorMod(day.getMonthValue() - fiscalYearStart, 12);
        int fiscalYear = day.withDayOfMonth(1).minusMonths(monthsIntoYear).getYear();
        int index = monthsIntoYear / (12 / kind.perYear) + 1;
        yield fiscal(kind, fiscalYear, index);
      }
      case MONTH -> month(day.getYear(), day.getMonthValue());
      case WEEK ->
          week(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    };
  }

  private Optional<Period> parseBuiltIn(String label) {
    for (Kind kind : Kind.values()) {
      int read = kind.read(label);
      if (read >= 0) {
        int year = read / 100;
        if (year < FIRST_YEAR) {
          // 0999-Q1: four digits, but not a year okr writes (docs/format.md: 1000 to 9999)
          return Optional.empty();
        }
        int index = read % 100;
        try {
          return Optional.of(
              switch (kind) {
                case YEAR, HALF, QUARTER -> fiscal(kind, year, index);
                case MONTH -> month(year, index);
                case WEEK -> week(year, index);
              });
        } catch (DateTimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** Year, half or quarter {@code index} (from 1) of fiscal year {@code year}. */
  private Period fiscal(Kind kind, int year, int index) {
    int months = 12 / kind.perYear;
    LocalDate start = fiscalYearStartOf(year).plusMonths((long) (index - 1) * months);
    String label =
        switch (kind) {
          case HALF -> year4(year) + "-H" + index;
          case QUARTER -> year4(year) + "-Q" + index;
          default -> year4(year);
        };
    return new Period(label, start, start.plusMonths(months).minusDays(1));
  }

  private static Period month(int year, int month) {
    LocalDate start = LocalDate.of(year, month, 1);
    return new Period(
        year4(year) + "-" + twoDigits(month),
        start,
        start.with(TemporalAdjusters.lastDayOfMonth()));
  }

  /** ISO week {@code week} of week-based year {@code year}; 2026 has 53 of them, 2027 has 52. */
  private static Period week(int year, int week) {
    LocalDate mid = LocalDate.of(year, 6, 1);
    if (week < 1 || week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
      throw new DateTimeException("no week " + week + " in " + year);
    }
    LocalDate monday =
        mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(ChronoField.DAY_OF_WEEK, 1);
    return new Period(year4(year) + "-W" + twoDigits(week), monday, monday.plusDays(6));
  }

  private static String year4(int year) {
    return zeroPadded(year, 4);
  }

  private static String twoDigits(int n) {
    return zeroPadded(n, 2);
  }

  /**
   * {@code String.format(Locale.ROOT, "%0<width>d", n)}: labels are made for every objective in
   * every rule, and the formatter (a parse of the pattern, locale symbols) was 2% of a 10,000-file
   * check. A negative number, which no label has, still goes through the formatter.
   */
  static String zeroPadded(int n, int width) {
    if (n < 0) {
      return String.format(Locale.ROOT, "%0" + width + "d", n);
    }
    String digits = Integer.toString(n);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  /**
   * Fiscal year N starts in month {@code fiscalYearStart} of calendar year N. This is the
   * convention of most companies whose year starts in April ("FY2026 = Apr 2026 - Mar 2027").
   */
  private LocalDate fiscalYearStartOf(int year) {
    return LocalDate.of(year, fiscalYearStart, 1);
  }
}
