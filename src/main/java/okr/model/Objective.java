package okr.model;

import java.time.LocalDate;
import java.util.List;

/** A qualitative objective with its key results, for a period. */
public record Objective(
    Header header,
    String period,
    LocalDate start,
    LocalDate due,
    ObjectiveType type,
    Level level,
    String alignsTo,
    String carriedFrom,
    List<KeyResult> keyResults,
    List<Initiative> initiatives,
    Spans spans) {

  public Objective {
    keyResults = List.copyOf(keyResults);
    initiatives = List.copyOf(initiatives);
  }

  public String id() {
    return header.id();
  }
}
