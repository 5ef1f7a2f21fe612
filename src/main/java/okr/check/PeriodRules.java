package okr.check;

import java.time.LocalDate;
import java.util.List;
import okr.model.Diagnostic;
import okr.model.KeyResult;
import okr.model.Kpi;
import okr.model.Objective;
import okr.model.Period;
import okr.model.PeriodCalendar;
import okr.model.PhasedTarget;
import okr.model.SmartGoal;
import okr.model.SourceSpan;
import okr.model.Spans;
import okr.model.Suggestions;
import okr.model.Workspace;

/** Every objective and goal must say when it is for, in a period okr can put dates on. */
final class PeriodRules implements WorkspaceRule {

  @Override
  public void check(Workspace ws, java.time.LocalDate today, List<Diagnostic> out) {
    PeriodCalendar calendar = ws.settings().calendar();
    List<String> named = List.copyOf(ws.settings().periods().keySet());
    for (Objective o : ws.objectives()) {
      if (o.period() == null && o.start() == null && o.due() == null) {
        out.add(
            Diagnostic.error(
                "missing-period",
                o.spans().self(),
                "objective `" + o.id() + "` does not say when it is for",
                "add `period: 2026-Q3` (or `start:` and `due:` dates)"));
      }
      checkPeriod(o.period(), o.spans(), calendar, named, out);
      checkDates(o.start(), o.due(), o.spans(), out);
      calendar.periodOf(o).ifPresent(p -> checkKeyResultDues(o, p, out));
    }
    for (Kpi k : ws.kpis()) {
      for (PhasedTarget t : k.targets()) {
        if (calendar.resolve(t.period()).isEmpty()) {
          out.add(
              Diagnostic.error(
                  "unknown-period",
                  t.span(),
                  "`"
                      + t.period()
                      + "` in the targets of KPI `"
                      + k.id()
                      + "` is not a known period",
                  "name a period per target, e.g. `targets: {2026-10: 40, 2026-Q4: 60}`"));
        }
      }
    }
    for (SmartGoal g : ws.goals()) {
      checkPeriod(g.period(), g.spans(), calendar, named, out);
      checkDates(g.start(), g.due(), g.spans(), out);
    }
  }

  private static void checkPeriod(
      String period,
      Spans spans,
      PeriodCalendar calendar,
      List<String> named,
      List<Diagnostic> out) {
    if (period == null || calendar.resolve(period).isPresent()) {
      return;
    }
    String help =
        Suggestions.closest(period, named).map(s -> "did you mean `" + s + "`? ").orElse("")
            + "write 2026, 2026-H1, 2026-Q3, 2026-11 or 2026-W47, or define the name under"
            + " `periods:` in okr.yaml";
    out.add(
        Diagnostic.error(
            "unknown-period",
            spans.at("period"),
            "`period: " + period + "` is not a known period",
            help));
  }

  private static void checkKeyResultDues(Objective o, Period period, List<Diagnostic> out) {
    for (KeyResult kr : o.keyResults()) {
      dueOutside(o.id() + "/" + kr.id(), kr.due(), kr.spans().at("due"), period)
          .ifPresent(out::add);
    }
  }

  /**
   * The error for a key result or initiative whose {@code due:} lies outside its objective's
   * period; empty when it has no due day or it lies inside.
   */
  static java.util.Optional<Diagnostic> dueOutside(
      String ref, LocalDate due, SourceSpan span, Period period) {
    if (due == null || !due.isBefore(period.start()) && !due.isAfter(period.end())) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        Diagnostic.error(
            "due-outside-period",
            span,
            "`"
                + ref
                + "` is due "
                + due
                + ", outside its objective's period "
                + period.label()
                + " ("
                + period.start()
                + " to "
                + period.end()
                + ")",
            "give a due date from " + period.start() + " to " + period.end()));
  }

  private static void checkDates(
      LocalDate start, LocalDate due, Spans spans, List<Diagnostic> out) {
    if (start != null && due != null && due.isBefore(start)) {
      SourceSpan span = spans.at("due");
      out.add(
          Diagnostic.error(
              "invalid-period",
              span,
              "`due: " + due + "` is before `start: " + start + "`",
              "make `due` the same as or later than `start`"));
    }
  }
}
