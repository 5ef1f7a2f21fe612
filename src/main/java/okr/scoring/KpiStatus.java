package okr.scoring;

import java.time.LocalDate;
import java.util.List;
import okr.model.Better;
import okr.model.JournalEntry;
import okr.model.Kpi;

/**
 * Where a KPI stands on a day.
 *
 * @param better the better direction: as written, else read from the thresholds' order
 * @param target the target in force on the day: the phased target of the day, else {@code target:}
 * @param band green/amber/red from the thresholds; null without thresholds or data
 * @param shareOfTarget latest ÷ target (target ÷ latest when lower is better), when there is a
 *     target but no thresholds; else null
 * @param previous the measurement before the latest, for the delta
 * @param lastPeriod the latest measurement at least one period (of the view) before the latest
 * @param values every measured value up to the day, oldest first
 */
public record KpiStatus(
    Kpi kpi,
    Better better,
    Double target,
    Double latest,
    LocalDate measuredOn,
    Long ageDays,
    boolean stale,
    Band band,
    Double shareOfTarget,
    Double previous,
    Double lastPeriod,
    Trend trend,
    List<Double> values,
    List<JournalEntry> measurements) {

  public boolean hasData() {
    return latest != null;
  }

  /** Whether the latest move was for the better, given which way is better. */
  public Boolean improving() {
    if (trend == null || trend == Trend.FLAT || better == null) {
      return null;
    }
    return (trend == Trend.UP) == (better == Better.HIGHER);
  }

  /** For a health metric: within its green bound. */
  public boolean withinBounds() {
    return band == Band.GREEN;
  }
}
