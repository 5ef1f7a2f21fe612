package okr.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import okr.model.Period;
import okr.render.GoalpostSection;
import okr.render.JsonText;
import okr.render.KpiFormats;
import okr.render.PathDisplay;
import okr.render.ReportHtml;
import okr.render.ReportMarkdown;
import okr.render.StatusFormats;
import okr.reports.GoalpostMoves;
import okr.scoring.Report;
import okr.scoring.Scorecard;
import okr.scoring.Selection;
import okr.store.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    header = "Write the review of a period: scores, key results, notes, initiatives, KPIs.",
    description = {
      "  okr report --period 2026-Q3 --format html -o review.html",
      "Markdown (the default) for pull requests and wikis; HTML as one self-contained file with",
      "charts of each key result against the expected line, readable in print; JSON and CSV",
      "for scripts and spreadsheets. A closed period shows its grades."
    })
final class ReportCommand implements Callable<Integer> {

  enum Format {
    md,
    html,
    json,
    csv
  }

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Mixin ViewOptions view;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.md;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  String output;

  ReportCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    ViewContext vc = new ViewContext(ctx, parent.global(), view);
    Period period = vc.headerPeriod(view);
    Report report =
        okr.reports.PeriodReview.of(
            vc.ws,
            new Selection(period, vc.selection.owner(), vc.selection.team(), vc.selection.people()),
            vc.asOf);
    LocalDate asOf = report.card().asOf();
    Scorecard card = report.card();
    // Moved goalposts: a section of their own, so the charts and tables stay as they are.
    List<GoalpostMoves.Move> moved =
        GoalpostMoves.during(vc.ws, asOf, GoalHistories.of(ctx, vc.ws, null), period);
    String text =
        switch (format) {
          case html -> withSection(ReportHtml.render(report), GoalpostSection.html(moved));
          case json -> json(report, moved) + "\n";
          case csv -> StatusFormats.csv(report, moved);
          default -> ReportMarkdown.render(report) + GoalpostSection.markdown(moved);
        };
    if (output == null) {
      ctx.out().print(text);
    } else {
      Path file = ctx.cwd().resolve(output);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
        // A device or a pipe (/dev/stdout, /dev/full, a FIFO) is written to, not replaced: an
        // atomic replace would put a regular file where the device was.
        try (java.io.OutputStream stream =
            Files.newOutputStream(file, java.nio.file.StandardOpenOption.WRITE)) {
          stream.write(bytes);
        } catch (java.io.IOException e) {
          String reason = okr.store.IoMessages.describe(e);
          ctx.err()
              .println(
                  "okr: cannot write "
                      + new PathDisplay(ctx.cwd()).show(file)
                      + ": "
                      + Character.toLowerCase(reason.charAt(0))
                      + reason.substring(1));
          return ExitCode.IO_OR_INTERNAL;
        }
      } else {
        try {
          AtomicFiles.replace(file, bytes);
        } catch (okr.store.WriteFailed e) {
          return WriteFailure.report(ctx, e);
        }
      }
      ctx.err().println("okr: wrote " + new PathDisplay(ctx.cwd()).show(file));
    }
    return vc.finish();
  }

  private static String json(Report report, List<GoalpostMoves.Move> moved) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", 1);
    doc.put("kind", "report");
    doc.put("closed", report.closed());
    doc.put("status", okr.render.JsonText.parse(StatusFormats.json(report.card())));
    doc.put(
        "kpis",
        okr.render.JsonText.parse(
            KpiFormats.json(report.card().asOf(), report.card().period(), report.kpis())));
    doc.put(
        "initiatives",
        okr.render.JsonText.parse(okr.render.ShowFormats.reportInitiativesJson(report)));
    doc.put("goalposts_moved", GoalpostSection.json(moved));
    return JsonText.pretty(doc);
  }

  /** The HTML report with a section added at the end of its body. */
  private static String withSection(String html, String section) {
    int end = html.lastIndexOf("</body>");
    return section.isEmpty() || end < 0
        ? html
        : html.substring(0, end) + section + html.substring(end);
  }
}
