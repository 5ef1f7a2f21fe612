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
 * @param progress raw progress towards the target, may exceed 1 or go below 0; for a line 1 while
 *     held and 0 once broken; null without data
 * @param score the graded score, 0..1 (stretch and lines applied); null without data, which an
 *     objective counts as 0
 * @param line held or broken for an {@code at-least}/{@code at-most} key result with data, else
 *     null
 * @param pace null until there is data
 * @param forecast the score at the end of the period if this period's check-ins keep their trend;
 *     null once the period is over
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
    Line line,
    Pace pace,
    Double forecast,
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

  /** The score an objective counts for this key result: no data counts 0. */
  public double counted() {
    return score == null ? 0 : score;
  }
}
