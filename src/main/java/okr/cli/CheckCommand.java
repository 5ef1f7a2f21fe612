package okr.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import okr.check.Checker;
import okr.model.Diagnostic;
import okr.model.Severity;
import okr.render.DiagnosticJson;
import okr.render.DiagnosticText;
import okr.render.PathDisplay;
import okr.render.Style;
import okr.store.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    header = "Validate the goal files and report every problem with its place.",
    description = {
      "Reads okr.yaml, every goal file and the journal, and reports all problems found, each",
      "with its file, line and column, the line itself and how to fix it. Changes no file.",
      "Exits 1 when there are errors, so it can gate a commit or a CI job."
    })
final class CheckCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  CheckCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    GlobalOptions global = parent.global();
    global.today(ctx); // fail early on a bad --today, as every command does
    LoadResult loaded = WorkspaceAccess.load(ctx, global);
    List<Diagnostic> all = new ArrayList<>(loaded.problems());
    all.addAll(Checker.check(loaded.workspace(), global.today(ctx)));
    all.sort(Diagnostic.BY_PLACE);
    PathDisplay paths = new PathDisplay(ctx.cwd());
    long errors = all.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = all.size() - errors;
    if (format == Format.json) {
      ctx.out().println(DiagnosticJson.render(all, loaded.fileCount(), paths));
    } else {
      Style style = global.colour(ctx) ? Style.coloured() : Style.plain();
      new DiagnosticText(paths, loaded::line, style).print(all, ctx.out());
      ctx.out()
          .println(
              "checked "
                  + plural(loaded.fileCount(), "file")
                  + ": "
                  + plural(errors, "error")
                  + ", "
                  + plural(warnings, "warning"));
    }
    return errors > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
