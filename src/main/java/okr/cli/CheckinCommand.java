package okr.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import okr.model.EntryKind;
import okr.model.Workspace;
import okr.prompt.Abandoned;
import okr.prompt.Prompter;
import okr.render.PathDisplay;
import okr.render.TerminalText;
import okr.store.JournalText;
import okr.store.NewEntry;
import okr.store.NewRetraction;
import okr.store.WorkspaceLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "checkin",
    mixinStandardHelpOptions = true,
    header = "Record this week's check-in: values, confidence, progress, plans, problems.",
    description = {
      "In a terminal, walks the key results of your objectives for the current period (or of",
      "REF) one at a time; Enter on a value skips a key result, Ctrl-C or Ctrl-D stops with",
      "nothing written, and all entries are appended together after a summary.",
      "Each key result asks for the value (the prompt shows the last one and the value on",
      "pace today), the confidence (Enter keeps it) and one optional line of notes, e.g.",
      "  p: shipped the beta; n: launch; x: hiring",
      "where p: is progress, n: next (plans), x: problems, each at the start or after ; or |;",
      "text without a prefix is progress.",
      "",
      "With flags, records one entry without asking, e.g.",
      "  okr checkin maratona/climb --value 2800 --confidence 7 --progress \"Passo Giau twice\"",
      "A key result fed by a KPI records the value as a measurement of that KPI."
    })
final class CheckinCommand implements Callable<Integer> {

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Parameters(
      arity = "0..1",
      paramLabel = "REF",
      description = "A key result (objective/kr), an objective, a goal or a KPI.")
  String ref;

  @Option(
      names = "--value",
      paramLabel = "V",
      description =
          "The current value (an increment for cumulative key results; yes/no for milestones).")
  String value;

  @Option(
      names = "--confidence",
      paramLabel = "0-10",
      description = "How likely the target is met by the end of the period.")
  Integer confidence;

  @Option(
      names = "--progress",
      paramLabel = "TEXT",
      description = "What moved since the last check-in.")
  String progress;

  @Option(names = "--plans", paramLabel = "TEXT", description = "What happens next.")
  String plans;

  @Option(names = "--problems", paramLabel = "TEXT", description = "What is in the way.")
  String problems;

  @Option(
      names = "--at",
      paramLabel = "TIME",
      description = "When (default: now), e.g. 2026-11-20 or 2026-11-20T18:02.")
  String at;

  @Option(
      names = "--future",
      description = "Allow --at later than tomorrow: a check-in records what happened.")
  boolean future;

  @Option(
      names = "--by",
      paramLabel = "NAME",
      description = "Who (default: you, as okr whoami says).")
  String by;

  @Option(
      names = "--owner",
      paramLabel = "NAME",
      description = "In a terminal: walk NAME's key results instead of mine.")
  String owner;

  @Option(names = "--dry-run", description = "Print the entries instead of writing them.")
  boolean dryRun;

  @Option(
      names = "--amend",
      description =
          "Replace your latest check-in of REF: it is retracted (kept in the journal, left out of"
              + " views) and this one written in its place.")
  boolean amend;

