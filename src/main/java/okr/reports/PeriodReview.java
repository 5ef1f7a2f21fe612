package okr.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import okr.model.Period;
import okr.model.SmartGoal;
import okr.model.Workspace;
import okr.scoring.GoalStatus;
import okr.scoring.Report;
import okr.scoring.Scorecard;
import okr.scoring.Scorer;
import okr.scoring.Selection;

/** What {@code okr report} shows of a period: its scorecard, KPIs and the SMART goals due in it. */
public final class PeriodReview {

  private PeriodReview() {}

  /**
   * The review of the selection's period as of {@code day}. A period is reviewed as it stood at its
   * end; once closed, with the grades given after it ended, as every other view shows them.
   */
  public static Report of(Workspace ws, Selection selection, LocalDate day) {
    Period period = selection.period();
    boolean closed = !ws.gradesOf(period.label()).isEmpty();
    LocalDate asOf = closed ? day : period.atMostEnd(day);
    Scorer scorer = new Scorer(ws, asOf);
    Scorecard card = scorer.scorecard(selection, period);
    List<GoalStatus> goals = new ArrayList<>();
    for (SmartGoal g : ws.goals()) {
      GoalStatus status = scorer.goal(g);
      if (selection.matches(g) && status.due() != null && period.contains(status.due())) {
        goals.add(status);
      }
    }
    return Report.of(
        ws, card, KpiList.of(ws, scorer, selection, period), goals, closed, scorer.journal());
  }
}
