package okr.scoring;

import java.time.LocalDate;
import java.util.Optional;
import okr.model.Period;

/** Periods given as dates rather than names. */
final class Periods {

  /** A quarter's length, assumed when only one end of a date range is given. */
  static final int ASSUMED_DAYS = 91;

  private Periods() {}

  static Optional<Period> fromDates(LocalDate start, LocalDate due) {
    if (start == null && due == null) {
      return Optional.empty();
    }
    LocalDate from = start != null ? start : due.minusDays(ASSUMED_DAYS - 1);
    LocalDate to = due != null ? due : start.plusDays(ASSUMED_DAYS - 1);
    return Optional.of(new Period(from + ".." + to, from, to));
  }
}
