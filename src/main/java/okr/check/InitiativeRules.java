package okr.check;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okr.model.Diagnostic;
import okr.model.EntryKind;
import okr.model.Initiative;
import okr.model.JournalEntry;
import okr.model.KeyResult;
import okr.model.Objective;
import okr.model.Period;
import okr.model.SourceSpan;
import okr.model.Workspace;

/**
 * An initiative's id names it as {@code objective/id}, so it must be unique among its objective's
 * key results and initiatives; its due day lies in the objective's period; its progress, in the
 * file or a check-in, is a percentage.
 */
final class InitiativeRules implements WorkspaceRule {

  @Override
  public void check(Workspace ws, LocalDate today, List<Diagnostic> out) {
    for (Objective o : ws.objectives()) {
      Map<String, SourceSpan> krIds = new HashMap<>();
      for (KeyResult kr : o.keyResults()) {
        if (kr.id() != null) {
          krIds.putIfAbsent(kr.id(), kr.spans().at("id"));
        }
      }
      Map<String, SourceSpan> seen = new HashMap<>();
      Period period = ws.settings().calendar().periodOf(o).orElse(null);
      for (Initiative i : o.initiatives()) {
        if (i.id() != null) {
          unique(o, i, krIds, seen, out);
        }
        if (i.progress() != null) {
          percent(i.progress(), "`progress: ", i.spans().at("progress"), out);
        }
        if (period != null) {
          PeriodRules.dueOutside(label(o, i), i.due(), i.spans().at("due"), period)
              .ifPresent(out::add);
        }
      }
    }
    for (JournalEntry e : ws.journal()) {
      if (e.kind() != EntryKind.INITIATIVE) {
        continue;
      }
      if (e.done() != null) {
        out.add(
            Diagnostic.error(
                "value-type",
                e.spans().at("value"),
                "`" + e.ref() + "` is an initiative, so its value is a percentage, not true/false",
                "write how far along it is, from 0 to 100, e.g. `value: 60` (100 is done)"));
      } else if (e.value() != null) {
        percent(e.value(), "`value: ", e.spans().at("value"), out);
      }
    }
  }

  private static void unique(
      Objective o,
      Initiative i,
      Map<String, SourceSpan> krIds,
      Map<String, SourceSpan> seen,
      List<Diagnostic> out) {
    SourceSpan here = i.spans().at("id");
    SourceSpan kr = krIds.get(i.id());
    SourceSpan first = seen.putIfAbsent(i.id(), here);
    if (kr == null && first == null) {
      return;
    }
    out.add(
        Diagnostic.error(
            "duplicate-id",
            here,
            "objective `"
                + o.id()
                + "` already has "
                + (kr != null ? "a key result" : "an initiative")
                + " with id `"
                + i.id()
                + "` (at line "
                + (kr != null ? kr : first).line()
                + ")",
            "`"
                + o.id()
                + "/"
                + i.id()
                + "` must name one thing: give each key result and initiative of an objective"
                + " its own id"));
  }

  private static void percent(double value, String what, SourceSpan at, List<Diagnostic> out) {
    if (value >= 0 && value <= 100) {
      return;
    }
    out.add(
        Diagnostic.error(
            "out-of-bounds",
            at,
            what + okr.model.Bound.plain(value) + "` is outside 0-100",
            "an initiative's progress is a percentage: 0 (not started) to 100 (done)"));
  }

  private static String label(Objective o, Initiative i) {
    return o.id() + "/" + (i.id() != null ? i.id() : i.title());
  }
}