  CheckinCommand(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Whether a command line at a terminal is a check-in that will ask questions: `checkin` without
   * the flags that record an entry outright, and without a request for help or the version.
   */
  static boolean asksQuestions(String[] args) {
    boolean checkin = false;
    for (String arg : args) {
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      switch (name) {
        case "checkin" -> checkin = true;
        case "--value",
            "--confidence",
            "--progress",
            "--plans",
            "--problems",
            "-h",
            "--help",
            "-V",
            "--version" -> {
          return false;
        }
        default -> {}
      }
    }
    return checkin;
  }

  @Override
  public Integer call() throws IOException {
    boolean flags =
        value != null
            || confidence != null
            || progress != null
            || plans != null
            || problems != null;
    PrompterOpening opening = flags || !ctx.terminal() ? null : PrompterOpening.start(ctx);
    try {
      return run(opening);
    } finally {
      if (opening != null) {
        opening.closeUnlessTaken();
      }
    }
  }

  private Integer run(PrompterOpening opening) throws IOException {
    GlobalOptions global = parent.global();
    if (opening == null) {
      Workspace ws = Writing.load(ctx, global).workspace();
      String who = who(ws);
      return fromFlags(ws, when(global), who, replaced(ws, who));
    }
    CompletableFuture<Identity.Live> me = identityMeanwhile(global);
    resolveTimeZoneMeanwhile();
    // The questions are worked out while the workspace is checked; none is shown before it passed.
    CheckBeforeAsking check =
        CheckBeforeAsking.start(WorkspaceAccess.load(ctx, global), global.today(ctx));
    try {
      return ask(opening, check, me);
    } catch (RuntimeException e) {
      throw check.explain(e);
    }
  }

  private Integer ask(
      PrompterOpening opening, CheckBeforeAsking check, CompletableFuture<Identity.Live> identity)
      throws IOException {
    GlobalOptions global = parent.global();
    Workspace ws = check.workspace();
    OffsetDateTime when = when(global);
    // A failure on its thread (the workspace not found, a class that did not load) is met again
    // here, on the main thread, by resolving "me" without it.
    Identity.Live me = identity.exceptionally(failed -> null).join();
    String who = me == null ? who(ws) : Identity.resolve(me, ws.settings(), by).name();
    List<NewRetraction> replaced = replaced(ws, who);
    List<CheckinTarget> targets = targets(ws, global.today(ctx), owner != null ? owner : who);
    try (CheckBeforeAsking.Gate prompter = check.gate(opening.prompter())) {
      List<NewEntry> entries =
          new CheckinSession(prompter, ws, global.today(ctx)).run(targets, when, who);
      // A session that asked nothing (an objective without key results) still refuses errors.
      prompter.release();
      if (entries.isEmpty()) {
        return ExitCode.OK;
      }
      return write(ws.root(), entries, replaced, prompter);
    } catch (Abandoned abandoned) {
      ctx.err().println("okr: check-in abandoned; nothing was written");
      return ExitCode.INTERRUPTED;
    }
  }

  /**
   * Who "me" is, worked out on a thread of its own while the workspace loads: finding the
   * workspace, reading the personal config and starting git's process took about a tenth of the way
   * to the first question, on the main thread before the load (bench/README.md, "first question").
   * Null with --by, or where the workspace cannot be found (the load says why).
   */
  private CompletableFuture<Identity.Live> identityMeanwhile(GlobalOptions global) {
    CompletableFuture<Identity.Live> me = new CompletableFuture<>();
    if (by != null) {
      me.complete(null);
      return me;
    }
    Meanwhile.completing(
            "okr-identity",
            me,
            () -> {
              try {
                Path root =
                    WorkspaceLocator.locate(ctx.cwd(), global.directory(), ctx.env()).root();
                return Identity.Live.askingGitNow(ctx, root);
              } catch (RuntimeException notFound) {
                return null;
              }
            })
        .start();
    return me;
  }

  /**
   * Has the clock's time zone resolved on a thread of its own while the workspace loads: the
   * entries' time needs it before the first question, and a clock that resolves it only when asked
   * (reading the runtime's zone database, 30–45 ms) would otherwise do so on the way to the
   * question.
   */
  private void resolveTimeZoneMeanwhile() {
    // Only the clock's own memory of the zone is wanted; a failure, the main thread meets again.
    Meanwhile.completing("okr-time-zone", new CompletableFuture<>(), ctx.clock()::getZone).start();
  }

  private OffsetDateTime when(GlobalOptions global) {
    return at != null
        ? TimeText.parse(at, ctx.clock().getZone(), global.now(ctx), future)
        : global.now(ctx);
  }

  private String who(Workspace ws) {
    return Identity.resolve(ctx, ws.settings(), ws.root(), by).name();
  }

  /** With --amend: retractions of the latest check-in of REF by {@code who}; else none. */
  private List<NewRetraction> replaced(Workspace ws, String who) {
    return amend ? replaced(ws, who, parent.global().now(ctx)) : List.of();
  }

  /**
   * With a REF: that key result, goal or KPI, or the key results of that objective. Without: the
   * walk {@link okr.reports.CheckinPlan} plans for the person.
   */
  private List<CheckinTarget> targets(Workspace ws, java.time.LocalDate today, String person) {
    List<okr.reports.CheckinPlan.Stop> stops;
    if (ref != null) {
      CheckinTarget target = CheckinTarget.resolve(ws, ref);
      if (target.kind() != okr.model.EntryKind.OBJECTIVE) {
        return List.of(target);
      }
      stops = okr.reports.CheckinPlan.keyResultsOf(target.objective());
    } else {
      stops = okr.reports.CheckinPlan.forPerson(ws, today, person);
    }
    if (stops.isEmpty() && ref == null) {
      throw new UsageException(
          "nothing to check in for "
              + okr.render.TerminalText.sanitize(person)
              + " today: no objective of theirs is active and no goal is open; name one, e.g."
              + " okr checkin OBJECTIVE, or choose a person with --owner");
    }
    return stops.stream().map(CheckinTarget::of).toList();
  }

  /** With --amend: retractions of the latest check-in of REF by {@code who}. */
  private List<NewRetraction> replaced(Workspace ws, String who, OffsetDateTime now) {
    if (ref == null) {
      throw new UsageException(
          "--amend: name the check-in to replace, e.g. okr checkin --amend "
              + "maratona/climb --value 2800");
    }
    CheckinTarget.resolve(ws, ref);
    List<okr.model.JournalEntry> latest = okr.scoring.LatestCheckin.of(ws, who, ref);
    if (latest.isEmpty()) {
      throw new UsageException(
          "--amend: no check-in of "
              + TerminalText.sanitize(ref)
              + " by "
              + TerminalText.sanitize(who)
              + " counts now, so there is nothing to replace; leave out --amend to check in");
    }
    List<NewRetraction> retractions = new ArrayList<>();
    latest.forEach(e -> retractions.add(new NewRetraction(now, who, e.id())));
    return retractions;
  }

  private Integer fromFlags(
      Workspace ws, OffsetDateTime when, String who, List<NewRetraction> replaced)
      throws IOException {
    if (ref == null) {
      throw new UsageException(
          "no terminal to ask questions in: name what to check in and pass the values, e.g."
              + " okr checkin maratona/climb --value 2800 --confidence 7"
              + " [--progress TEXT] [--plans TEXT] [--problems TEXT]");
    }
    CheckinTarget target = CheckinTarget.resolve(ws, ref);
    ValueText.Parsed parsed = null;
    if (value != null) {
      if (target.kind() == EntryKind.OBJECTIVE) {
        throw new UsageException(
            "--value: an objective has no value of its own; check in one of its key results, e.g. "
                + ref
                + "/"
                + firstKr(target));
      }
      parsed = target.read(value);
      if (parsed.problem() != null) {
        throw new UsageException("--value " + parsed.problem());
      }
      String outside = parsed.number() == null ? null : target.outsideBounds(ws, parsed.number());
      if (outside != null) {
        throw new UsageException("--value " + outside + "; nothing was written");
      }
    }
    if (confidence != null && target.kind() == EntryKind.INITIATIVE) {
      throw new UsageException(
          "--confidence: an initiative is work, not a target to be confident of; its --value is"
              + " how far along it is, 0 to 100 (or done)");
    }
    if (confidence != null && (confidence < 0 || confidence > 10)) {
      throw new UsageException("--confidence " + confidence + ": must be 0 to 10");
    }
    EntryDraft draft = new EntryDraft(target, parsed, confidence, progress, plans, problems);
    if (draft.isEmpty()) {
      throw new UsageException(
          "nothing to record for "
              + ref
              + ": pass --value, --confidence, --progress, --plans or --problems");
    }
    return write(ws.root(), draft.entries(when, who), replaced, null);
  }

  private static String firstKr(CheckinTarget target) {
    return target.objective().keyResults().isEmpty()
        ? "kr"
        : target.objective().keyResults().get(0).id();
  }

  private Integer write(
      Path root, List<NewEntry> entries, List<NewRetraction> replaced, Prompter prompter)
      throws IOException {
    List<JournalText> all = new ArrayList<>(replaced);
    all.addAll(entries);
    if (dryRun) {
      all.forEach(e -> ctx.out().print(e.toYaml()));
      return ExitCode.OK;
    }
    List<Path> files;
    try {
      files = Writing.append(ctx, parent.global(), all);
    } catch (okr.store.WriteFailed e) {
      return WriteFailure.report(ctx, e);
    }
    PathDisplay paths = new PathDisplay(ctx.cwd());
    List<String> shown = new ArrayList<>();
    files.forEach(f -> shown.add(paths.show(f)));
    String message =
        "Wrote "
            + entries.size()
            + (entries.size() == 1 ? " entry" : " entries")
            + (replaced.isEmpty()
                ? ""
                : " in place of "
                    + replaced.size()
                    + (replaced.size() == 1 ? " retracted one" : " retracted ones"))
            + " to "
            + String.join(", ", shown)
            + ".";
    if (prompter != null) {
      prompter.say(message);
    } else {
      ctx.out().println(message);
    }
    return ExitCode.OK;
  }
}
