package okr.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okr.model.KeyResult;
import okr.model.Objective;
import okr.model.SourceSpan;
import okr.model.Suggestions;
import okr.model.Workspace;

/**
 * What a REF of `okr show` and `okr edit` names (an objective, {@code objective/kr} or {@code
 * objective/initiative}, a KPI or a goal), where it is written, and the refusal with a suggestion
 * when nothing is called that.
 */
final class GoalRefs {

  /** Where an item is written: its goal file, and the line it starts on. */
  record Place(Path file, int line) {}

  private GoalRefs() {}

  /** The file and line of what {@code ref} names, or empty when nothing is called that. */
  static Optional<Place> place(Workspace ws, String ref) {
    okr.model.Ref parsed = okr.model.Ref.parse(ref);
    if (parsed.isKeyResult()) {
      return ws.objective(parsed.objective())
          .flatMap(
              o ->
                  o.keyResults().stream()
                      .filter(kr -> parsed.keyResult().equals(kr.id()))
                      .findFirst()
                      .map(kr -> at(o.header().file(), kr.spans().self()))
                      .or(
                          () ->
                              o.initiatives().stream()
                                  .filter(i -> parsed.keyResult().equals(i.id()))
                                  .findFirst()
                                  .map(i -> at(o.header().file(), i.spans().self()))));
    }
    return ws.objective(ref)
        .map(o -> at(o.header().file(), o.spans().self()))
        .or(() -> ws.kpi(ref).map(k -> at(k.header().file(), k.spans().self())))
        .or(() -> ws.goal(ref).map(g -> at(g.header().file(), g.spans().self())));
  }

  private static Place at(Path file, SourceSpan span) {
    return new Place(file, span == null ? 1 : Math.max(1, span.line()));
  }

  /** Nothing is called {@code ref}: says so, with the closest id there is. */
  static UsageException notFound(Workspace ws, String ref) {
    List<String> ids = new ArrayList<>();
    for (Objective o : ws.objectives()) {
      ids.add(o.id());
      for (KeyResult kr : o.keyResults()) {
        ids.add(o.id() + "/" + kr.id());
      }
      o.initiatives().stream()
          .filter(i -> i.id() != null)
          .forEach(i -> ids.add(okr.model.Ref.of(o.id(), i.id()).toString()));
    }
    ws.kpis().forEach(k -> ids.add(k.id()));
    ws.goals().forEach(g -> ids.add(g.id()));
    String hint =
        Suggestions.closest(ref, ids)
            .map(s -> "; did you mean `" + s + "`?")
            .orElse("; `okr tree` lists the objectives");
    return new UsageException(
        "no objective, key result, initiative, KPI or goal is called `"
            + okr.render.TerminalText.sanitize(ref)
            + "`"
            + hint);
  }
}
