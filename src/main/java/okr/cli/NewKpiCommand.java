package okr.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import okr.model.Better;
import okr.model.Frequency;
import okr.model.Header;
import okr.model.Indicator;
import okr.model.Kind;
import okr.model.Kpi;
import okr.model.Spans;
import okr.model.Thresholds;
import okr.model.Workspace;
import okr.prompt.Abandoned;
import okr.store.GoalFileText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "kpi",
    mixinStandardHelpOptions = true,
    header = "Create a KPI: a leading or lagging indicator, or a health metric.",
    description = {
      "  okr new kpi --title \"Metres climbed per week\" --unit m --indicator leading \\",
      "      --better higher --target 6000 --green 5000 --amber 3000 --leads finish-time"
    })
final class NewKpiCommand implements Callable<Integer> {

  private final Context ctx;

  @ParentCommand NewCommand parent;

  @Option(names = "--title", paramLabel = "TEXT", description = "What it measures.")
  String title;

  @Option(names = "--id", paramLabel = "ID", description = "Its id (default: from the title).")
  String id;

  @Option(names = "--unit", paramLabel = "UNIT", description = "Its unit: %%, h, m, points…")
  String unit;

  @Option(
      names = "--indicator",
      paramLabel = "KIND",
      description = "leading (predicts), lagging (reports), or both (the middle of a chain).")
  String indicator;

  @Option(names = "--better", paramLabel = "WAY", description = "higher or lower.")
  String better;

  @Option(names = "--target", paramLabel = "N", description = "Its target, if it has one.")
  Double target;

  @Option(
      names = "--green",
      paramLabel = "N",
      description = "Green from this value on (read with --better).")
  Double green;

  @Option(names = "--amber", paramLabel = "N", description = "Amber from this value on.")
  Double amber;

  @Option(
      names = "--frequency",
      paramLabel = "F",
      description = "daily, weekly, monthly or quarterly.")
  String frequency;

  @Option(names = "--health", description = "A health metric: watched, not pushed.")
  boolean health;

  @Option(
      names = "--leads",
      paramLabel = "KPI",
      description = "A lagging KPI this one predicts (repeatable).")
  List<String> leads = new ArrayList<>();

  @Option(names = "--owner", paramLabel = "NAME", description = "Its owner (default: me).")
  String owner;

  @Option(names = "--team", paramLabel = "TEAM", description = "Its team.")
  String team;

  @Option(
      names = "--file",
      paramLabel = "PATH",
      description = "Where to write it (default: kpis/ID.yaml).")
  String file;

  NewKpiCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    GlobalOptions global = parent.global();
    Workspace ws = Writing.load(ctx, global).workspace();
    String me = Identity.me(ctx, ws.settings(), ws.root());
    Kpi kpi;
    if (title == null) {
      int[] exit = {ExitCode.OK};
      kpi =
          NewFiles.runWizard(
              ctx,
              "--title and the other flags (see okr new kpi --help)",
              w -> wizard(w, ws, me),
              exit);
      if (kpi == null) {
        return exit[0];
      }
    } else {
      if ((green == null) != (amber == null)) {
        throw new UsageException("--green and --amber go together");
      }
      kpi =
          kpi(
              id != null ? id : NewFiles.freeId(ws, title),
              title,
              unit,
              NewObjectiveCommand.parseEnum(Indicator.class, indicator, "--indicator", null),
              NewObjectiveCommand.parseEnum(Better.class, better, "--better", null),
              target,
              green == null ? null : new Thresholds(green, amber),
              NewObjectiveCommand.parseEnum(
                  Frequency.class, frequency, "--frequency", Frequency.WEEKLY),
              health,
              leads,
              owner != null ? owner : me,
              team);
    }
    Path path = NewFiles.path(ws, ctx, file, "kpis", kpi.id());
    return NewFiles.create(ctx, global, ws, path, GoalFileText.kpi(kpi));
  }

  private Kpi wizard(Wizard w, Workspace ws, String me) throws Abandoned {
    w.say("New KPI. Enter keeps the value in [brackets]; Ctrl-C stops with nothing written.");
    String t = w.required("Title (what it measures)");
    String i = w.text("Id", NewFiles.freeId(ws, t));
    String u = w.text("Unit", null);
    boolean h =
        w.choice("Health metric (watched, not pushed)", List.of("yes", "no"), "no").equals("yes");
    String ind =
        h
            ? null
            : w.choice(
                "Indicator (both: mid-chain)", List.of("leading", "lagging", "both"), "leading");
    String b = w.choice("Better", List.of("higher", "lower"), "higher");
    Double tg = h ? null : w.number("Target", true);
    Double g = w.number("Green from", true);
    Double a = g == null ? null : w.number("Amber from", false);
    String f = w.choice("Measured", List.of("daily", "weekly", "monthly", "quarterly"), "weekly");
    List<String> l = new ArrayList<>();
    if ("leading".equals(ind) || "both".equals(ind)) {
      String answer = w.text("Leads (lagging KPI ids, comma-separated, Enter for none)", null);
      if (answer != null) {
        for (String part : answer.split(",")) {
          if (!part.isBlank()) {
            l.add(part.strip());
          }
        }
      }
    }
    Kpi kpi =
        kpi(
            i,
            t,
            u,
            ind == null ? null : Indicator.valueOf(ind.toUpperCase(java.util.Locale.ROOT)),
            Better.valueOf(b.toUpperCase(java.util.Locale.ROOT)),
            tg,
            g == null ? null : new Thresholds(g, a),
            Frequency.valueOf(f.toUpperCase(java.util.Locale.ROOT)),
            h,
            l,
            w.text("Owner", me),
            null);
    return NewFiles.confirmFile(w, GoalFileText.kpi(kpi)) ? kpi : null;
  }

  private static Kpi kpi(
      String id,
      String title,
      String unit,
      Indicator indicator,
      Better better,
      Double target,
      Thresholds thresholds,
      Frequency frequency,
      boolean health,
      List<String> leads,
      String owner,
      String team) {
    return new Kpi(
        new Header(Kind.KPI, id, title, owner, team, List.of(), null, null),
        unit,
        indicator,
        better,
        target,
        thresholds,
        frequency,
        health,
        leads,
        null,
        null,
        Spans.of(null));
  }
}
