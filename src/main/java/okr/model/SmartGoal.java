package okr.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A SMART goal: Specific, Measurable, Achievable, Relevant, Time-bound. {@code alignsTo} lists what
 * it serves, empty when nothing.
 */
public record SmartGoal(
    Header header,
    Measure measure,
    String achievable,
    String relevant,
    LocalDate start,
    LocalDate due,
    String period,
    List<String> alignsTo,
    Spans spans) {

  public SmartGoal {
    alignsTo = alignsTo == null ? List.of() : List.copyOf(alignsTo);
  }

  public String id() {
    return header.id();
  }
}
