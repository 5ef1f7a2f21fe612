package okr.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import okr.model.Header;
import okr.model.Kind;
import okr.model.Measure;
import okr.model.SmartGoal;
import okr.model.Spans;
import okr.model.Workspace;
import okr.prompt.Abandoned;
import okr.store.GoalFileText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "goal",
    mixinStandardHelpOptions = true,
    header = "Create a SMART goal: Specific, Measurable, Achievable, Relevant, Time-bound.",
    description = {
      "  okr new goal --title \"Read 24 books in 2026\" --baseline 0 --target 24 --unit books \\",
      "      --cumulative --achievable \"30 minutes every evening\" --relevant \"Keep learning\" \\",
      "      --due 2026-12-31",
      "The wizard asks for each letter in turn."
    })
final class NewGoalCommand implements Callable<Integer> {

  private final Context ctx;

  @ParentCommand NewCommand parent;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "Specific: what exactly, in one sentence.")
  String title;

  @Option(names = "--id", paramLabel = "ID", description = "Its id (default: from the title).")
  String id;

  @Option(names = "--baseline", paramLabel = "N", description = "Measurable: where you start.")
  Double baseline;

  @Option(names = "--target", paramLabel = "N", description = "Measurable: where you want to be.")
  Double target;

  @Option(names = "--unit", paramLabel = "UNIT", description = "The unit of the measure.")
  String unit;

  @Option(
      names = "--cumulative",
      description = "Check-ins add up (books read, money saved each month).")
  boolean cumulative;

  @Option(
      names = "--achievable",
      paramLabel = "TEXT",
      description = "Achievable: what makes it doable.")
  String achievable;

  @Option(names = "--relevant", paramLabel = "TEXT", description = "Relevant: why it matters.")
  String relevant;

  @Option(names = "--aligns-to", paramLabel = "REF", description = "The objective it serves.")
  String alignsTo;

  @Option(names = "--due", paramLabel = "DATE", description = "Time-bound: the deadline.")
  LocalDate due;

  @Option(
      names = "--period",
      paramLabel = "P",
      description = "Time-bound: a period instead of a due date.")
  String period;

  @Option(names = "--owner", paramLabel = "NAME", description = "Its owner (default: me).")
  String owner;

  @Option(
      names = "--file",
      paramLabel = "PATH",
      description = "Where to write it (default: goals/ID.yaml).")
  String file;

  NewGoalCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    GlobalOptions global = parent.global();
    Workspace ws = Writing.load(ctx, global).workspace();
    String me = Identity.me(ctx, ws.settings(), ws.root());
    SmartGoal goal;
    if (title == null) {
      int[] exit = {ExitCode.OK};
      goal =
          NewFiles.runWizard(
              ctx,
              "--title and the other flags (see okr new goal --help)",
              w -> wizard(w, ws, me),
              exit);
      if (goal == null) {
        return exit[0];
      }
    } else {
      Measure measure =
          baseline == null && target == null && unit == null
              ? null
              : new Measure(baseline, target, unit, cumulative, null);
      goal =
          goal(
              id != null ? id : NewFiles.freeId(ws, title),
              title,
              measure,
              achievable,
              relevant,
              alignsTo,
              due,
              period,
              owner != null ? owner : me);
    }
    Path path = NewFiles.path(ws, ctx, file, "goals", goal.id());
    return NewFiles.create(ctx, global, ws, path, GoalFileText.goal(goal));
  }

  private SmartGoal wizard(Wizard w, Workspace ws, String me) throws Abandoned {
    w.say("New SMART goal, letter by letter. Ctrl-C stops with nothing written.");
    w.say("S  Specific: what exactly will be true when you are done?");
    String t = w.required("   Title");
    String i = w.text("   Id", NewFiles.freeId(ws, t));
    w.say("M  Measurable: how will you count it?");
    Double b = w.number("   Baseline, where you are today", false);
    Double tg = w.number("   Target", false);
    String u = w.text("   Unit (books, €, km…)", null);
    boolean c =
        w.choice(
                "   Do check-ins add up (each one reports what was added)",
                List.of("yes", "no"),
                "no")
            .equals("yes");
    w.say("A  Achievable: what makes it doable: time, money, help?");
    String a = w.text("   Achievable", null);
    w.say("R  Relevant: why does it matter, and which objective does it serve?");
    String r = w.text("   Relevant", null);
    String al = w.text("   Aligns to (objective id, Enter for none)", null);
    w.say("T  Time-bound: by when?");
    LocalDate d = w.date("   Due", false);
    SmartGoal goal =
        goal(i, t, new Measure(b, tg, u, c, null), a, r, al, d, null, w.text("Owner", me));
    return NewFiles.confirmFile(w, GoalFileText.goal(goal)) ? goal : null;
  }

  private static SmartGoal goal(
      String id,
      String title,
      Measure measure,
      String achievable,
      String relevant,
      String alignsTo,
      LocalDate due,
      String period,
      String owner) {
    return new SmartGoal(
        new Header(Kind.GOAL, id, title, owner, null, List.of(), null, null),
        measure,
        achievable,
        relevant,
        null,
        due,
        period,
        alignsTo == null ? List.of() : List.of(alignsTo),
        Spans.of(null));
  }
}
