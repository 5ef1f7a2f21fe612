package okr.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import okr.model.Initiative;
import okr.model.KeyResult;
import okr.model.Kpi;
import okr.model.Objective;
import okr.model.SmartGoal;
import okr.model.Spans;
import okr.model.Suggestions;
import okr.model.Workspace;
import okr.prompt.Abandoned;
import okr.prompt.Prompter;
import okr.render.PathDisplay;
import okr.render.TerminalText;
import okr.store.NewRename;
import okr.store.TextEdits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "mv",
    mixinStandardHelpOptions = true,
    header = "Rename an objective, KPI, goal, key result or initiative, and every reference to it.",
    description = {
      "Edits the files at the exact places the id is written (its `id:`, and every",
      "aligns_to, carried_from, kpi and leads that names it), keeping comments and",
      "formatting, and shows the diff before writing (or --yes). The journal keeps the old id",
      "in its entries; a rename entry maps it to the new one, so history still counts.",
      "",
      "A key result is renamed as OBJECTIVE/KR to OBJECTIVE/NEW (or NEW alone): its `id:`,",
      "the key_result of its objective's initiatives and every aligns_to that names it are",
      "edited, and its check-ins and grades count for the new id. It stays in its objective:",
      "moving it to another one is refused. Renaming the objective later keeps its key",
      "results' history too.",
      "",
      "An initiative with an id is renamed the same way, OBJECTIVE/ID to OBJECTIVE/NEW: its",
      "`id:` is edited and its check-ins count for the new id. A new id that a key result or",
      "initiative of the objective has is refused."
    })
final class MvCommand implements Callable<Integer> {

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Parameters(
      index = "0",
      paramLabel = "OLD",
      description = "The id now: an objective, KPI or goal id, or OBJECTIVE/KR or OBJECTIVE/ID.")
  String from;

  @Parameters(
      index = "1",
      paramLabel = "NEW",
      description =
          "The new id; for a key result or initiative, OBJECTIVE/NEW or NEW, in the same"
              + " objective.")
  String to;

  @Option(names = "--yes", description = "Write without asking.")
  boolean yes;

  /** What to rename (full refs, as the journal's rename entry names them) and where. */
  private record Renaming(String from, String to, List<TextEdits.Edit> edits) {}

  MvCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    GlobalOptions global = parent.global();
    Workspace ws = Writing.load(ctx, global).workspace();
    Renaming plan = from.contains("/") ? childPlan(ws) : idPlan(ws);
    String from = plan.from();
    String to = plan.to();
    List<TextEdits.Change> changes = TextEdits.plan(plan.edits());
    PathDisplay paths = new PathDisplay(ctx.cwd());
    List<String> diff = new ArrayList<>();
    for (TextEdits.Change change : changes) {
      diff.addAll(TextEdits.diff(change, paths.show(change.file())));
    }
    if (!yes) {
      if (!ctx.terminal()) {
        diff.forEach(line -> ctx.out().println(TerminalText.sanitize(line)));
        throw new UsageException("no terminal to confirm in: pass --yes to make these changes");
      }
      try (Prompter prompter = ctx.prompter()) {
        diff.forEach(line -> prompter.say(TerminalText.sanitize(line)));
        if (!prompter.confirm(
            "Rename "
                + from
                + " to "
                + to
                + " in "
                + changes.size()
                + (changes.size() == 1 ? " file?" : " files?"),
            true)) {
          prompter.say("Nothing was changed.");
          return ExitCode.OK;
        }
      } catch (Abandoned e) {
        ctx.err().println("okr: abandoned; nothing was changed");
        return ExitCode.INTERRUPTED;
      }
    } else {
      diff.forEach(line -> ctx.out().println(TerminalText.sanitize(line)));
    }
    String me = Identity.me(ctx, ws.settings(), ws.root());
    try {
      Writing.locked(
          ctx,
          global,
          fresh -> {
            // Planned again on what is on disk now: the new id must still be free (another mv or
            // new may have taken it) and every file must read as it did when the diff was shown.
            Workspace now = fresh.workspace();
            Renaming again = this.from.contains("/") ? childPlan(now) : idPlan(now);
            if (!TextEdits.plan(again.edits()).equals(changes)) {
              throw new UsageException(
                  "the files changed since okr read them (another okr wrote to the workspace);"
                      + " nothing was changed; run the command again");
            }
            // The edits and the rename entry that maps old check-ins go to disk together.
            TextEdits.apply(
                now.root(),
                changes,
                List.of(
                    new NewRename(
                        // later than every entry this clone has seen, whatever its clock said
                        okr.store.EntryIds.after(java.time.Clock.systemUTC(), journalIds(now)),
                        global.now(ctx),
                        me,
                        from,
                        to)));
            return null;
          });
    } catch (okr.store.WriteFailed e) {
      return WriteFailure.report(ctx, e);
    }
    ctx.out()
        .println(
            "Renamed "
                + from
                + " to "
                + to
                + " in "
                + changes.size()
                + (changes.size() == 1 ? " file" : " files")
                + "; the journal maps the old id to the new one.");
    return ExitCode.OK;
  }

  /** An objective, KPI or goal id: its own `id:` and every reference to it or its key results. */
  private Renaming idPlan(Workspace ws) {
    if (!okr.model.Slugs.isId(to)) {
      throw new UsageException(
          "NEW " + TerminalText.sanitize(to) + ": ids are lowercase letters, digits and dashes");
    }
    if (ws.objective(to).isPresent() || ws.kpi(to).isPresent() || ws.goal(to).isPresent()) {
      throw new UsageException("`" + to + "` is taken; choose another id");
    }
    List<TextEdits.Edit> edits = new ArrayList<>();
    Spans own =
        ws.objective(from)
            .map(Objective::spans)
            .or(() -> ws.kpi(from).map(Kpi::spans))
            .or(() -> ws.goal(from).map(SmartGoal::spans))
            .orElseThrow(
                () ->
                    new UsageException(
                        "no objective, KPI or goal is called `"
                            + TerminalText.sanitize(from)
                            + "`"
                            + Suggestions.closest(from, ids(ws))
                                .map(s -> "; did you mean `" + s + "`?")
                                .orElse("")));
    edits.add(new TextEdits.Edit(own.at("id"), from, to));
    for (Objective o : ws.objectives()) {
      refers(o.alignsTo(), o.spans(), "aligns_to", edits);
      refers(o.carriedFrom(), o.spans(), "carried_from", edits);
      for (KeyResult kr : o.keyResults()) {
        if (from.equals(kr.kpi())) {
          edits.add(new TextEdits.Edit(kr.spans().at("kpi"), from, to));
        }
      }
    }
    for (Kpi k : ws.kpis()) {
      for (int i = 0; i < k.leads().size(); i++) {
        if (from.equals(k.leads().get(i))) {
          edits.add(new TextEdits.Edit(k.spans().at("leads[" + i + "]"), from, to));
        }
      }
    }
    for (SmartGoal g : ws.goals()) {
      refers(g.alignsTo(), g.spans(), "aligns_to", edits);
    }
    return new Renaming(from, to, edits);
  }

  /**
   * A key result or initiative {@code OBJ/ID}. A key result: its `id:`, the `key_result:` of its
   * objective's initiatives, and every `aligns_to: OBJ/KR` of objectives and goals. An initiative:
   * its `id:` (nothing else in the files names it). Their journal entries and grades keep the old
   * ref; the rename entry maps them, from the full old ref to the full new one.
   */
  private Renaming childPlan(Workspace ws) {
    int slash = from.indexOf('/');
    String objectiveId = from.substring(0, slash);
    String oldId = from.substring(slash + 1);
    Objective objective = ws.objective(objectiveId).orElse(null);
    List<KeyResult> named =
        objective == null
            ? List.of()
            : objective.keyResults().stream().filter(kr -> oldId.equals(kr.id())).toList();
    List<Initiative> work =
        objective == null
            ? List.of()
            : objective.initiatives().stream().filter(i -> oldId.equals(i.id())).toList();
    if (named.isEmpty() && work.isEmpty()) {
      List<String> refs = new ArrayList<>();
      ws.objectives()
          .forEach(
              o -> {
                o.keyResults().forEach(kr -> refs.add(o.id() + "/" + kr.id()));
                o.initiatives().stream()
                    .filter(i -> i.id() != null)
                    .forEach(i -> refs.add(o.id() + "/" + i.id()));
              });
      throw new UsageException(
          "no key result or initiative is called `"
              + TerminalText.sanitize(from)
              + "`"
              + renamedTo(ws, refs)
                  .or(() -> Suggestions.closest(from, refs).map(s -> "; did you mean `" + s + "`?"))
                  .orElse(
                      objective == null
                          ? "; `okr tree` lists the objectives"
                          : "; `okr show "
                              + objectiveId
                              + "` lists its key results and initiatives"));
    }
    boolean initiative = named.isEmpty();
    String what = initiative ? "initiative" : "key result";
    if (named.size() + work.size() > 1) {
      throw new UsageException(
          "objective "
              + objectiveId
              + " has "
              + (named.size() + work.size())
              + " key results or initiatives called `"
              + oldId
              + "`; give each its own id in the file first (`okr check` shows where)");
    }
    int toSlash = to.indexOf('/');
    String newId = to;
    if (toSlash >= 0) {
      if (!to.substring(0, toSlash).equals(objectiveId)) {
        throw new UsageException(
            "`"
                + from
                + "` cannot move to objective `"
                + TerminalText.sanitize(to.substring(0, toSlash))
                + "`: "
                + (initiative
                    ? "an initiative's check-ins count"
                    : "a key result's check-ins and grades count")
                + " for the objective it is in;"
                + " rename it within "
                + objectiveId
                + " ("
                + objectiveId
                + "/NEW, or just NEW)");
      }
      newId = to.substring(toSlash + 1);
    }
    if (!okr.model.Slugs.isId(newId)) {
      throw new UsageException(
          "NEW "
              + TerminalText.sanitize(to)
              + ": "
              + what
              + " ids are lowercase letters, digits and dashes");
    }
    if (newId.equals(oldId)) {
      throw new UsageException("`" + from + "` is already called that; nothing to rename");
    }
    // Key results and initiatives share their objective's ids: OBJ/ID names one of them.
    String wanted = newId;
    String taker =
        objective.keyResults().stream().anyMatch(kr -> wanted.equals(kr.id()))
            ? "a key result"
            : objective.initiatives().stream().anyMatch(i -> wanted.equals(i.id()))
                ? "an initiative"
                : null;
    if (taker != null) {
      throw new UsageException(
          "`"
              + objectiveId
              + "/"
              + newId
              + "` is taken by "
              + (taker.endsWith(what) ? "another " + what : taker)
              + " of "
              + objectiveId
              + "; choose another id");
    }
    String newRef = objectiveId + "/" + newId;
    List<TextEdits.Edit> edits = new ArrayList<>();
    if (initiative) {
      edits.add(new TextEdits.Edit(work.get(0).spans().at("id"), oldId, newId));
      return new Renaming(from, newRef, edits);
    }
    edits.add(new TextEdits.Edit(named.get(0).spans().at("id"), oldId, newId));
    for (Initiative i : objective.initiatives()) {
      if (oldId.equals(i.keyResult())) {
        edits.add(new TextEdits.Edit(i.spans().at("key_result"), oldId, newId));
      }
    }
    for (Objective o : ws.objectives()) {
      int i = o.alignsTo().indexOf(from);
      if (i >= 0) {
        edits.add(new TextEdits.Edit(o.spans().item("aligns_to", i), from, newRef));
      }
    }
    for (SmartGoal g : ws.goals()) {
      int i = g.alignsTo().indexOf(from);
      if (i >= 0) {
        edits.add(new TextEdits.Edit(g.spans().item("aligns_to", i), from, newRef));
      }
    }
    return new Renaming(from, newRef, edits);
  }

  /** An old ref that the journal already maps: the rename to make starts from its new name. */
  private Optional<String> renamedTo(Workspace ws, List<String> refs) {
    String current = ws.current(from);
    return refs.contains(current) && !current.equals(from)
        ? Optional.of("; it was renamed to `" + current + "`")
        : Optional.empty();
  }

  private static List<String> ids(Workspace ws) {
    List<String> ids = new ArrayList<>();
    ws.objectives().forEach(o -> ids.add(o.id()));
    ws.kpis().forEach(k -> ids.add(k.id()));
    ws.goals().forEach(g -> ids.add(g.id()));
    return ids;
  }

  private void refers(String ref, Spans spans, String key, List<TextEdits.Edit> edits) {
    refers(ref, spans.at(key), edits);
  }

  private void refers(List<String> refs, Spans spans, String key, List<TextEdits.Edit> edits) {
    for (int i = 0; i < refs.size(); i++) {
      refers(refs.get(i), spans.item(key, i), edits);
    }
  }

  private void refers(String ref, okr.model.SourceSpan at, List<TextEdits.Edit> edits) {
    if (ref != null && okr.model.Ref.within(ref, from)) {
      edits.add(new TextEdits.Edit(at, from, to));
    }
  }

  /** The id of every journal entry of the workspace. */
  private static List<String> journalIds(Workspace ws) {
    List<String> ids = new ArrayList<>();
    ws.journal().forEach(e -> ids.add(e.id()));
    ws.retracted().forEach(e -> ids.add(e.id()));
    ws.grades().forEach(g -> ids.add(g.id()));
    ws.renames().forEach(r -> ids.add(r.id()));
    ws.retractions().forEach(r -> ids.add(r.id()));
    return ids;
  }
}
