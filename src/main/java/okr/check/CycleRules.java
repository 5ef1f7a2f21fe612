package okr.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okr.model.Diagnostic;
import okr.model.Kpi;
import okr.model.Objective;
import okr.model.SourceSpan;
import okr.model.Workspace;

/** {@code aligns_to} and {@code leads} must not go round in circles. */
final class CycleRules implements WorkspaceRule {

  @Override
  public void check(Workspace ws, java.time.LocalDate today, List<Diagnostic> out) {
    Map<String, List<String>> alignment = new LinkedHashMap<>();
    Map<String, SourceSpan> alignmentSpans = new LinkedHashMap<>();
    for (Objective o : ws.objectives()) {
      if (o.id() != null && o.alignsTo() != null) {
        alignment.put(o.id(), List.of(Index.objectivePart(o.alignsTo())));
        alignmentSpans.put(o.id(), o.spans().at("aligns_to"));
      }
    }
    report(
        alignment,
        alignmentSpans,
        "alignment-cycle",
        "objectives align to each other in a circle: ",
        "an objective aligns to a parent higher up; remove `aligns_to` from one of them",
        out);

    Map<String, List<String>> leads = new LinkedHashMap<>();
    Map<String, SourceSpan> leadSpans = new LinkedHashMap<>();
    for (Kpi k : ws.kpis()) {
      if (k.id() != null && !k.leads().isEmpty()) {
        leads.put(k.id(), k.leads());
        leadSpans.put(k.id(), k.spans().at("leads"));
      }
    }
    report(
        leads,
        leadSpans,
        "leads-cycle",
        "KPIs lead each other in a circle: ",
        "a leading KPI predicts a lagging one; remove one of these `leads:` links",
        out);
  }

  /** Reports each cycle once, at the node where it was first entered, listing its members. */
  private static void report(
      Map<String, List<String>> edges,
      Map<String, SourceSpan> spans,
      String rule,
      String message,
      String help,
      List<Diagnostic> out) {
    Set<String> done = new HashSet<>();
    Set<Set<String>> reported = new HashSet<>();
    for (String start : edges.keySet()) {
      List<String> path = new ArrayList<>();
      visit(
          start,
          edges,
          path,
          done,
          cycle -> {
            if (reported.add(new HashSet<>(cycle))) {
              String first = cycle.get(0);
              out.add(
                  Diagnostic.error(
                      rule, spans.get(first), message + String.join(" → ", cycle), help));
            }
          });
    }
  }

  private static void visit(
      String node,
      Map<String, List<String>> edges,
      List<String> path,
      Set<String> done,
      java.util.function.Consumer<List<String>> onCycle) {
    int at = path.indexOf(node);
    if (at >= 0) {
      List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
      cycle.add(node);
      onCycle.accept(cycle);
      return;
    }
    if (done.contains(node)) {
      return;
    }
    path.add(node);
    for (String next : edges.getOrDefault(node, List.of())) {
      visit(next, edges, path, done, onCycle);
    }
    path.remove(path.size() - 1);
    done.add(node);
  }
}
