package okr.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import okr.model.EntryKind;
import okr.model.KeyResult;
import okr.model.Objective;
import okr.model.People;
import okr.model.Period;
import okr.model.SmartGoal;
import okr.model.Workspace;
import okr.render.TerminalText;
import okr.scoring.Scorer;

/** Which key results and goals an interactive check-in walks, in order. */
final class CheckinPlan {

  private final Workspace ws;
  private final LocalDate today;
  private final Scorer scorer;
  private final People people;

  CheckinPlan(Workspace ws, LocalDate today) {
    this.ws = ws;
    this.today = today;
    this.scorer = new Scorer(ws, today);
    this.people = ws.settings().people();
  }

  /**
   * With a REF: that key result, goal or KPI, or the key results of that objective. Without: the
   * key results of the owner's objectives active today, the key results the owner holds in other
   * objectives, and the owner's open goals; an owner is matched as {@link People} says.
   */
  List<CheckinTarget> targets(String ref, String owner) {
    if (ref != null) {
      CheckinTarget target = CheckinTarget.resolve(ws, ref);
      if (target.kind() == EntryKind.OBJECTIVE) {
        return keyResultsOf(target.objective(), null);
      }
      return List.of(target);
    }
    List<CheckinTarget> targets = new ArrayList<>();
    for (Objective o : ws.objectives()) {
      Period period = scorer.periodOf(o).orElse(null);
      if (period == null || !period.contains(today)) {
        continue;
      }
      targets.addAll(keyResultsOf(o, people.same(owner, o.header().owner()) ? null : owner));
    }
    for (SmartGoal g : ws.goals()) {
      boolean open = g.due() == null || !g.due().isBefore(today);
      if (open && people.same(owner, g.header().owner()) && !scorer.goal(g).done()) {
        targets.add(new CheckinTarget(EntryKind.GOAL, g.id(), null, null, null, g));
      }
    }
    if (targets.isEmpty()) {
      throw new UsageException(
          "nothing to check in for "
              + TerminalText.sanitize(owner)
              + " today: no objective of theirs is active and no goal is open; name one, e.g."
              + " okr checkin OBJECTIVE, or choose a person with --owner");
    }
    return targets;
  }

  /** An objective's key results; with {@code onlyOwner}, just those that person owns. */
  private List<CheckinTarget> keyResultsOf(Objective o, String onlyOwner) {
    List<CheckinTarget> targets = new ArrayList<>();
    for (KeyResult kr : o.keyResults()) {
      if (onlyOwner == null || people.same(onlyOwner, kr.owner())) {
        targets.add(new CheckinTarget(EntryKind.KR, o.id() + "/" + kr.id(), o, kr, null, null));
      }
    }
    return targets;
  }
}
