package okr.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import okr.model.Diagnostic;
import okr.model.GoalChange;
import okr.model.GoalHistory;
import okr.model.KeyResult;
import okr.model.Objective;
import okr.model.Period;
import okr.model.Workspace;

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

  /**
   * A change that moved a goalpost of a key result that still exists, on or after the first day of
   * its objective's period.
   *
   * @param on the day of its commit, or today for a change not committed yet
   */
  public record Moved(GoalChange change, LocalDate on, KeyResult kr, Period period) {

    /** "`grow/nps`: target lowered 70 → 60 on 2026-11-12 by dana (a1b2c3d)". */
    public String summary() {
      return "`" + change.ref() + "`: " + describe(change, on);
    }
  }

  /** The warning for one change, when it moved a goalpost of a key result that still exists. */
  static Optional<Diagnostic> warning(Workspace ws, GoalChange change, LocalDate today) {
    return moved(ws, change, today)
        .map(
            m ->
                Diagnostic.warning(
                    "goalpost-moved",
                    m.kr().spans().at(change.field()),
                    m.summary(),
                    "a goal moved mid-period is not the one people agreed to: put it back, or say"
                        + " why in a note (okr checkin --note)"));
  }

  /**
   * Whether {@code change} moved a goalpost during its objective's period: empty for a title, for a
   * key result or objective no longer there, and for a change before the period began.
   */
  public static Optional<Moved> moved(Workspace ws, GoalChange change, LocalDate today) {
    okr.model.Ref ref = okr.model.Ref.parse(change.ref());
    if (!change.movesGoalpost() || !ref.isKeyResult()) {
      return Optional.empty();
    }
    Optional<Objective> objective = ws.objective(ref.objective());
    String krId = ref.keyResult();
    Optional<KeyResult> kr =
        objective.flatMap(
            o -> o.keyResults().stream().filter(k -> k.id().equals(krId)).findFirst());
    Optional<Period> period = objective.flatMap(ws.settings().calendar()::periodOf);
    if (kr.isEmpty() || period.isEmpty()) {
      return Optional.empty();
    }
    LocalDate on = change.commit() == null ? today : change.commit().when().toLocalDate();
    if (on.isBefore(period.get().start())) {
      return Optional.empty();
    }
    return Optional.of(new Moved(change, on, kr.get(), period.get()));
  }

  /** "target lowered 70 → 60 on 2026-11-12 by dana (a1b2c3d)", or "…, not committed yet". */
  static String describe(GoalChange change, LocalDate on) {
    if (change.commit() == null) {
      return change.describe() + ", not committed yet";
    }
    return change.describe()
        + " on "
        + on
        + " by "
        + change.commit().author()
        + " ("
        + change.commit().shortHash()
        + ")";
  }
}
