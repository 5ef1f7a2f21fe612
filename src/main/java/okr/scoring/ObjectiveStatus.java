package okr.scoring;

import java.time.LocalDate;
import java.util.List;
import okr.model.Objective;
import okr.model.ObjectiveType;
import okr.model.Period;

/**
 * Where an objective stands on a day.
 *
 * @param score weighted mean of the scores of the KRs that have data; null when none has
 * @param expected the share of the period elapsed, 0..1
 * @param grade the grade given when the period was closed, or null while it is open
 */
public record ObjectiveStatus(
    Objective objective,
    Period period,
    List<KrStatus> keyResults,
    Double score,
    Band band,
    Pace pace,
    Integer confidence,
    Trend confidenceTrend,
    LocalDate lastCheckin,
    Long ageDays,
    boolean stale,
    double expected,
    Double grade) {

  /** The score that counts as success: 1.0 for committed objectives, 0.7 for aspirational. */
  public double successAt() {
    return objective.type() == ObjectiveType.COMMITTED ? 1.0 : 0.7;
  }

  public boolean succeeded() {
    return score != null && score >= successAt() - 1e-9;
  }

  public long keyResultsWithData() {
    return keyResults.stream().filter(KrStatus::hasData).count();
  }
}
