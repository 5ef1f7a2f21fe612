package okr.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import okr.model.Objective;
import okr.model.Workspace;
import okr.prompt.Abandoned;
import okr.prompt.Prompter;
import okr.render.TerminalText;
import okr.store.GoalFileText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "rollover",
    mixinStandardHelpOptions = true,
    header = "Carry an objective into the next period with its unfinished key results.",
    description = {
      "Creates a new objective file for period P with `carried_from: REF`: the same objective,",
      "its key results that are not finished, each starting from its last value as the new",
      "baseline, and its open initiatives. Shows the file and asks before writing (or --yes);",
      "never changes the old file. okr show follows the lineage."
    })
final class RolloverCommand implements Callable<Integer> {

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Parameters(paramLabel = "REF", description = "The objective to carry forward.")
  String ref;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "P",
      description = "The new period, e.g. 2026-Q4.")
  String to;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "The new objective's id (default: REF with the new period).")
  String id;

  @Option(names = "--yes", description = "Write without asking.")
  boolean yes;

  RolloverCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    GlobalOptions global = parent.global();
    Workspace ws = Writing.load(ctx, global).workspace();
    Objective old =
        ws.objective(ref)
            .orElseThrow(
                () ->
                    new UsageException(
                        "no objective is called `" + TerminalText.sanitize(ref) + "`"));
    okr.model.PeriodCalendar calendar = ws.settings().calendar();
    okr.model.Period toPeriod =
        calendar
            .resolve(to)
            .orElseThrow(
                () -> new UsageException("--to " + to + ": not a period; write e.g. 2026-Q4"));
    if (calendar.names(old.period(), toPeriod)) {
      throw new UsageException("--to " + to + ": `" + ref + "` is already in " + toPeriod.label());
    }
    // The new file names its period as every view labels it: 2026-q4 is written 2026-Q4.
    okr.reports.Rollover rollover =
        okr.reports.Rollover.plan(ws, global.today(ctx), old, toPeriod.label(), id);
    String newId = rollover.next().id();
    if (!okr.model.Slugs.isId(newId) || NewFiles.isDeviceName(newId)) {
      // --id becomes a file name beside the old file: `../x` or `con` must never get that far.
      throw new UsageException(
          "--id "
              + TerminalText.sanitize(newId)
              + ": ids are lowercase letters, digits and dashes, and not a Windows device name"
              + " (con, aux, nul, com1, lpt1…)");
    }
    Objective next = rollover.next();
    String text = GoalFileText.objective(next);
    Path path = old.header().file().resolveSibling(newId + ".yaml");
    if (!yes) {
      if (!ctx.terminal()) {
        throw new UsageException(
            "no terminal to confirm in: pass --yes to write " + newId + ".yaml");
      }
      try (Prompter prompter = ctx.prompter()) {
        prompter.say(
            "Carries "
                + rollover.carried()
                + " of "
                + rollover.of()
                + " key results into "
                + toPeriod.label()
                + ":");
        for (String line : text.split("\n")) {
          prompter.say("  " + TerminalText.sanitize(line));
        }
        if (!prompter.confirm(
            "Create " + new okr.render.PathDisplay(ctx.cwd()).show(path) + "?", true)) {
          prompter.say("Nothing was written.");
          return ExitCode.OK;
        }
      } catch (Abandoned e) {
        ctx.err().println("okr: abandoned; nothing was written");
        return ExitCode.INTERRUPTED;
      }
    }
    return NewFiles.create(ctx, global, ws, path, text);
  }
}
