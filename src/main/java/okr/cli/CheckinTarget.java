package okr.cli;

import java.util.ArrayList;
import java.util.List;
import okr.model.EntryKind;
import okr.model.Initiative;
import okr.model.KeyResult;
import okr.model.Kpi;
import okr.model.Objective;
import okr.model.Ref;
import okr.model.SmartGoal;
import okr.model.Suggestions;
import okr.model.Workspace;
import okr.render.TerminalText;

/**
 * What a check-in is about: a key result, an initiative (its progress), a KPI, a goal, or an
 * objective (a note).
 */
record CheckinTarget(
    EntryKind kind,
    String ref,
    Objective objective,
    KeyResult kr,
    Initiative initiative,
    Kpi kpi,
    SmartGoal goal) {

  /** The target of one stop of a planned walk. */
  static CheckinTarget of(okr.reports.CheckinPlan.Stop stop) {
    if (stop instanceof okr.reports.CheckinPlan.KeyResultStop k) {
      return new CheckinTarget(EntryKind.KR, k.ref(), k.objective(), k.kr(), null, null, null);
    }
    SmartGoal g = ((okr.reports.CheckinPlan.GoalStop) stop).goal();
    return new CheckinTarget(EntryKind.GOAL, g.id(), null, null, null, null, g);
  }

  /**
   * The target {@code ref} names: {@code obj/kr} a key result, {@code obj/initiative} an initiative
   * with that id; else an objective, KPI or goal id.
   */
  static CheckinTarget resolve(Workspace ws, String ref) {
    Ref parsed = Ref.parse(ref);
    if (parsed.isKeyResult()) {
      Objective o = ws.objective(parsed.objective()).orElse(null);
      if (o != null) {
        KeyResult kr = o.keyResult(parsed.keyResult()).orElse(null);
        if (kr != null) {
          return new CheckinTarget(EntryKind.KR, ref, o, kr, null, null, null);
        }
        Initiative initiative = o.initiative(parsed.keyResult()).orElse(null);
        if (initiative != null) {
          return new CheckinTarget(EntryKind.INITIATIVE, ref, o, null, initiative, null, null);
        }
      }
    } else {
      Objective o = ws.objective(ref).orElse(null);
      if (o != null) {
        return new CheckinTarget(EntryKind.OBJECTIVE, ref, o, null, null, null, null);
      }
      Kpi k = ws.kpi(ref).orElse(null);
      if (k != null) {
        return new CheckinTarget(EntryKind.KPI, ref, null, null, null, k, null);
      }
      SmartGoal g = ws.goal(ref).orElse(null);
      if (g != null) {
        return new CheckinTarget(EntryKind.GOAL, ref, null, null, null, null, g);
      }
    }
    throw new UsageException(
        "nothing to check in is called `" + TerminalText.sanitize(ref) + "`" + suggestion(ws, ref));
  }

  /** A typed value as this target takes it: yes/no, a percentage, or a number. */
  ValueText.Parsed read(String text) {
    if (isMilestone()) {
      return ValueText.milestone(text);
    }
    return initiative != null ? ValueText.percent(text) : ValueText.number(text);
  }

  private static String suggestion(Workspace ws, String ref) {
    List<String> refs = new ArrayList<>();
    for (Objective o : ws.objectives()) {
      refs.add(o.id());
      o.keyResults().forEach(kr -> refs.add(Ref.of(o.id(), kr.id()).toString()));
      o.initiatives().stream()
          .filter(i -> i.id() != null)
          .forEach(i -> refs.add(Ref.of(o.id(), i.id()).toString()));
    }
    ws.kpis().forEach(k -> refs.add(k.id()));
    ws.goals().forEach(g -> refs.add(g.id()));
    return Suggestions.closest(ref, refs)
        .map(s -> "; did you mean `" + s + "`?")
        .orElse(
            "; give a key result as objective/kr, an initiative as objective/id, or a KPI or goal id");
  }

  /**
   * Why {@code value} cannot be checked in: it lies outside a {@code min:}/{@code max:} of the key
   * result, of the KPI that feeds it, or of the KPI itself; null when it fits.
   */
  String outsideBounds(Workspace ws, double value) {
    java.util.Optional<okr.model.Bound> broken = java.util.Optional.empty();
    if (kr != null) {
      broken = okr.model.Bound.brokenBy(kr, value);
      if (broken.isEmpty() && kr.kpi() != null) {
        broken = ws.kpi(kr.kpi()).flatMap(k -> okr.model.Bound.brokenBy(k, value));
      }
    } else if (kpi != null) {
      broken = okr.model.Bound.brokenBy(kpi, value);
    }
    return broken
        .map(
            b ->
                okr.model.Bound.plain(value)
                    + " is "
                    + b.describe()
                    + " ("
                    + okr.check.BoundRules.place(ws.root(), b.span())
                    + ")")
        .orElse(null);
  }

  boolean isMilestone() {
    return kr != null && kr.isMilestone();
  }

  /** Whether values add up (cumulative KR or goal) rather than replace each other. */
  boolean isIncrement() {
    if (kr != null) {
      return kr.cumulative();
    }
    return goal != null && goal.measure() != null && goal.measure().cumulative();
  }

  String unit() {
    if (kr != null) {
      return kr.unit();
    }
    if (initiative != null) {
      return "%";
    }
    if (kpi != null) {
      return kpi.unit();
    }
    return goal != null && goal.measure() != null ? goal.measure().unit() : null;
  }

  String title() {
    if (kr != null) {
      return kr.title();
    }
    if (initiative != null) {
      return initiative.title();
    }
    if (kpi != null) {
      return kpi.header().title();
    }
    if (goal != null) {
      return goal.header().title();
    }
    return objective.header().title();
  }
}
