package okr.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A named span of days, both ends included. Every count of days a view shows (the length, day n of
 * the period, the share of it gone) is computed here, so "day 54 of 92" and a pace of 59% agree.
 * Labels are turned into periods, and periods into their neighbours, by {@link PeriodCalendar}.
 */
public record Period(String label, LocalDate start, LocalDate end) {

  /** The days from {@code from} to {@code to}, labelled {@code from..to}: a range of dates. */
  public static Period between(LocalDate from, LocalDate to) {
    return new Period(from + ".." + to, from, to);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** Whether the two share at least one day. */
  public boolean overlaps(Period other) {
    return !other.end().isBefore(start) && !other.start().isAfter(end);
  }

  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** Whole days from the first day to {@code day}: 0 on the first day, negative before it. */
  public long daysSinceStart(LocalDate day) {
    return ChronoUnit.DAYS.between(start, day);
  }

  /** Day n of the period on {@code day}, counting the first as 1; 0 before, the length after. */
  public long dayNumber(LocalDate day) {
    return Math.max(0, Math.min(lengthInDays(), daysSinceStart(day) + 1));
  }

  /** The share of the period gone by the end of {@code day}, 0..1. */
  public double shareElapsed(LocalDate day) {
    return Math.max(0, Math.min(1, (double) (daysSinceStart(day) + 1) / lengthInDays()));
  }

  /**
   * Where {@code day} lies between the first day (0) and the last (1), clamped: its place on a time
   * axis drawn over the period.
   */
  public double position(LocalDate day) {
    double span = Math.max(1, lengthInDays() - 1);
    return Math.max(0, Math.min(1, daysSinceStart(day) / span));
  }

  /** {@code day}, or the last day of the period when {@code day} is after it. */
  public LocalDate atMostEnd(LocalDate day) {
    return day.isAfter(end) ? end : day;
  }
}
