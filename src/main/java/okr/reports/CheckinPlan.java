package okr.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import okr.model.KeyResult;
import okr.model.Objective;
import okr.model.People;
import okr.model.Period;
import okr.model.SmartGoal;
import okr.model.Workspace;
import okr.scoring.Scorer;

/**
 * Which key results and goals an interactive check-in walks for one person on a day, in order: the
 * key results of the objectives active today that are theirs (they own or collaborate on the
 * objective), the key results they own or collaborate on in other active objectives, then their
 * open goals. A person is matched as {@link People} says, the same way {@code --owner} selects.
 */
public final class CheckinPlan {

  /** One stop of the walk: a key result (with its objective) or a goal. */
  public sealed interface Stop permits KeyResultStop, GoalStop {}

  public record KeyResultStop(Objective objective, KeyResult kr) implements Stop {
    public String ref() {
      return new okr.model.Ref(objective.id(), kr.id()).toString();
    }
  }

  public record GoalStop(SmartGoal goal) implements Stop {}

  private CheckinPlan() {}

  /** The stops for {@code who} on {@code today}; empty when nothing of theirs is open. */
  public static List<Stop> forPerson(Workspace ws, LocalDate today, String who) {
    Scorer scorer = new Scorer(ws, today);
    People people = ws.settings().people();
    List<Stop> stops = new ArrayList<>();
    for (Objective o : ws.objectives()) {
      Period period = scorer.periodOf(o).orElse(null);
      if (period == null || !period.contains(today)) {
        continue;
      }
      boolean wholeObjective =
          people.same(who, o.header().owner()) || listed(people, who, o.collaborators());
      for (KeyResult kr : o.keyResults()) {
        if (wholeObjective
            || people.same(who, kr.owner())
            || listed(people, who, kr.collaborators())) {
          stops.add(new KeyResultStop(o, kr));
        }
      }
    }
    for (SmartGoal g : ws.goals()) {
      boolean open = g.due() == null || !g.due().isBefore(today);
      if (open && people.same(who, g.header().owner()) && !scorer.goal(g).done()) {
        stops.add(new GoalStop(g));
      }
    }
    return stops;
  }

  /** All key results of one objective, for a check-in named by the objective. */
  public static List<Stop> keyResultsOf(Objective o) {
    List<Stop> stops = new ArrayList<>();
    o.keyResults().forEach(kr -> stops.add(new KeyResultStop(o, kr)));
    return stops;
  }

  private static boolean listed(People people, String who, List<String> collaborators) {
    return collaborators.stream().anyMatch(c -> people.same(who, c));
  }
}
