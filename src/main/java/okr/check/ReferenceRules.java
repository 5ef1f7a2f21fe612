package okr.check;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import okr.model.Diagnostic;
import okr.model.EntryKind;
import okr.model.Initiative;
import okr.model.JournalEntry;
import okr.model.KeyResult;
import okr.model.Kpi;
import okr.model.Objective;
import okr.model.SmartGoal;
import okr.model.SourceSpan;
import okr.model.Suggestions;
import okr.model.Workspace;

/** Every reference must point at something that exists; a typo gets a "did you mean". */
final class ReferenceRules implements WorkspaceRule {

  @Override
  public void check(Workspace ws, java.time.LocalDate today, List<Diagnostic> out) {
    Index index = new Index(ws);
    // Built once: rebuilding them per reference made checking 10,000 files quadratic.
    java.util.Set<String> alignable = index.alignable();
    java.util.Set<String> goalAlignable = new java.util.HashSet<>(alignable);
    goalAlignable.addAll(index.goals);
    for (Objective o : ws.objectives()) {
      for (int i = 0; i < o.alignsTo().size(); i++) {
        expect(
            o.alignsTo().get(i),
            alignable,
            "aligns_to",
            "an objective or key result",
            o.spans().item("aligns_to", i),
            out);
      }
      expect(
          o.carriedFrom(),
          index.objectives.keySet(),
          "carried_from",
          "an objective",
          o.spans().at("carried_from"),
          out);
      List<String> krIds =
          o.keyResults().stream().map(KeyResult::id).filter(id -> id != null).toList();
      for (KeyResult kr : o.keyResults()) {
        expect(kr.kpi(), index.kpis, "kpi", "a KPI", kr.spans().at("kpi"), out);
      }
      for (Initiative initiative : o.initiatives()) {
        expect(
            initiative.keyResult(),
            krIds,
            "key_result",
            "a key result of this objective",
            initiative.spans().at("key_result"),
            out);
      }
    }
    for (Kpi kpi : ws.kpis()) {
      for (String lead : kpi.leads()) {
        expect(lead, index.kpis, "leads", "a KPI", kpi.spans().at("leads"), out);
      }
    }
    for (SmartGoal goal : ws.goals()) {
      for (int i = 0; i < goal.alignsTo().size(); i++) {
        expect(
            goal.alignsTo().get(i),
            goalAlignable,
            "aligns_to",
            "an objective, key result or goal",
            goal.spans().item("aligns_to", i),
            out);
      }
    }
    for (JournalEntry entry : ws.journal()) {
      Collection<String> targets =
          switch (entry.kind()) {
            case KR -> index.keyResultRefs;
            case KPI -> index.kpis;
            case GOAL -> index.goals;
            case OBJECTIVE -> index.objectives.keySet();
            case INITIATIVE -> index.initiativeRefs;
          };
      String key = entry.kind().key();
      if (entry.ref() != null && !targets.contains(ws.currentOf(entry))) {
        out.add(
            Diagnostic.error(
                "unknown-ref",
                entry.spans().at(key),
                "this journal entry is about `"
                    + key
                    + ": "
                    + entry.ref()
                    + "`, which does not exist",
                hint(entry.ref(), targets)
                    + "journal entries are history and are never dropped: restore the id, or"
                    + (entry.kind() == EntryKind.KR || entry.kind() == EntryKind.INITIATIVE
                        ? " if the "
                            + (entry.kind() == EntryKind.KR ? "key result" : "initiative")
                            + " was renamed by hand, put its old id back and run"
                            + " `okr mv "
                            + entry.ref()
                            + " "
                            + Index.objectivePart(entry.ref())
                            + "/NEW`, which maps its history"
                        : " rename it back with `okr mv`")));
      }
    }
  }

  private static void expect(
      String ref,
      Collection<String> targets,
      String key,
      String what,
      SourceSpan span,
      List<Diagnostic> out) {
    if (ref == null || targets.contains(ref)) {
      return;
    }
    out.add(
        Diagnostic.error(
            "unknown-ref",
            span,
            "`" + key + ": " + ref + "` does not name " + what + " in this workspace",
            hint(ref, targets).isEmpty()
                ? "check the spelling against the `id:` of the goal files"
                : hint(ref, targets).strip()));
  }

  private static String hint(String ref, Collection<String> targets) {
    return Suggestions.closest(ref, targets).map(s -> "did you mean `" + s + "`? ").orElse("");
  }

  private static Collection<String> union(Collection<String> a, Collection<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toList());
  }
}
