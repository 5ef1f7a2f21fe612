package okr.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import okr.model.Diagnostic;
import okr.model.Level;
import okr.model.Objective;
import okr.model.Period;
import okr.model.PeriodCalendar;
import okr.model.SourceSpan;
import okr.model.Workspace;

/** Team and individual objectives should align upwards, to parents of their own time. */
final class AlignmentRules implements WorkspaceRule {

  @Override
  public void check(Workspace ws, LocalDate today, List<Diagnostic> out) {
    PeriodCalendar calendar = ws.settings().calendar();
    // The periods of company objectives, once: usually a handful, however many objectives.
    List<Period> companyPeriods = new java.util.ArrayList<>();
    for (Objective p : ws.objectives()) {
      if (p.level() == Level.STRATEGIC) {
        calendar.periodOf(p).ifPresent(companyPeriods::add);
      }
    }
    for (Objective o : ws.objectives()) {
      Optional<Period> period = calendar.periodOf(o);
      Level level =
          o.level() != null
              ? o.level()
              : o.header().team() != null ? Level.TACTICAL : Level.INDIVIDUAL;
      if (o.alignsTo().isEmpty() && level != Level.STRATEGIC && period.isPresent()) {
        boolean companyObjectives = companyPeriods.stream().anyMatch(period.get()::overlaps);
        if (companyObjectives) {
          out.add(
              Diagnostic.warning(
                  "unaligned",
                  o.spans().self(),
                  "objective `"
                      + o.id()
                      + "` aligns to nothing, while the company has objectives for this time",
                  "add `aligns_to:` with the company objective (or key result) it serves"));
        }
      }
      for (int i = 0; i < o.alignsTo().size() && period.isPresent(); i++) {
        String parentId = Index.objectivePart(o.alignsTo().get(i));
        SourceSpan at = o.spans().item("aligns_to", i);
        ws.objective(parentId)
            .flatMap(calendar::periodOf)
            .filter(parentPeriod -> parentPeriod.start().isAfter(period.get().end()))
            .ifPresent(
                parentPeriod ->
                    out.add(
                        Diagnostic.warning(
                            "parent-later-period",
                            at,
                            "`"
                                + o.id()
                                + "` ("
                                + period.get().label()
                                + ") aligns to `"
                                + parentId
                                + "`, which starts later ("
                                + parentPeriod.label()
                                + ")",
                            "align to a parent of the same or an enclosing period")));
      }
    }
  }
}
