package okr.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okr.model.Diagnostic;
import okr.model.KeyResult;
import okr.model.Objective;
import okr.model.ObjectiveType;
import okr.model.Settings;
import okr.model.Workspace;

/** How objectives are written and how many there are: the mistakes the method warns of. */
final class ObjectiveQualityRules implements WorkspaceRule {

  @Override
  public void check(Workspace ws, LocalDate today, List<Diagnostic> out) {
    Settings.Lint lint = ws.settings().lint();
    Map<String, List<Objective>> byOwnerAndPeriod = new LinkedHashMap<>();
    var calendar = ws.settings().calendar();
    for (Objective o : ws.objectives()) {
      if (o.header().owner() != null && o.period() != null) {
        // By the period, not its spelling: 2026-q4 and 2026-Q4 are one quarter.
        String period = calendar.canonical(o.period());
        byOwnerAndPeriod
            .computeIfAbsent(o.header().owner() + "\u0000" + period, k -> new ArrayList<>())
            .add(o);
      }
      checkObjective(o, lint, out);
    }
    for (List<Objective> group : byOwnerAndPeriod.values()) {
      if (group.size() > lint.maxObjectives()) {
        Objective extra = group.get(lint.maxObjectives());
        out.add(
            Diagnostic.warning(
                "too-many-objectives",
                extra.spans().at("owner"),
                extra.header().owner()
                    + " has "
                    + group.size()
                    + " objectives in "
                    + calendar.canonical(extra.period())
                    + "; more than "
                    + lint.maxObjectives()
                    + " spreads attention too thin",
                "keep the few that matter most and move the rest to a later period, or set"
                    + " lint: {max_objectives: N} in okr.yaml"));
      }
    }
  }

  private static void checkObjective(Objective o, Settings.Lint lint, List<Diagnostic> out) {
    int count = o.keyResults().size();
    if (count == 0) {
      out.add(
          Diagnostic.warning(
              "objective-without-krs",
              o.spans().self(),
              "objective `" + o.id() + "` has no key results, so nothing says when it is achieved",
              "add 2 to 5 measurable key results under key_results:"));
    } else if (count < lint.minKeyResults() || count > lint.maxKeyResults()) {
      out.add(
          Diagnostic.warning(
              "key-result-count",
              o.spans().at("key_results"),
              "objective `"
                  + o.id()
                  + "` has "
                  + count
                  + (count == 1 ? " key result" : " key results")
                  + "; "
                  + lint.minKeyResults()
                  + " to "
                  + lint.maxKeyResults()
                  + " keep it measurable and focused",
              count < lint.minKeyResults()
                  ? "add a key result that measures the objective from another side"
                  : "keep the key results that best prove the objective; fewer is clearer"));
    }
    if (o.header().title() != null && Quality.readsLikeKeyResult(o.header().title())) {
      out.add(
          Diagnostic.hint(
              "objective-like-kr",
              o.spans().at("title"),
              "the objective holds an amount, which usually belongs in a key result",
              "keep the qualitative ambition in the objective, and make sure a key result"
                  + " measures the number"));
    }
    if (o.type() == ObjectiveType.COMMITTED) {
      for (KeyResult kr : o.keyResults()) {
        if (kr.stretch() != null) {
          out.add(
              Diagnostic.warning(
                  "committed-with-stretch",
                  kr.spans().at("stretch"),
                  "committed objectives are expected at 1.0, so a stretch target has no place in one",
                  "drop `stretch:`, or make the objective `type: aspirational`"));
        }
      }
    }
    if (o.type() == ObjectiveType.ASPIRATIONAL
        && count > 0
        && o.keyResults().stream().allMatch(KeyResult::isMilestone)) {
      out.add(
          Diagnostic.warning(
              "aspirational-all-milestones",
              o.spans().at("key_results"),
              "an aspirational objective whose key results are all milestones can only score 0 or 1"
                  + " on each, not show how far it reached",
              "measure at least one key result on a scale (baseline, target, unit)"));
    }
  }
}
