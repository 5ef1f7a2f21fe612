package okr.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import okr.model.Diagnostic;
import okr.model.GoalChange;
import okr.model.GoalHistory;
import okr.model.Workspace;
import okr.scoring.Goalposts;

/**
 * Goalposts moved: a key result's target, baseline, stretch, weight or direction changed on or
 * after the first day of its objective's period, as git's history of the goal files tells. Without
 * history (no git) it finds nothing.
 */
public final class GoalpostRules implements WorkspaceRule {

  private final GoalHistory history;

  GoalpostRules(GoalHistory history) {
    this.history = history;
  }

  @Override
  public void check(Workspace ws, LocalDate today, List<Diagnostic> out) {
    for (GoalChange change : history.changes()) {
      warning(ws, change, today).ifPresent(out::add);
    }
  }

  /** The warning for one change, when it moved a goalpost of a key result that still exists. */
  static Optional<Diagnostic> warning(Workspace ws, GoalChange change, LocalDate today) {
    return Goalposts.moved(ws, change, today)
        .map(
            m ->
                Diagnostic.warning(
                    "goalpost-moved",
                    m.kr().spans().at(change.field()),
                    m.summary(),
                    "a goal moved mid-period is not the one people agreed to: put it back, or say"
                        + " why in a note (okr checkin --note)"));
  }
}
