package okr.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import okr.model.Workspace;
import okr.render.PathDisplay;
import okr.render.TerminalText;
import okr.store.CsvRows;
import okr.store.ImportWrite;
import okr.store.IoMessages;
import okr.store.NewEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    header = "Create objectives, key results and check-ins from a spreadsheet.",
    description = {
      "  okr import okrs.csv [--dry-run]",
      "  okr import export.csv --from viva-goals",
      "One row per key result: objective, owner, period, key_result, baseline, target, unit,",
      "and optionally type, team, aligns_to, collaborators, value, date, confidence (a check-in).",
      "Rows with the same objective, period and owner make one objective. A Viva Goals export",
      "(--from viva-goals) is read by its Id, Title, Object Type, Owner, Start Date, End Date and",
      "Aligned To columns; its initiatives are skipped, each named with its row. Nothing is",
      "written unless every row is good and the new files pass okr check; importing a file",
      "again creates nothing twice."
    })
final class ImportCommand implements Callable<Integer> {

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file (- for stdin).")
  String file;

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      description =
          "csv (okr's columns, the default) or viva-goals (a Viva Goals Explorer export).")
  String from = "csv";

  @Option(names = "--dry-run", description = "Print what would be created; write nothing.")
  boolean dryRun;

  ImportCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    if (!from.equals("csv") && !from.equals("viva-goals")) {
      throw new UsageException("--from " + TerminalText.sanitize(from) + ": use csv or viva-goals");
    }
    GlobalOptions global = parent.global();
    Workspace ws = Writing.load(ctx, global).workspace();
    String who = Identity.me(ctx, ws.settings(), ws.root());
    String text;
    try {
      byte[] bytes =
          file.equals("-") ? ctx.in().readAllBytes() : Files.readAllBytes(ctx.cwd().resolve(file));
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      ctx.err().println("okr: " + TerminalText.sanitize(file) + ": not UTF-8; save it as UTF-8");
      return ExitCode.PROBLEMS;
    } catch (IOException e) {
      ctx.err().println("okr: " + TerminalText.sanitize(file + ": " + IoMessages.describe(e)));
      // A file that is not there is a mistake in the command line, not a failing disk.
      return e instanceof java.nio.file.NoSuchFileException
          ? ExitCode.USAGE
          : ExitCode.IO_OR_INTERNAL;
    }
    ImportRows.Result rows = rows(ws, text);
    java.time.OffsetDateTime latest = TimeText.latest(global.now(ctx), ctx.clock().getZone());
    if (dryRun) {
      ImportChanges plan = ImportChanges.of(ws, rows.rows(), who, latest);
      if (refused(rows, plan)) {
        return ExitCode.PROBLEMS;
      }
      if (NewFiles.refusedByCheck(ctx, global, ws, plan.files)) {
        ctx.err().println("okr: the new files would not pass okr check");
        return ExitCode.PROBLEMS;
      }
      report(plan, "would create", "would record");
      ctx.out().println("Dry run: nothing was written.");
      return ExitCode.OK;
    }
    try {
      return Writing.locked(
          ctx,
          global,
          fresh -> {
            Workspace now = fresh.workspace();
            ImportChanges plan = ImportChanges.of(now, rows.rows(), who, latest);
            if (refused(rows, plan)) {
              return ExitCode.PROBLEMS;
            }
            if (NewFiles.refusedByCheck(ctx, global, now, plan.files)) {
              ctx.err().println("okr: the new files would not pass okr check; nothing was written");
              return ExitCode.PROBLEMS;
            }
            ImportWrite.write(now.root(), plan.files, plan.checkins);
            report(plan, "created", "recorded");
            return ExitCode.OK;
          });
    } catch (okr.store.WriteFailed e) {
      return WriteFailure.report(ctx, e);
    }
  }

  private ImportRows.Result rows(Workspace ws, String text) {
    if (from.equals("csv")) {
      return ImportRows.read(text, ctx.clock().getZone());
    }
    List<String> problems = new ArrayList<>();
    List<CsvRows.Row> rows = ImportRows.parse(text, problems);
    if (rows == null) {
      return new ImportRows.Result(List.of(), problems);
    }
    List<String> notes = new ArrayList<>();
    List<CsvRows.Row> translated = VivaGoalsRows.translate(rows, ws.settings(), problems, notes);
    notes.sort(Comparator.comparingInt(ImportCommand::rowOf));
    for (String note : notes) {
      ctx.err().println(TerminalText.sanitize(file + ":" + note));
    }
    if (translated == null) {
      return new ImportRows.Result(List.of(), problems);
    }
    return ImportRows.read(translated, ctx.clock().getZone(), problems);
  }

  /** Prints every bad row, in row order, and says nothing was written; false when none is bad. */
  private boolean refused(ImportRows.Result rows, ImportChanges plan) {
    List<String> problems = new ArrayList<>(rows.problems());
    problems.addAll(plan.problems);
    if (problems.isEmpty()) {
      return false;
    }
    problems.sort(Comparator.comparingInt(ImportCommand::rowOf));
    for (String problem : problems) {
      String named = from.equals("viva-goals") ? VivaGoalsRows.inExportTerms(problem) : problem;
      ctx.err().println(TerminalText.sanitize(file + ":" + named));
    }
    ctx.err()
        .println(
            "okr: "
                + problems.size()
                + (problems.size() == 1 ? " problem" : " problems")
                + " in "
                + TerminalText.sanitize(file)
                + "; nothing was written");
    return true;
  }

  private static int rowOf(String problem) {
    int colon = problem.indexOf(':');
    try {
      return Integer.parseInt(problem.substring(0, colon));
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /** One line per objective and key result, one per check-in, then the counts. */
  private void report(ImportChanges plan, String created, String recorded) {
    PathDisplay paths = new PathDisplay(ctx.cwd());
    int objectives = 0;
    int keyResults = 0;
    for (ImportChanges.Planned p : plan.objectives) {
      String verb = p.exists() ? "exists" : created;
      ctx.out()
          .println(
              verb
                  + " objective "
                  + p.id()
                  + " ("
                  + paths.show(p.path())
                  + "): "
                  + TerminalText.sanitize(p.objective().header().title()));
      for (okr.model.KeyResult kr : p.objective().keyResults()) {
        ctx.out()
            .println(
                "  "
                    + verb
                    + " key result "
                    + p.id()
                    + "/"
                    + kr.id()
                    + ": "
                    + TerminalText.sanitize(kr.title()));
      }
      if (!p.exists()) {
        objectives++;
        keyResults += p.objective().keyResults().size();
      }
    }
    for (NewEntry e : plan.checkins) {
      ctx.out()
          .println(
              recorded
                  + " check-in "
                  + e.ref()
                  + " "
                  + e.at().toLocalDate()
                  + ": "
                  + (e.done() != null
                      ? (e.done() ? "done" : "not done")
                      : okr.model.Bound.plain(e.value()))
                  + (e.confidence() == null ? "" : ", confidence " + e.confidence()));
    }
    ctx.out()
        .println(
            (dryRun ? "Would import " : "Imported ")
                + count(objectives, "objective")
                + ", "
                + count(keyResults, "key result")
                + ", "
                + count(plan.checkins.size(), "check-in")
                + (plan.checkinsAlready == 0
                    ? ""
                    : " (" + count(plan.checkinsAlready, "check-in") + " already recorded)")
                + ".");
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
