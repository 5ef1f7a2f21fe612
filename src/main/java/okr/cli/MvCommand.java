package okr.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import okr.model.KeyResult;
import okr.model.Kpi;
import okr.model.Objective;
import okr.model.SmartGoal;
import okr.model.Spans;
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
    header = "Rename an objective, KPI or goal id, and every reference to it.",
    description = {
      "Edits the files at the exact places the id is written (its `id:`, and every",
      "aligns_to, carried_from, kpi and leads that names it), keeping comments and",
      "formatting, and shows the diff before writing (or --yes). The journal keeps the old id",
      "in its entries; a rename entry maps it to the new one, so history still counts."
    })
final class MvCommand implements Callable<Integer> {

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Parameters(index = "0", paramLabel = "OLD", description = "The id now.")
  String from;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new id.")
  String to;

  @Option(names = "--yes", description = "Write without asking.")
  boolean yes;

  MvCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    GlobalOptions global = parent.global();
    Workspace ws = WorkspaceAccess.load(ctx, global).workspace();
    if (!to.matches("[a-z0-9][a-z0-9-]*")) {
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
                            + "` (key results are renamed in their file)"));
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
    List<TextEdits.Change> changes = TextEdits.plan(edits);
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
    try {
      // The edits and the rename entry that maps old check-ins go to disk together.
      TextEdits.apply(
          ws.root(),
          changes,
          List.of(
              new NewRename(
                  global.now(ctx), Identity.me(ctx, ws.settings(), ws.root()), from, to)));
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

  private void refers(String ref, Spans spans, String key, List<TextEdits.Edit> edits) {
    if (ref != null && (ref.equals(from) || ref.startsWith(from + "/"))) {
      edits.add(new TextEdits.Edit(spans.at(key), from, to));
    }
  }
}
