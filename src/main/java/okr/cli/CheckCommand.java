package okr.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import okr.check.Checker;
import okr.check.Rule;
import okr.check.RuleCatalogue;
import okr.model.Diagnostic;
import okr.model.GoalHistory;
import okr.model.Severity;
import okr.render.DiagnosticJson;
import okr.render.DiagnosticText;
import okr.render.GithubAnnotations;
import okr.render.JunitReport;
import okr.render.PathDisplay;
import okr.render.SarifReport;
import okr.render.Style;
import okr.render.Text;
import okr.store.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    header =
        "Validate the goal files and coach their wording; report every problem with its place.",
    description = {
      "Reads okr.yaml, every goal file and the journal, and reports all problems found, each",
      "with its file, line and column, the line itself and how to fix it. Errors are files",
      "that do not read right; warnings are OKRs that are badly written (see --list-rules).",
      "Changes no file. Exits 1 when there are errors (or warnings, with --strict), so it",
      "can gate a commit or a CI job."
    })
final class CheckCommand implements Callable<Integer> {

  enum Format {
    text,
    json,
    github,
    junit,
    sarif
  }

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(
      names = "--strict",
      arity = "0..1",
      fallbackValue = "warnings",
      paramLabel = "WHAT",
      description =
          "Treat warnings as errors (for CI); reminders about time (kr-no-checkin, kpi-stale,"
              + " initiative-overdue) stay warnings unless --strict=reminders.")
  String strict;

  @Option(names = "--list-rules", description = "Print the rule catalogue with examples, and exit.")
  boolean listRules;

  @Option(
      names = "--changed-since",
      paramLabel = "GITREF",
      description =
          "Report only on files changed since git REF (references still resolve against all files).")
  String changedSince;

  CheckCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    GlobalOptions global = parent.global();
    if (listRules) {
      listRules(global);
      return ExitCode.OK;
    }
    java.time.LocalDate today = global.today(ctx);
    LoadResult loaded = WorkspaceAccess.load(ctx, global);
    List<Diagnostic> all = new ArrayList<>(loaded.problems());
    List<Path> files = loaded.files();
    Set<Path> changed = null;
    if (changedSince != null) {
      changed = GitChanges.since(loaded.workspace().root(), changedSince);
      if (changed.contains(loaded.workspace().root().resolve("okr.yaml"))) {
        changed = null;
      }
    }
    // With --changed-since, only the changed files' history is read: a goalpost in a file
    // nobody touched is not this change's business, and the rest of the history is not read.
    List<Path> historyOf =
        changed == null ? null : files.stream().filter(changed::contains).toList();
    GoalHistory history = GoalHistories.of(ctx, loaded.workspace(), historyOf);
    all.addAll(Checker.check(loaded.workspace(), today, history));
    if (changed != null) {
      Set<Path> kept = changed;
      all.removeIf(d -> d.span().file() == null || !kept.contains(d.span().file()));
      files = historyOf;
    }
    if (strict != null) {
      if (!strict.equals("warnings") && !strict.equals("reminders")) {
        throw new UsageException(
            "--strict="
                + okr.render.TerminalText.sanitize(strict)
                + ": write --strict (warnings are errors) or --strict=reminders (reminders too)");
      }
      boolean reminders = strict.equals("reminders");
      all.replaceAll(
          d ->
              d.severity() != Severity.HINT
                      && (reminders || !okr.check.RuleCatalogue.isReminder(d.rule()))
                  ? new Diagnostic(Severity.ERROR, d.rule(), d.span(), d.message(), d.help())
                  : d);
    }
    all.sort(Diagnostic.BY_PLACE);
    PathDisplay paths = new PathDisplay(ctx.cwd());
    long errors = all.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long hints = all.stream().filter(d -> d.severity() == Severity.HINT).count();
    long warnings = all.size() - errors - hints;
    switch (format) {
      case json -> ctx.out().println(DiagnosticJson.render(all, files.size(), paths));
      case github -> {
        ctx.out().print(GithubAnnotations.render(all, paths));
        ctx.out().println(summary(files.size(), errors, warnings, hints));
      }
      case junit -> ctx.out().print(JunitReport.render(files, all, strict != null, paths));
      case sarif ->
          ctx.out()
              .println(SarifReport.render(sarifRules(), all, VersionProvider.version(), paths));
      default -> {
        Style style = global.colour(ctx) ? Style.coloured() : Style.plain();
        new DiagnosticText(paths, loaded::line, style).print(all, ctx.out());
        ctx.out().println(summary(files.size(), errors, warnings, hints));
      }
    }
    return errors > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
  }

  /** Hints are named only when there are some, so a clean check reads as it always did. */
  private static String summary(int files, long errors, long warnings, long hints) {
    return "checked "
        + plural(files, "file")
        + ": "
        + plural(errors, "error")
        + ", "
        + plural(warnings, "warning")
        + (hints > 0 ? ", " + plural(hints, "hint") : "");
  }

  /**
   * The catalogue, ids and severities in columns. On a terminal (or with --width) the summaries
   * wrap under themselves; piped, the output has no width and nothing is cut or wrapped.
   */
  private static final int ID_COLUMN = 19;

  private void listRules(GlobalOptions global) {
    java.util.OptionalInt width = global.layoutWidth(ctx);
    int idWidth = 0;
    int severityWidth = 0;
    for (Rule rule : RuleCatalogue.all()) {
      idWidth = Math.max(idWidth, rule.id().length());
      severityWidth = Math.max(severityWidth, rule.severity().label().length());
    }
    if (width.isPresent()) {
      // on a terminal the few long ids stick out rather than push every summary right
      idWidth = Math.min(idWidth, ID_COLUMN);
    }
    String hanging = " ".repeat(2 + idWidth + 2 + severityWidth + 2);
    String section = null;
    for (Rule rule : RuleCatalogue.all()) {
      String kind =
          rule.configurable()
              ? "Quality (warnings you can tune in okr.yaml lint:)"
              : "Validity (always on)";
      if (!kind.equals(section)) {
        if (section != null) {
          ctx.out().println();
        }
        ctx.out().println(kind);
        section = kind;
      }
      String lead =
          "  "
              + Text.padRight(rule.id(), idWidth)
              + "  "
              + Text.padRight(rule.severity().label(), severityWidth)
              + "  ";
      print(lead, hanging, rule.summary(), width);
      if (!rule.example().isEmpty()) {
        print(hanging, hanging + "  ", "e.g. " + rule.example(), width);
      }
    }
  }

  /** {@code text} after {@code lead}, wrapped under itself when there is a width to keep to. */
  private void print(String lead, String hanging, String text, java.util.OptionalInt width) {
    int room = width.isPresent() ? width.getAsInt() - Math.max(lead.length(), hanging.length()) : 0;
    if (width.isEmpty() || room < 20) {
      ctx.out().println(lead + text);
      return;
    }
    List<String> lines = Text.wrap(text, room);
    ctx.out().println(lead + lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      ctx.out().println(hanging + line);
    }
  }

  private static List<SarifReport.RuleInfo> sarifRules() {
    List<SarifReport.RuleInfo> rules = new ArrayList<>();
    for (Rule r : RuleCatalogue.all()) {
      rules.add(new SarifReport.RuleInfo(r.id(), r.severity(), r.summary(), r.example()));
    }
    return rules;
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
