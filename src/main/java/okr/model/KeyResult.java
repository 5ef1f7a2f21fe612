package okr.model;

/**
 * A measurable result of an objective. Numbers are null when not written; the checker reports the
 * ones a metric KR needs. {@code min}/{@code max} bound the values a check-in may have (a
 * percentage between 0 and 100); null when not written.
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
    Spans spans) {

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
