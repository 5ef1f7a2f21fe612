package okr.render;

import java.util.List;
import java.util.Map;
import okr.model.Initiative;
import okr.model.JournalEntry;
import okr.model.ObjectiveType;
import okr.scoring.Band;
import okr.scoring.InitiativeProgress;
import okr.scoring.KpiStatus;
import okr.scoring.KrStatus;
import okr.scoring.ObjectiveStatus;
import okr.scoring.Report;

/**
 * The period review as one self-contained HTML file: inline CSS, inline SVG charts, no scripts and
 * nothing loaded from the network; laid out to print on A4 as well.
 */
public final class ReportHtml {

  private static final String CSS =
      """
      :root { --green: #2e7d32; --amber: #b26a00; --red: #c62828; --ink: #222; --muted: #666; --actual: #1565c0; }
      * { box-sizing: border-box; }
      body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); max-width: 60rem; margin: 2rem auto; padding: 0 1rem; overflow-wrap: break-word; }
      h1 { margin-bottom: .2rem; } .sub { color: var(--muted); margin-top: 0; }
      .cards { display: flex; gap: .8rem; flex-wrap: wrap; margin: 1rem 0; }
      .card { border: 1px solid #ddd; border-left: 6px solid #bbb; border-radius: 8px; padding: .5rem .9rem; min-width: 7rem; }
      .card.green { border-left-color: var(--green); } .card.amber { border-left-color: var(--amber); } .card.red { border-left-color: var(--red); }
      .card b { display: block; font-size: 1.5rem; }
      .card.green b { color: var(--green); } .card.amber b { color: var(--amber); } .card.red b { color: var(--red); }
      section.objective { border-top: 2px solid #eee; padding-top: .6rem; margin-top: 1.4rem; }
      .meta { color: var(--muted); }
      .band { font-weight: 600; padding: 0 .4rem; border-radius: 4px; color: #fff; white-space: nowrap; }
      .band.green { background: var(--green); } .band.amber { background: var(--amber); } .band.red { background: var(--red); } .band.none { background: #777; }
      table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
      th { white-space: nowrap; }
      th, td { text-align: left; padding: .25rem .4rem; border-bottom: 1px solid #eee; vertical-align: middle; }
      table.history { width: auto; }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
      svg.chart { display: block; max-width: 100%; height: auto; }
      svg text { font: 10px system-ui, sans-serif; fill: var(--muted); }
      svg .axis { stroke: #999; stroke-width: 1; }
      svg .expected { stroke: #999; stroke-dasharray: 4 3; stroke-width: 1; }
      svg .target { stroke: var(--green); stroke-dasharray: 2 2; stroke-width: 1; }
      svg text.target-label { fill: var(--green); }
      svg .today { stroke: var(--amber); stroke-width: 1; }
      svg text.today-label { fill: var(--amber); }
      svg polyline.actual, svg path.actual { fill: none; stroke: var(--actual); stroke-width: 2; }
      svg circle.actual { fill: var(--actual); }
      svg text.value-label { fill: var(--ink); font-weight: 600; }
      .notes li { margin: .2rem 0; } .label { color: var(--muted); } .overdue { color: var(--red); font-weight: 600; }
      @media (max-width: 640px) {
        body { margin: 1rem auto; font-size: 14px; }
        table.krs thead, table.kpis thead { display: none; }
        table.krs tr, table.kpis tr { display: block; border-bottom: 1px solid #ddd; padding: .4rem 0; }
        table.krs td, table.kpis td { display: block; border: none; padding: .1rem 0; text-align: left; }
        table.krs td.num, table.kpis td.num { text-align: left; }
        td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); }
      }
      @media print { body { margin: 0; max-width: none; font-size: 11pt; } tr, .card, .notes li { break-inside: avoid; } h2, h3 { break-after: avoid; } a { color: inherit; } }
      """;

  private ReportHtml() {}

