package okr.cli;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import okr.model.JournalEntry;
import okr.model.Workspace;
import okr.prompt.Abandoned;
import okr.prompt.Prompter;
import okr.render.EntryText;
import okr.render.PathDisplay;
import okr.render.TerminalText;
import okr.scoring.LatestCheckin;
import okr.store.NewRetraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "undo",
    mixinStandardHelpOptions = true,
    header = "Take back your latest check-in or measurement.",
    description = {
      "Appends a retraction that names your latest entry (about REF, when given): views leave",
      "the entry out from then on, and okr log shows it as retracted. Nothing is deleted from",
      "the journal, so the retraction travels through git like any check-in. A check-in of a",
      "key result fed by a KPI is taken back with its measurement. Asks first at a terminal;",
      "elsewhere pass --yes. To replace a check-in instead, use okr checkin --amend."
    })
final class UndoCommand implements Callable<Integer> {

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Parameters(
      arity = "0..1",
      paramLabel = "REF",
      description = "A key result (objective/kr), an objective, a goal or a KPI.")
  String ref;

  @Option(names = "--yes", description = "Retract without asking.")
  boolean yes;

  @Option(
      names = "--by",
      paramLabel = "NAME",
      description = "Whose latest entry (default: you, as okr whoami says).")
  String by;

  UndoCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    GlobalOptions global = parent.global();
    Workspace ws = Writing.load(ctx, global).workspace();
    String who = Identity.resolve(ctx, ws.settings(), ws.root(), by).name();
    if (ref != null) {
      CheckinTarget.resolve(ws, ref); // an unknown REF is named, with a suggestion
    }
    List<JournalEntry> latest = LatestCheckin.of(ws, who, ref);
    if (latest.isEmpty()) {
      throw new UsageException(
          "nothing to undo: no check-in or measurement"
              + (ref == null ? "" : " of " + TerminalText.sanitize(ref))
              + " by "
              + TerminalText.sanitize(who)
              + " counts now");
    }
    List<String> shown = new ArrayList<>();
    for (JournalEntry e : latest) {
      shown.add("  " + TimeText.show(e.at()) + "  " + TerminalText.sanitize(EntryText.summary(e)));
    }
    String question =
        "Retract "
            + (latest.size() == 1 ? "this entry" : "these " + latest.size() + " entries")
            + "?";
    if (!yes) {
      if (!ctx.terminal()) {
        ctx.out().println("Your latest entry:");
        shown.forEach(ctx.out()::println);
        throw new UsageException("no terminal to confirm in: pass --yes to retract it");
      }
      try (Prompter prompter = ctx.prompter()) {
        prompter.say("Your latest entry:");
        shown.forEach(prompter::say);
        if (!prompter.confirm(question, true)) {
          prompter.say("Nothing was changed.");
          return ExitCode.OK;
        }
      } catch (Abandoned e) {
        ctx.err().println("okr: abandoned; nothing was changed");
        return ExitCode.INTERRUPTED;
      }
    } else {
      shown.forEach(ctx.out()::println);
    }
    OffsetDateTime now = global.now(ctx);
    List<NewRetraction> retractions = new ArrayList<>();
    latest.forEach(e -> retractions.add(new NewRetraction(now, who, e.id())));
    List<java.nio.file.Path> files;
    try {
      files = Writing.append(ctx, global, retractions);
    } catch (okr.store.WriteFailed e) {
      return WriteFailure.report(ctx, e);
    }
    PathDisplay paths = new PathDisplay(ctx.cwd());
    ctx.out()
        .println(
            "Retracted "
                + (latest.size() == 1 ? "1 entry" : latest.size() + " entries")
                + " in "
                + paths.show(files.get(0))
                + (latest.size() == 1
                    ? "; okr log still shows it, marked retracted."
                    : "; okr log still shows them, marked retracted."));
    return ExitCode.OK;
  }
}
