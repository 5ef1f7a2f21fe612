package okr.model;

import java.time.LocalDate;

/** A SMART goal: Specific, Measurable, Achievable, Relevant, Time-bound. */
public record SmartGoal(
    Header header,
    Measure measure,
    String achievable,
    String relevant,
    LocalDate start,
    LocalDate due,
    String period,
    String alignsTo,
    Spans spans) {

  public String id() {
    return header.id();
  }
}
