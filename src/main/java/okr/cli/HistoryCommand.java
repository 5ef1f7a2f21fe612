package okr.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import okr.model.GoalChange;
import okr.model.GoalHistory;
import okr.model.Objective;
import okr.model.Suggestions;
import okr.model.Workspace;
import okr.render.HistoryView;
import okr.render.TerminalText;
import okr.store.Git;
import okr.store.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    header = "Show every change to an objective's or key result's goals, from git history.",
    description = {
      "Lists each change to the title, target, baseline, stretch, weight and direction of an",
      "objective (and its key results) or of one key result (OBJECTIVE/KR), oldest first: the",
      "day, commit, author and old → new. Reads every version of the goal file git has, the",
      "file followed across renames and key results across `okr mv`; an edit not committed yet",
      "comes last. A name no goal has now (renamed away) is refused, with the name its goal",
      "has today. Changes no file. Needs the workspace to be in a git repository."
    })
final class HistoryCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Parameters(
      index = "0",
      paramLabel = "REF",
      description = "An objective id, or OBJECTIVE/KR for one key result.")
  String ref;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  HistoryCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    GlobalOptions global = parent.global();
    LoadResult loaded = WorkspaceAccess.load(ctx, global);
    Workspace ws = loaded.workspace();
    // An id in use today is that item's, even when something else had it before a rename. A past
    // name is no one goal's: in a swap (k → t, j → k, t → j) `t` named k's goal for a moment, and
    // an id used again has named two. Its history is asked for by the name it has now.
    if (!ws.names(ref)) {
      List<String> today = ws.renamedAway(ref).stream().filter(ws::names).toList();
      if (!today.isEmpty()) {
        throw renamedAway(today);
      }
    }
    String current = ref;
    okr.model.Ref parsed = okr.model.Ref.parse(current);
    Objective objective =
        ws.objective(parsed.objective())
            .filter(o -> !parsed.isKeyResult() || ws.names(current))
            .orElseThrow(() -> notFound(ws));
    if (Git.at(ws.root(), ctx.env()).isEmpty()) {
      throw new UsageException(
          "okr history reads git history, and this workspace is not in a git repository"
              + " (or git cannot be run)");
    }
    List<java.nio.file.Path> files =
        objective.header().file() == null ? List.of() : List.of(objective.header().file());
    GoalHistory history = GoalHistories.of(ctx, ws, files);
    List<GoalChange> changes = history.of(current, !parsed.isKeyResult());
    if (format == Format.json) {
      ctx.out().println(HistoryView.json(current, changes));
    } else {
      ctx.out().print(HistoryView.text(current, changes, global.width(ctx)));
    }
    return ExitCode.OK;
  }

  private UsageException renamedAway(List<String> today) {
    List<String> quoted = today.stream().map(id -> "`" + TerminalText.sanitize(id) + "`").toList();
    String where =
        quoted.size() == 1
            ? "it was renamed, and is " + quoted.get(0) + " today"
            : "it was renamed, and the goals that had it are "
                + String.join(" and ", quoted)
                + " today";
    return new UsageException(
        "`"
            + TerminalText.sanitize(ref)
            + "` is not a name in use now: "
            + where
            + "; see `okr history "
            + TerminalText.sanitize(today.get(0))
            + "`");
  }

  private UsageException notFound(Workspace ws) {
    List<String> refs = new ArrayList<>();
    for (Objective o : ws.objectives()) {
      refs.add(o.id());
      o.keyResults().forEach(kr -> refs.add(o.id() + "/" + kr.id()));
    }
    return new UsageException(
        "no objective or key result is called `"
            + TerminalText.sanitize(ref)
            + "`"
            + Suggestions.closest(ref, refs)
                .map(s -> "; did you mean `" + s + "`?")
                .orElse("; `okr tree` lists the objectives"));
  }
}
