package okr.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A measurable result of an objective. Numbers are null when not written; the checker reports the
 * ones a metric KR needs. {@code min}/{@code max} bound the values a check-in may have (a
 * percentage between 0 and 100); null when not written. {@code collaborators} work on it beside its
 * owner. {@code due}, when written, is the day within its objective's period by which it should be
 * met: its pace runs to that day instead of the period's end.
 */
public record KeyResult(
    String id,
    String title,
    KrType type,
    Double baseline,
    Double target,
    Double stretch,
    String unit,
    Direction direction,
    double weight,
    String owner,
    String kpi,
    boolean cumulative,
    Double min,
    Double max,
    List<String> collaborators,
    LocalDate due,
    Spans spans) {

  public KeyResult {
    collaborators = collaborators == null ? List.of() : List.copyOf(collaborators);
  }

  /** A key result without collaborators or a due date of its own, as okr writes new ones. */
  public KeyResult(
      String id,
      String title,
      KrType type,
      Double baseline,
      Double target,
      Double stretch,
      String unit,
      Direction direction,
      double weight,
      String owner,
      String kpi,
      boolean cumulative,
      Double min,
      Double max,
      Spans spans) {
    this(
        id,
        title,
        type,
        baseline,
        target,
        stretch,
        unit,
        direction,
        weight,
        owner,
        kpi,
        cumulative,
        min,
        max,
        List.of(),
        null,
        spans);
  }

  /** The written direction, else the one implied by baseline and target. */
  public Direction effectiveDirection() {
    if (direction != null) {
      return direction;
    }
    if (baseline != null && target != null && target < baseline) {
      return Direction.DECREASE;
    }
    return Direction.INCREASE;
  }

  public boolean isMilestone() {
    return type == KrType.MILESTONE;
  }

  /** An {@code at-least} or {@code at-most} key result: held or broken, never a share. */
  public boolean holdsLine() {
    Direction d = effectiveDirection();
    return !isMilestone() && (d == Direction.AT_LEAST || d == Direction.AT_MOST);
  }
}
