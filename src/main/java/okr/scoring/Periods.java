package okr.scoring;

import java.time.LocalDate;
import java.util.Optional;
import okr.model.Objective;
import okr.model.Period;
import okr.model.PeriodCalendar;

/** The dates an objective spans: its named period, or its dates. */
public final class Periods {

  /** A quarter's length, assumed when only one end of a date range is given. */
  static final int ASSUMED_DAYS = 91;

  private Periods() {}

  /** An objective's period: its named one, else its dates; empty when it has neither. */
  public static Optional<Period> of(Objective o, PeriodCalendar calendar) {
    if (o.period() != null) {
      return calendar.resolve(o.period());
    }
    return fromDates(o.start(), o.due());
  }

  static Optional<Period> fromDates(LocalDate start, LocalDate due) {
    if (start == null && due == null) {
      return Optional.empty();
    }
    LocalDate from = start != null ? start : due.minusDays(ASSUMED_DAYS - 1);
    LocalDate to = due != null ? due : start.plusDays(ASSUMED_DAYS - 1);
    return Optional.of(new Period(from + ".." + to, from, to));
  }
}
