package okr.model;

/**
 * A measurable result of an objective. Numbers are null when not written; the checker reports the
 * ones a metric KR needs.
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
}
