package okr.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import okr.model.GoalChange;
import okr.model.GoalHistory;
import okr.model.Period;
import okr.model.Workspace;
import okr.scoring.Goalposts;

/**
 * The goalposts moved in the objectives of one period, for its review: `okr report` in every format
 * and `okr close` show these, and the rule goalpost-moved judges each change the same way ({@link
 * GoalpostRules#moved}).
 */
public final class GoalpostMoves {

  private GoalpostMoves() {}

  /**
   * One moved goalpost.
   *
   * @param change the change: the key result (its id today), the key, before and after as written,
   *     and the commit (null when not committed yet)
   * @param on the day it was made
   * @param summary the sentence every view shows, e.g. "`grow/nps`: target lowered 70 → 60 on
   *     2026-11-12 by dana (a1b2c3d)"
   */
  public record Move(GoalChange change, LocalDate on, String summary) {

    /** {@code raised}, {@code lowered} or {@code changed}. */
    public String verb() {
      return change.rise() > 0 ? "raised" : change.rise() < 0 ? "lowered" : "changed";
    }
  }

  /**
   * The moves, in history order, of key results whose objective's period is {@code period} (the
   * same dates, whatever it is called).
   */
  public static List<Move> during(
      Workspace ws, LocalDate today, GoalHistory history, Period period) {
    List<Move> found = new ArrayList<>();
    for (GoalChange change : history.changes()) {
      Goalposts.moved(ws, change, today)
          .filter(
              m ->
                  m.period().start().equals(period.start())
                      && m.period().end().equals(period.end()))
          .ifPresent(m -> found.add(new Move(change, m.on(), m.summary())));
    }
    return List.copyOf(found);
  }
}
