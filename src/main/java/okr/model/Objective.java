package okr.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A qualitative objective with its key results, for a period. With {@code rollup}, the objectives
 * aligned to it count as key results of weight 1 in its score. {@code alignsTo} lists its parents
 * (objective ids or {@code objective/kr} refs), empty when it aligns to nothing: an objective may
 * serve several, vertically and across teams. {@code collaborators} are the people who work on it
 * beside its owner: it is theirs too for {@code --mine} and {@code --owner}.
 */
public record Objective(
    Header header,
    String period,
    LocalDate start,
    LocalDate due,
    ObjectiveType type,
    Level level,
    List<String> alignsTo,
    String carriedFrom,
    List<KeyResult> keyResults,
    List<Initiative> initiatives,
    boolean rollup,
    List<String> collaborators,
    Spans spans) {

  public Objective {
    alignsTo = alignsTo == null ? List.of() : List.copyOf(alignsTo);
    keyResults = List.copyOf(keyResults);
    initiatives = List.copyOf(initiatives);
    collaborators = collaborators == null ? List.of() : List.copyOf(collaborators);
  }

  /** An objective without collaborators, as okr writes new ones. */
  public Objective(
      Header header,
      String period,
      LocalDate start,
      LocalDate due,
      ObjectiveType type,
      Level level,
      List<String> alignsTo,
      String carriedFrom,
      List<KeyResult> keyResults,
      List<Initiative> initiatives,
      boolean rollup,
      Spans spans) {
    this(
        header,
        period,
        start,
        due,
        type,
        level,
        alignsTo,
        carriedFrom,
        keyResults,
        initiatives,
        rollup,
        List.of(),
        spans);
  }

  public String id() {
    return header.id();
  }

  /** Its key result with this id. */
  public java.util.Optional<KeyResult> keyResult(String id) {
    return keyResults.stream().filter(kr -> id.equals(kr.id())).findFirst();
  }

  /** Its initiative with this id; initiatives without an id are never found. */
  public java.util.Optional<Initiative> initiative(String id) {
    return initiatives.stream().filter(i -> id.equals(i.id())).findFirst();
  }

  /** The same objective with these collaborators (people who work on it beside its owner). */
  public Objective withCollaborators(List<String> people) {
    return new Objective(
        header,
        period,
        start,
        due,
        type,
        level,
        alignsTo,
        carriedFrom,
        keyResults,
        initiatives,
        rollup,
        people,
        spans);
  }
}
