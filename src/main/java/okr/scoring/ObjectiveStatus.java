package okr.scoring;

import java.time.LocalDate;
import java.util.List;
import okr.model.Objective;
import okr.model.Period;

/**
 * Where an objective stands on a day.
 *
 * @param rolledUp with {@code rollup: true}, the objectives aligned to this one, each counted as a
 *     key result of weight 1; else empty
 * @param score the grade once closed, else the weighted mean of the scores of all its key results
 *     (and rolled-up objectives), no data counting 0; null when it has none
 * @param band the grade band of the score, by the bands of its type
 * @param colour what the views paint: while the period runs, the colour of its pace (null while
 *     early); after it, or once graded, the band
 * @param confidence the lowest latest confidence among its key results (else the latest on the
 *     objective itself)
 * @param confidenceOf the key result with that lowest confidence, or null
 * @param expected the share of the period elapsed, 0..1
 * @param grade the grade given when the period was closed, or null while it is open
 * @param forecast the score at the end of the period if the trends of this period's check-ins go
 *     on; null when the period is over or graded
 * @param successAt the score that counts as success for its type: the green band's edge
 * @param finished the period is on its last day or over, or graded, so colours follow the grade
 *     band
 */
public record ObjectiveStatus(
    Objective objective,
    Period period,
    List<KrStatus> keyResults,
    List<ObjectiveStatus> rolledUp,
    Double score,
    Band band,
    Band colour,
    Pace pace,
    Integer confidence,
    String confidenceOf,
    Trend confidenceTrend,
    LocalDate lastCheckin,
    Long ageDays,
    boolean stale,
    double expected,
    Double grade,
    Double forecast,
    double successAt,
    boolean finished) {

  public ObjectiveStatus {
    keyResults = List.copyOf(keyResults);
    rolledUp = List.copyOf(rolledUp);
  }

  public boolean succeeded() {
    return score != null && score >= successAt - 1e-9;
  }

  // Loops rather than streams: each lambda a view meets is linked in the interpreter on every
  // run (docs/architecture.md).

  public long keyResultsWithData() {
    return keyResults.size() - withoutData();
  }

  /** Metric and milestone key results behind pace (a broken line is counted as broken). */
  public long offTrack() {
    long count = 0;
    for (KrStatus k : keyResults) {
      if (k.pace() == Pace.OFF_TRACK && k.line() != Line.BROKEN) {
        count++;
      }
    }
    return count;
  }

  public long broken() {
    long count = 0;
    for (KrStatus k : keyResults) {
      if (k.line() == Line.BROKEN) {
        count++;
      }
    }
    return count;
  }

  public long withoutData() {
    long count = 0;
    for (KrStatus k : keyResults) {
      if (!k.hasData()) {
        count++;
      }
    }
    return count;
  }
}
