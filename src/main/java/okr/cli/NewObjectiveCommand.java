package okr.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import okr.model.Header;
import okr.model.KeyResult;
import okr.model.Kind;
import okr.model.KrType;
import okr.model.Level;
import okr.model.Objective;
import okr.model.ObjectiveType;
import okr.model.Spans;
import okr.model.Workspace;
import okr.prompt.Abandoned;
import okr.store.GoalFileText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "objective",
    mixinStandardHelpOptions = true,
    header = "Create an objective with its key results.",
    description = {
      "  okr new objective --title \"Customers love us\" --period 2026-Q4 \\",
      "      --kr \"Raise NPS from 50 to 70|50|70|points\" --kr \"Self-serve onboarding live|milestone\"",
      "A --kr is TITLE|BASELINE|TARGET|UNIT for a metric, or TITLE|milestone; its id is made",
      "from the title's distinctive words (\"Raise weekly active users to 5,000\" gives",
      "weekly-active-users), or written before a title that starts with a capital letter:",
      "  --kr \"wau: Raise weekly active users|1000|5000\""
    })
final class NewObjectiveCommand implements Callable<Integer> {

  private final Context ctx;

  @ParentCommand NewCommand parent;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "The objective: qualitative and inspiring.")
  String title;

  @Option(names = "--id", paramLabel = "ID", description = "Its id (default: from the title).")
  String id;

  @Option(names = "--period", paramLabel = "P", description = "Its period (default: this quarter).")
  String period;

  @Option(names = "--owner", paramLabel = "NAME", description = "Its owner (default: me).")
  String owner;

  @Option(names = "--team", paramLabel = "TEAM", description = "Its team.")
  String team;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "committed or aspirational (default).")
  String type;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      description = "strategic, tactical or individual.")
  String level;

  @Option(
      names = "--aligns-to",
      paramLabel = "REF",
      description = "The parent objective or key result.")
  String alignsTo;

  @Option(
      names = "--kr",
      paramLabel = "SPEC",
      description = "A key result: [ID: ]TITLE|BASELINE|TARGET|UNIT or [ID: ]TITLE|milestone.")
  List<String> keyResults = new ArrayList<>();

  @Option(
      names = "--file",
      paramLabel = "PATH",
      description = "Where to write it (default: objectives/ID.yaml).")
  String file;

  NewObjectiveCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    GlobalOptions global = parent.global();
    Workspace ws = Writing.load(ctx, global).workspace();
    String me = Identity.me(ctx, ws.settings(), ws.root());
    String quarter = ws.settings().calendar().quarterOf(global.today(ctx)).label();
    Objective objective;
    if (title == null) {
      int[] exit = {ExitCode.OK};
      objective =
          NewFiles.runWizard(
              ctx,
              "--title, and --kr for each key result (see okr new objective --help)",
              w -> wizard(w, ws, me, quarter),
              exit);
      if (objective == null) {
        return exit[0];
      }
    } else {
      objective = fromFlags(ws, me, quarter);
    }
    Path path = NewFiles.path(ws, ctx, file, "objectives", objective.id());
    return NewFiles.create(ctx, global, ws, path, GoalFileText.objective(objective));
  }

  private Objective fromFlags(Workspace ws, String me, String quarter) {
    List<KeyResult> krs = new ArrayList<>();
    for (String spec : keyResults) {
      krs.add(keyResult(spec, krs));
    }
    return objective(
        id != null ? id : NewFiles.freeId(ws, title),
        title,
        period != null ? period : quarter,
        owner != null ? owner : me,
        team,
        parseEnum(ObjectiveType.class, type, "--type", ObjectiveType.ASPIRATIONAL),
        parseEnum(Level.class, level, "--level", null),
        alignsTo,
        krs);
  }

  private Objective wizard(Wizard w, Workspace ws, String me, String quarter) throws Abandoned {
    w.say("New objective: qualitative and inspiring, with 2 to 5 measurable key results.");
    w.say("Enter keeps the value in [brackets]; Ctrl-C stops with nothing written.");
    String t = w.required("Title");
    String i = w.text("Id", NewFiles.freeId(ws, t));
    String p = w.text("Period", quarter);
    String o = w.text("Owner", me);
    String ty = w.choice("Type", List.of("committed", "aspirational"), "aspirational");
    String l = w.choice("Level", List.of("strategic", "tactical", "individual"), "individual");
    String a = w.text("Aligns to (objective or objective/kr, Enter for none)", null);
    w.say("Key results: outcomes you can measure, not activities. Enter on a title ends the list.");
    List<KeyResult> krs = new ArrayList<>();
    while (true) {
      String krTitle =
          w.prompter()
              .askUntil(
                  "Key result " + (krs.size() + 1) + " title (\"id: title\" names its id): ",
                  answer -> answer.isEmpty() ? null : idProblem(KrIds.split(answer), krs));
      if (krTitle.isEmpty()) {
        break;
      }
      String krType = w.choice("  type", List.of("metric", "milestone"), "metric");
      if (krType.equals("milestone")) {
        krs.add(milestone("key result " + krTitle, krTitle, krs));
      } else {
        Double baseline = w.number("  baseline, the value today", false);
        Double target = w.number("  target", false);
        String unit = w.text("  unit (e.g. %, points, km)", null);
        krs.add(metric("key result " + krTitle, krTitle, baseline, target, unit, krs));
      }
    }
    Objective objective =
        objective(
            i,
            t,
            p,
            o,
            null,
            ObjectiveType.valueOf(ty.toUpperCase(java.util.Locale.ROOT)),
            Level.valueOf(l.toUpperCase(java.util.Locale.ROOT)),
            a,
            krs);
    return NewFiles.confirmFile(w, GoalFileText.objective(objective)) ? objective : null;
  }

  static Objective objective(
      String id,
      String title,
      String period,
      String owner,
      String team,
      ObjectiveType type,
      Level level,
      String alignsTo,
      List<KeyResult> krs) {
    return new Objective(
        new Header(Kind.OBJECTIVE, id, title, owner, team, List.of(), null, null),
        period,
        null,
        null,
        type,
        level,
        alignsTo == null ? List.of() : List.of(alignsTo),
        null,
        krs,
        List.of(),
        false,
        Spans.of(null));
  }

  private static KeyResult keyResult(String spec, List<KeyResult> before) {
    String[] parts = spec.split("\\|", -1);
    String krTitle = parts[0].strip();
    if (krTitle.isEmpty()) {
      throw new UsageException(
          "--kr "
              + spec
              + ": the title comes first, e.g. \"Raise NPS from 50 to 70|50|70|points\"");
    }
    if (parts.length == 2 && parts[1].strip().equals("milestone")) {
      return milestone("--kr " + spec, krTitle, before);
    }
    if (parts.length < 3 || parts.length > 4) {
      throw new UsageException(
          "--kr " + spec + ": write TITLE|BASELINE|TARGET|UNIT or TITLE|milestone");
    }
    ValueText.Parsed baseline = ValueText.number(parts[1]);
    ValueText.Parsed target = ValueText.number(parts[2]);
    if (baseline.problem() != null || target.problem() != null) {
      throw new UsageException("--kr " + spec + ": baseline and target must be plain numbers");
    }
    String unit = parts.length == 4 && !parts[3].isBlank() ? parts[3].strip() : null;
    return metric("--kr " + spec, krTitle, baseline.number(), target.number(), unit, before);
  }

  /**
   * The id and title of a --kr (or a wizard's key result, named by {@code label}); an id YAML would
   * read as null or a boolean is refused here, naming the argument, before any file is made.
   */
  private static KrIds.Titled titled(String label, String text) {
    KrIds.Titled titled = KrIds.split(text);
    if (titled.id() != null && KrIds.isReserved(titled.id())) {
      throw new UsageException(label + ": " + reservedReason(titled.id()));
    }
    return titled;
  }

  private static String reservedReason(String id) {
    return "`"
        + id
        + "` cannot be an id (YAML reads it as null, true or false);"
        + " write another before the colon";
  }

  /**
   * Why the wizard cannot take a key result's written id (reserved by YAML, or already used in the
   * objective), or null when it can: the wizard asks again with the reason instead of ending the
   * whole wizard as a refused --kr does.
   */
  static String idProblem(KrIds.Titled titled, List<KeyResult> before) {
    if (titled.id() == null) {
      return null;
    }
    if (KrIds.isReserved(titled.id())) {
      return "  " + reservedReason(titled.id());
    }
    if (before.stream().anyMatch(kr -> titled.id().equals(kr.id()))) {
      return "  key result id " + titled.id() + " is already used in this objective; write another";
    }
    return null;
  }

  /** A new milestone key result: done or not done. */
  static KeyResult milestone(String label, String text, List<KeyResult> before) {
    KrIds.Titled titled = titled(label, text);
    return new KeyResult(
        krId(titled, before),
        titled.title(),
        KrType.MILESTONE,
        null,
        null,
        null,
        null,
        null,
        1,
        null,
        null,
        false,
        null,
        null,
        Spans.of(null));
  }

  /** A new metric key result from a baseline to a target. */
  static KeyResult metric(
      String label,
      String text,
      Double baseline,
      Double target,
      String unit,
      List<KeyResult> before) {
    KrIds.Titled titled = titled(label, text);
    return new KeyResult(
        krId(titled, before),
        titled.title(),
        KrType.METRIC,
        baseline,
        target,
        null,
        unit,
        null,
        1,
        null,
        null,
        false,
        null,
        null,
        Spans.of(null));
  }

  /**
   * The id of a new key result: the one written before its title ({@code wau: Raise weekly active
   * users}), which must be free in the objective, else one made from the title's words.
   */
  private static String krId(KrIds.Titled titled, List<KeyResult> before) {
    List<String> taken = before.stream().map(KeyResult::id).toList();
    if (titled.id() == null) {
      return KrIds.derive(titled.title(), taken);
    }
    if (taken.contains(titled.id())) {
      throw new UsageException(
          "key result id "
              + titled.id()
              + " is used twice in this objective; give each key result its own");
    }
    return titled.id();
  }

  static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String option, E fallback) {
    if (text == null) {
      return fallback;
    }
    String name = text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    if (type == Level.class) {
      name = name.equals("COMPANY") ? "STRATEGIC" : name.equals("TEAM") ? "TACTICAL" : name;
    }
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      List<String> words = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        words.add(constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      }
      throw new UsageException(option + " " + text + ": use one of " + String.join(", ", words));
    }
  }
}