  public static String render(Report report) {
    var card = report.card();
    String title =
        (card.workspaceName() == null ? "" : card.workspaceName() + ": ")
            + card.period().label()
            + " review";
    StringBuilder out =
        new StringBuilder(
            "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.append("<title>")
        .append(Html.text(title))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
    out.append("<header>\n<h1>")
        .append(Html.text(title))
        .append("</h1>\n<p class=\"sub\">")
        .append(card.period().start())
        .append(" to ")
        .append(card.period().end())
        .append(report.closed() ? " · closed and graded" : " · as of " + card.asOf())
        .append("</p>\n</header>\n");
    out.append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n");
    card(out, "objectives", Integer.toString(card.objectives().size()), null);
    for (Band band : Band.values()) {
      card(out, band.word(), Long.toString(card.count(band)), card.count(band) > 0 ? band : null);
    }
    card(out, "average", Numbers.score(card.average(null)), card.averageColour(null));
    card(
        out,
        "committed (expects " + Words.short2(card.bands().successAt(ObjectiveType.COMMITTED)) + ")",
        Numbers.score(card.average(ObjectiveType.COMMITTED)),
        card.averageColour(ObjectiveType.COMMITTED));
    card(
        out,
        "aspirational ("
            + Words.short2(card.bands().successAt(ObjectiveType.ASPIRATIONAL))
            + " is success)",
        Numbers.score(card.average(ObjectiveType.ASPIRATIONAL)),
        card.averageColour(ObjectiveType.ASPIRATIONAL));
    out.append("</div>\n</section>\n");
    for (ObjectiveStatus o : card.objectives()) {
      objective(out, o, report);
    }
    goals(out, report);
    history(out, report);
    if (!report.kpis().isEmpty()) {
      out.append("<section id=\"kpis\">\n<h2>KPIs</h2>\n");
      for (Map.Entry<String, List<KpiStatus>> group : KpisView.groups(report.kpis()).entrySet()) {
        out.append("<h3>")
            .append(Html.text(group.getKey()))
            .append(
                "</h3>\n<table class=\"kpis\">\n<thead><tr><th>KPI</th><th class=\"num\">Latest</th><th class=\"num\">Target</th><th>Status</th><th>Trend</th></tr></thead>\n<tbody>\n");
        for (KpiStatus k : group.getValue()) {
          out.append("<tr><td>")
              .append(Html.text(k.kpi().header().title()))
              .append("</td><td class=\"num\" data-label=\"latest\">")
              .append(k.hasData() ? Html.text(Numbers.withUnit(k.latest(), k.kpi().unit())) : "–")
              .append("</td><td class=\"num\" data-label=\"target\">")
              .append(
                  k.target() == null // the target in force, phased or plain
                      ? "–"
                      : Html.text(Numbers.withUnit(k.target(), k.kpi().unit())))
              .append("</td><td>")
              .append(kpiStatus(k))
              .append(k.stale() ? " stale" : "")
              .append("</td><td>")
              .append(SvgCharts.trend(k.values(), "trend of " + k.kpi().header().title()))
              .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
      }
      out.append("</section>\n");
    }
    out.append(
        "<footer class=\"meta\"><p>Made by okr from the goal files and the journal.</p></footer>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void objective(StringBuilder out, ObjectiveStatus o, Report report) {
    okr.model.Period period = report.card().period();
    out.append("<section class=\"objective\" id=\"")
        .append(Html.text(o.objective().id()))
        .append("\">\n<h2>")
        .append(Html.text(o.objective().header().title()))
        .append(" ")
        .append(stateSpan(o))
        .append(" ")
        .append(Numbers.score(o.score()))
        .append("</h2>\n<p class=\"meta\">")
        .append(Html.text(o.objective().id()))
        .append(" · ")
        .append(Html.text(o.objective().header().owner()))
        .append(" · ")
        .append(Html.text(Words.type(o)))
        .append(o.grade() != null ? " · graded" : "")
        .append(Words.forecast(o) == null ? "" : " · " + Words.forecast(o))
        .append(Words.signals(o).isEmpty() ? "" : " · " + Words.signals(o));
    if (o.confidence() != null) {
      out.append(" · ").append(Html.text(Words.confidence(o)));
    }
    out.append(
        "</p>\n<table class=\"krs\">\n<thead><tr><th>Key result</th><th class=\"num\">Current / target</th><th class=\"num\">Progress</th><th>Over the period (dashed: expected)</th></tr></thead>\n<tbody>\n");
    for (KrStatus kr : o.keyResults()) {
      out.append("<tr><td>")
          .append(Html.text(kr.kr().title()))
          .append("</td><td class=\"num\" data-label=\"current / target\">")
          .append(Html.text(StatusView.value(kr)))
          .append("</td><td class=\"num\" data-label=\"progress\">")
          .append(Html.text(Words.progress(kr)))
          .append("</td><td>")
          .append(
              SvgCharts.progress(
                  new SvgCharts.ProgressChart(
                      period,
                      report.closed() ? null : report.card().asOf(),
                      okr.scoring.Report.progressHistory(kr),
                      kr.kr().isMilestone() || kr.kr().holdsLine(),
                      latest(kr)),
                  "progress of " + kr.kr().title()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    List<JournalEntry> notes = Report.highlights(o, 3);
    if (!notes.isEmpty()) {
      out.append("<h3>From the last check-ins</h3>\n<ul class=\"notes\">\n");
      for (JournalEntry e : notes) {
        out.append("<li>")
            .append(e.at().toLocalDate())
            .append(", ")
            .append(Html.text(e.by()))
            .append(", <code>")
            .append(Html.text(report.currentRef(e)))
            .append("</code>:");
        ppp(out, "progress", e.progress());
        ppp(out, "plans", e.plans());
        ppp(out, "problems", e.problems());
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
    closingNotes(out, o, report);
    if (!report.initiatives(o).isEmpty()) {
      out.append("<h3>Initiatives</h3>\n<ul class=\"initiatives\">\n");
      for (InitiativeProgress p : report.initiatives(o)) {
        Initiative i = p.initiative();
        out.append("<li>").append(Html.text(i.title()));
        if (p.status() != null) {
          out.append(" <span class=\"label\">(")
              .append(JsonParts.word(p.status()))
              .append(")</span>");
        }
        String state = Words.initiativeStateBesideStatus(p, " · ");
        if (!state.isEmpty()) {
          out.append(" <span class=\"")
              .append(p.overdue() ? "overdue" : "label")
              .append("\">")
              .append(Html.text(state))
              .append("</span>");
        }
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  /** The latest value, written by the last point of a chart. */
  private static String latest(KrStatus kr) {
    if (kr.current() == null) {
      return null;
    }
    if (kr.kr().isMilestone()) {
      return kr.current() >= 1 ? "done" : "not done";
    }
    return Numbers.withUnit(kr.current(), kr.kr().unit());
  }

  /** The grades and notes given to the objective and its key results when the period closed. */
  private static void closingNotes(StringBuilder out, ObjectiveStatus o, Report report) {
    List<Report.ClosingNote> notes = report.closingNotes(o);
    if (notes.isEmpty()) {
      return;
    }
    out.append("<h3>Closing grades</h3>\n<ul class=\"notes closing\">\n");
    for (Report.ClosingNote n : notes) {
      out.append("<li><code>")
          .append(Html.text(n.ref()))
          .append("</code> graded <b>")
          .append(Numbers.score(n.grade().score()))
          .append("</b> by ")
          .append(Html.text(n.grade().by()))
          .append(" on ")
          .append(n.grade().at().toLocalDate());
      if (n.grade().note() != null) {
        out.append(": ").append(Html.text(n.grade().note()));
      }
      out.append("</li>\n");
    }
    out.append("</ul>\n");
  }

  /** The SMART goals due in the period. */
  private static void goals(StringBuilder out, Report report) {
    if (report.goals().isEmpty()) {
      return;
    }
    out.append(
        "<section id=\"goals\">\n<h2>SMART goals</h2>\n<table class=\"kpis goals\">\n<thead><tr><th>Goal</th><th>Owner</th><th class=\"num\">Current / target</th><th class=\"num\">Progress</th><th>Due</th></tr></thead>\n<tbody>\n");
    for (okr.scoring.GoalStatus g : report.goals()) {
      out.append("<tr><td>")
          .append(Html.text(g.goal().header().title()))
          .append("</td><td data-label=\"owner\">")
          .append(Html.text(g.goal().header().owner()))
          .append("</td><td class=\"num\" data-label=\"current / target\">")
          .append(Html.text(Words.goalValue(g)))
          .append("</td><td class=\"num\" data-label=\"progress\">")
          .append(Html.text(Numbers.percent(g.progress())))
          .append("</td><td data-label=\"due\">")
          .append(g.due() == null ? "–" : g.due().toString())
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  /** The mean grade of each owner and team in the closed periods. */
  private static void history(StringBuilder out, Report report) {
    okr.scoring.GradeHistory h = report.history();
    if (h.isEmpty()) {
      return;
    }
    out.append(
        "<section id=\"grade-history\">\n<h2>Grades in closed periods</h2>\n<p class=\"meta\">The mean grade of each owner's and each team's objectives when their period was closed.</p>\n<table class=\"history\">\n<thead><tr><th>Owner or team</th>");
    for (String period : h.periods()) {
      out.append("<th class=\"num\">").append(Html.text(period)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (okr.scoring.GradeHistory.Row row : h.rows()) {
      out.append("<tr><td>")
          .append(row.team() ? "team " : "")
          .append(Html.text(row.name()))
          .append("</td>");
      for (String period : h.periods()) {
        Double mean = row.byPeriod().get(period);
        out.append("<td class=\"num\">")
            .append(mean == null ? "–" : Numbers.score(mean))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static void ppp(StringBuilder out, String label, String text) {
    if (text != null) {
      out.append(" <span class=\"label\">")
          .append(label)
          .append(":</span> ")
          .append(Html.text(text));
    }
  }

  /** The objective's state word in its colour: pace while the period runs, band after. */
  private static String stateSpan(ObjectiveStatus o) {
    String css = o.colour() == null ? "none" : o.colour().word();
    return "<span class=\"band " + css + "\">" + Html.text(Words.plainState(o)) + "</span>";
  }

  /**
   * A KPI's status as `okr kpis` words it: "no data" only when it has none; a KPI with data but no
   * thresholds is monitored (or a share of its target), not missing.
   */
  private static String kpiStatus(KpiStatus k) {
    String css = !k.hasData() || k.band() == null ? "none" : k.band().word();
    return "<span class=\"band " + css + "\">" + Html.text(KpisView.statusWord(k)) + "</span>";
  }

  private static void card(StringBuilder out, String label, String value, Band band) {
    out.append("<div class=\"card")
        .append(band == null ? "" : " " + band.word())
        .append("\"><b>")
        .append(Html.text(value))
        .append("</b>")
        .append(Html.text(label))
        .append("</div>\n");
  }
}
