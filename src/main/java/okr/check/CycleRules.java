package okr.check;

import java.util.ArrayList;
import java.util.HashMap;
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
    Map<String, Objective> aligned = new HashMap<>();
    for (Objective o : ws.objectives()) {
      if (o.id() != null && !o.alignsTo().isEmpty()) {
        alignment.put(o.id(), o.alignsTo().stream().map(Index::objectivePart).toList());
        aligned.putIfAbsent(o.id(), o);
      }
    }
    report(
        alignment,
        (from, to) -> {
          Objective o = aligned.get(from);
          return o.spans().item("aligns_to", alignment.get(from).indexOf(to));
        },
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
        (from, to) -> leadSpans.get(from),
        "leads-cycle",
        "KPIs lead each other in a circle: ",
        "a leading KPI predicts a lagging one; remove one of these `leads:` links",
        out);
  }

  /**
   * Reports each cycle once, at the link out of the node where it was first entered (the parent
   * that leads round, when there are several), listing its members. The walk keeps its own stack: a
   * chain of 100,000 links is data, not recursion depth.
   */
  private static void report(
      Map<String, List<String>> edges,
      java.util.function.BiFunction<String, String, SourceSpan> edgeSpan,
      String rule,
      String message,
      String help,
      List<Diagnostic> out) {
    Set<String> done = new HashSet<>();
    Set<Set<String>> reported = new HashSet<>();
    for (String start : edges.keySet()) {
      if (done.contains(start)) {
        continue;
      }
      List<String> path = new ArrayList<>();
      Map<String, Integer> onPath = new HashMap<>();
      List<Integer> nextEdge = new ArrayList<>();
      path.add(start);
      onPath.put(start, 0);
      nextEdge.add(0);
      while (!path.isEmpty()) {
        int top = path.size() - 1;
        String node = path.get(top);
        List<String> targets = edges.getOrDefault(node, List.of());
        int i = nextEdge.get(top);
        if (i == targets.size()) {
          path.remove(top);
          nextEdge.remove(top);
          onPath.remove(node);
          done.add(node);
          continue;
        }
        nextEdge.set(top, i + 1);
        String next = targets.get(i);
        Integer at = onPath.get(next);
        if (at != null) {
          List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
          if (reported.add(new HashSet<>(cycle))) {
            out.add(
                Diagnostic.error(
                    rule,
                    edgeSpan.apply(cycle.get(0), cycle.get(1 % cycle.size())),
                    message + members(cycle),
                    help));
          }
        } else if (!done.contains(next)) {
          onPath.put(next, path.size());
          path.add(next);
          nextEdge.add(0);
        }
      }
    }
  }

  /** {@code a → b → a}; a long cycle by its first and last members and its length. */
  static String members(List<String> cycle) {
    if (cycle.size() <= 8) {
      return String.join(" → ", cycle) + " → " + cycle.get(0);
    }
    return String.join(" → ", cycle.subList(0, 3))
        + " → … → "
        + String.join(" → ", cycle.subList(cycle.size() - 2, cycle.size()))
        + " → "
        + cycle.get(0)
        + " ("
        + String.format(java.util.Locale.ROOT, "%,d", cycle.size())
        + " in the circle)";
  }
}
