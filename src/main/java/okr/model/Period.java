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
}
