package okr.scoring;

import java.time.LocalDate;
import java.util.Optional;
import okr.model.GoalChange;
import okr.model.KeyResult;
import okr.model.Objective;
import okr.model.Period;
import okr.model.Ref;
import okr.model.Workspace;

/**
 * Which changes in a goal file's history moved a goalpost: a key result's target, baseline,
 * stretch, weight or direction changed on or after the first day of its objective's period. One
 * judgement for the rule {@code goalpost-moved} and for the reviews of a period (`okr report`, `okr
 * close`), so they never disagree.
 */
public final class Goalposts {

  private Goalposts() {}

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

  /**
   * Whether {@code change} moved a goalpost during its objective's period: empty for a title, for a
   * key result or objective no longer there, and for a change before the period began.
   */
  public static Optional<Moved> moved(Workspace ws, GoalChange change, LocalDate today) {
    Ref ref = Ref.parse(change.ref());
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
