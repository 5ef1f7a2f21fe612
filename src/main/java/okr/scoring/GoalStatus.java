package okr.scoring;

import java.time.LocalDate;
import java.util.List;
import okr.model.JournalEntry;
import okr.model.SmartGoal;

/**
 * Where a SMART goal stands on a day.
 *
 * @param start when work towards it began (start, period start, else the first check-in)
 * @param due its deadline (due, else the end of its period); null when it has none
 * @param daysLeft days until due, negative when overdue; null without a due date
 */
public record GoalStatus(
    SmartGoal goal,
    Double current,
    Double progress,
    Double score,
    Pace pace,
    Integer confidence,
    LocalDate start,
    LocalDate due,
    Long daysLeft,
    LocalDate lastUpdate,
    Long ageDays,
    boolean stale,
    List<Double> values,
    List<JournalEntry> checkins) {

  public boolean done() {
    return score != null && score >= 1.0;
  }
}
