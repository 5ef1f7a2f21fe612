package okr.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okr.model.Diagnostic;
import okr.model.Header;
import okr.model.KeyResult;
import okr.model.Objective;
import okr.model.SourceSpan;
import okr.model.Workspace;

/** Ids are unique in the workspace (history refers to them), and KR ids within an objective. */
final class IdRules implements WorkspaceRule {

  @Override
  public void check(Workspace ws, java.time.LocalDate today, List<Diagnostic> out) {
    Map<String, SourceSpan> seen = new HashMap<>();
    ws.objectives().forEach(o -> unique(o.header(), o.spans().at("id"), seen, out));
    ws.kpis().forEach(k -> unique(k.header(), k.spans().at("id"), seen, out));
    ws.goals().forEach(g -> unique(g.header(), g.spans().at("id"), seen, out));
    for (Objective objective : ws.objectives()) {
      Map<String, SourceSpan> krs = new HashMap<>();
      for (KeyResult kr : objective.keyResults()) {
        if (kr.id() == null) {
          continue;
        }
        SourceSpan first = krs.putIfAbsent(kr.id(), kr.spans().at("id"));
        if (first != null) {
          out.add(
              Diagnostic.error(
                  "duplicate-id",
                  kr.spans().at("id"),
                  "objective `"
                      + objective.id()
                      + "` has two key results with id `"
                      + kr.id()
                      + "`"
                      + " (first at line "
                      + first.line()
                      + ")",
                  "give each key result of an objective its own id"));
        }
      }
    }
  }

  private static void unique(
      Header header, SourceSpan span, Map<String, SourceSpan> seen, List<Diagnostic> out) {
    if (header.id() == null) {
      return;
    }
    SourceSpan first = seen.putIfAbsent(header.id(), span);
    if (first != null) {
      out.add(
          Diagnostic.error(
              "duplicate-id",
              span,
              "the id `"
                  + header.id()
                  + "` is already used by "
                  + first.file().getFileName()
                  + ":"
                  + first.line(),
              "ids must be unique in the workspace; rename one of them"));
    }
  }
}
