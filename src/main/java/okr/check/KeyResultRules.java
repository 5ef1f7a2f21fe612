package okr.check;

import java.util.List;
import okr.model.Diagnostic;
import okr.model.Direction;
import okr.model.KeyResult;
import okr.model.Objective;
import okr.model.Workspace;

/** A metric key result must be measurable as written: target, baseline, direction, weight. */
final class KeyResultRules implements WorkspaceRule {

  @Override
  public void check(Workspace ws, java.time.LocalDate today, List<Diagnostic> out) {
    for (Objective objective : ws.objectives()) {
      for (KeyResult kr : objective.keyResults()) {
        checkWeight(kr, out);
        if (!kr.isMilestone()) {
          checkNumbers(kr, out);
        }
      }
    }
  }

  private static void checkWeight(KeyResult kr, List<Diagnostic> out) {
    if (kr.weight() <= 0) {
      out.add(
          Diagnostic.error(
              "invalid-weight",
              kr.spans().at("weight"),
              "`weight: " + number(kr.weight()) + "` must be greater than 0",
              "use a positive weight (default 1); to stop counting a key result, remove it"));
    }
  }

  private static void checkNumbers(KeyResult kr, List<Diagnostic> out) {
    Direction written = kr.direction();
    boolean holdsLine = written == Direction.AT_LEAST || written == Direction.AT_MOST;
    if (kr.target() == null) {
      if (!kr.spans().has("target")) {
        out.add(
            Diagnostic.error(
                "missing-target",
                kr.spans().self(),
                "key result `" + kr.id() + "` is a metric but has no `target`",
                "add `target:` (the number to reach), or `type: milestone` if it is done/not done"));
      }
      return;
    }
    if (kr.baseline() == null) {
      if (!holdsLine && !kr.spans().has("baseline")) {
        out.add(
            Diagnostic.error(
                "missing-target",
                kr.spans().self(),
                "key result `" + kr.id() + "` has a target but no `baseline` to measure from",
                "add `baseline:` (the value at the start of the period)"));
      }
      return;
    }
    double b = kr.baseline();
    double t = kr.target();
    if (!holdsLine && b == t) {
      out.add(
          Diagnostic.error(
              "direction-contradiction",
              kr.spans().at("target"),
              "key result `" + kr.id() + "` has the same baseline and target (" + number(t) + ")",
              "set the target you want to reach, or `direction: at-least` / `at-most` to hold a"
                  + " line"));
      return;
    }
    if (written == Direction.INCREASE && t < b || written == Direction.DECREASE && t > b) {
      out.add(
          Diagnostic.error(
              "direction-contradiction",
              kr.spans().at("direction"),
              "`direction: "
                  + written.word()
                  + "` contradicts baseline "
                  + number(b)
                  + " and target "
                  + number(t),
              "swap baseline and target, or remove `direction:` and let okr infer it"));
    }
    if (kr.stretch() != null && !holdsLine) {
      boolean beyond = t > b ? kr.stretch() > t : kr.stretch() < t;
      if (!beyond) {
        out.add(
            Diagnostic.error(
                "direction-contradiction",
                kr.spans().at("stretch"),
                "`stretch: " + number(kr.stretch()) + "` is not beyond the target " + number(t),
                "a stretch goal lies past the target, in the direction of progress"));
      }
    }
  }

  static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
