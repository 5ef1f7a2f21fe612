package okr.scoring;

import java.time.LocalDate;
import java.util.List;
import okr.model.JournalEntry;
import okr.model.KeyResult;

/**
 * Where a key result stands on a day.
 *
 * @param ref {@code objective/kr}
 * @param current the current value (for a cumulative KR, baseline plus the increments); null when
 *     there is no data yet
 * @param progress raw progress, may exceed 1 or go below 0; null without data
 * @param score progress clamped to 0..1 for grading; null without data
 * @param pace null until there is data
 * @param lastUpdate the day of the newest check-in or linked-KPI measurement, or null
 * @param stale no update for longer than the check-in interval while the period runs
 * @param values the value after each update, oldest first, for sparklines
 * @param history the same values with the day of each update, for charts
 * @param checkins this KR's own check-ins, oldest first
 */
public record KrStatus(
    KeyResult kr,
    String ref,
    Double current,
    Double progress,
    Double score,
    Pace pace,
    Integer confidence,
    Trend confidenceTrend,
    LocalDate lastUpdate,
    Long ageDays,
    boolean stale,
    List<Double> values,
    List<Point> history,
    List<JournalEntry> checkins) {

  public boolean hasData() {
    return score != null;
  }
}
