package okr.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import okr.model.EntryKind;
import okr.model.Grade;
import okr.model.ObjectiveType;
import okr.model.Period;
import okr.model.Workspace;
import okr.prompt.Abandoned;
import okr.prompt.Prompter;
import okr.render.Numbers;
import okr.render.PathDisplay;
import okr.render.TerminalText;
import okr.reports.Closing;
import okr.scoring.ObjectiveStatus;
import okr.scoring.Scorer;
import okr.store.JournalWriter;
import okr.store.NewGrade;
import okr.store.NewReopening;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "close",
    mixinStandardHelpOptions = true,
    header = "Grade a period: record the final score of each objective and key result.",
    description = {
      "Appends a grade entry per objective and key result of PERIOD to the journal, so the",
      "grade stays history even if the files change later; every view of a closed period",
      "shows it. Closing a period twice is an error; --reopen appends a reopening instead,",
      "after which the period's grades no longer count (they stay in the journal) and it can",
      "be closed again. Coaches while it grades: committed",
      "objectives below 1.0 are missed commitments, and an owner whose aspirational",
      "objectives scored 0.95 or more twice running may not be aiming high enough."
    })
final class CloseCommand implements Callable<Integer> {

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Parameters(paramLabel = "PERIOD", description = "The period to close, e.g. 2026-Q3.")
  String period;

  @Option(
      names = "--note",
      paramLabel = "TEXT",
      description = "A note for every grade (in a terminal, each objective is asked for its own).")
  String note;

  @Option(names = "--yes", description = "Write without asking.")
  boolean yes;

  @Option(
      names = "--early",
      description = "Close a period that has not ended yet, grading it as of today.")
  boolean early;

  @Option(
      names = "--reopen",
      description =
          "Open the closed PERIOD again: its grades stop counting until it is closed again.")
  boolean reopen;

  CloseCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    GlobalOptions global = parent.global();
    LocalDate today = global.today(ctx);
    Workspace ws = Writing.load(ctx, global).workspace();
    Period p =
        ws.settings()
            .calendar()
            .resolve(period)
            .orElseThrow(() -> new UsageException(period + ": not a period; write e.g. 2026-Q3"));
    if (reopen) {
      return reopen(global, ws, p);
    }
    if (today.isBefore(p.end()) && !early) {
      throw new UsageException(
          p.label()
              + " runs until "
              + p.end()
              + "; a grade is for good, so close it once it has ended, or pass --early to grade"
              + " it as of today");
    }
    Closing closing = gradable(ws, p, today);
    LocalDate asOf = closing.asOf();
    if (!ctx.terminal() && !yes) {
      throw new UsageException(
          "no terminal to confirm in: pass --yes to close "
              + p.label()
              + " (and --note TEXT for a note)");
    }
    OffsetDateTime at = global.now(ctx);
    String by = Identity.me(ctx, ws.settings(), ws.root());
    List<NewGrade> grades = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    lines.add(
        "Grades for "
            + p.label()
            + (closing.early()
                ? " (the period runs until " + p.end() + "; graded as of " + asOf + ")"
                : "")
            + ":");
    try (Prompter prompter = ctx.terminal() && !yes ? ctx.prompter() : null) {
      for (ObjectiveStatus o : closing.objectives()) {
        List<Closing.Mark> marks = Closing.marks(o);
        lines.add(
            "  "
                + Numbers.score(marks.get(0).score())
                + "  "
                + TerminalText.sanitize(o.objective().header().title())
                + "  ("
                + (o.objective().type() == ObjectiveType.COMMITTED ? "committed" : "aspirational")
                + ")");
        String objectiveNote = note;
        if (prompter != null && note == null) {
          prompter.say(lines.get(lines.size() - 1));
          String answer = prompter.askLines("    note (optional): ");
          objectiveNote = answer.isEmpty() ? null : answer;
        }
        for (Closing.Mark mark : marks) {
          // The note is the objective's; its key results' grades carry none.
          String markNote = mark.kind() == EntryKind.OBJECTIVE ? objectiveNote : null;
          grades.add(
              new NewGrade(at, by, p.label(), mark.kind(), mark.ref(), mark.score(), markNote));
        }
      }
      List<String> coach =
          okr.render.CloseCoachingText.lines(
              okr.reports.CloseCoaching.of(
                  ws, p, closing.objectives(), new Scorer(ws, asOf).bands()));
      lines.addAll(coach);
      if (prompter != null) {
        coach.forEach(prompter::say);
        if (!prompter.confirm("Write " + grades.size() + " grades to the journal?", true)) {
          prompter.say("Nothing was written.");
          return ExitCode.OK;
        }
      }
    } catch (Abandoned e) {
      ctx.err().println("okr: abandoned; nothing was written");
      return ExitCode.INTERRUPTED;
    }
    List<Path> files;
    try {
      files =
          Writing.locked(
              ctx,
              global,
              fresh -> {
                // Another close may have graded the period, or a check-in changed a score, since
                // the workspace was read: grade only what was shown, and only once.
                Closing now = gradable(fresh.workspace(), p, today);
                if (!now.marks().equals(closing.marks())) {
                  throw new UsageException(
                      "the scores of "
                          + p.label()
                          + " changed while okr was grading (another okr wrote to the workspace);"
                          + " nothing was written; run the command again");
                }
                return JournalWriter.append(fresh.workspace().root(), grades);
              });
    } catch (okr.store.WriteFailed e) {
      return WriteFailure.report(ctx, e);
    }
    if (yes || !ctx.terminal()) {
      lines.forEach(ctx.out()::println);
    }
    List<okr.reports.GoalpostMoves.Move> moved =
        okr.reports.GoalpostMoves.during(ws, today, GoalHistories.of(ctx, ws, null), p);
    if (!moved.isEmpty()) {
      ctx.out().println("Goalposts moved during " + p.label() + ":");
      okr.render.GoalpostSection.lines(moved).forEach(ctx.out()::println);
    }
    ctx.out()
        .println(
            "Closed "
                + p.label()
                + ": wrote "
                + grades.size()
                + " grades to "
                + new PathDisplay(ctx.cwd()).show(files.get(0))
                + ".");
    return ExitCode.OK;
  }

  /** Appends a reopening of closed period {@code p}, inside the lock, checked again there. */
  private Integer reopen(GlobalOptions global, Workspace ws, Period p) throws IOException {
    closedOn(ws, p);
    NewReopening reopening =
        new NewReopening(
            global.now(ctx), Identity.me(ctx, ws.settings(), ws.root()), p.label(), note);
    List<Path> files;
    try {
      files =
          Writing.locked(
              ctx,
              global,
              fresh -> {
                closedOn(fresh.workspace(), p);
                return JournalWriter.append(fresh.workspace().root(), List.of(reopening));
              });
    } catch (okr.store.WriteFailed e) {
      return WriteFailure.report(ctx, e);
    }
    ctx.out()
        .println(
            "Reopened "
                + p.label()
                + ": its grades no longer count; okr close "
                + p.label()
                + " grades it again. Wrote "
                + new PathDisplay(ctx.cwd()).show(files.get(0))
                + ".");
    return ExitCode.OK;
  }

  /** The day a period was closed; a usage error when it is open. */
  private static LocalDate closedOn(Workspace ws, Period p) {
    List<Grade> grades = ws.gradesOf(p.label());
    if (grades.isEmpty()) {
      throw new UsageException(p.label() + " is not closed, so there is nothing to reopen");
    }
    return grades.get(0).at().toLocalDate();
  }

  /**
   * The closing of a period that is not closed yet; a usage error when it was closed or has no
   * objective.
   */
  private static Closing gradable(Workspace ws, Period p, LocalDate today) {
    Closing closing = Closing.of(ws, p, today);
    if (closing.closedOn() != null) {
      throw new UsageException(
          p.label()
              + " was closed on "
              + closing.closedOn()
              + "; a period is closed once (its grades are history); okr close --reopen "
              + p.label()
              + " opens it again");
    }
    if (closing.objectives().isEmpty()) {
      throw new UsageException("no objective has period: " + p.label() + "; nothing to close");
    }
    return closing;
  }
}
