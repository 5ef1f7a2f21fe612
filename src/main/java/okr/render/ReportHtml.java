package okr.render;

import java.util.List;
import java.util.Map;
import okr.model.Initiative;
import okr.model.JournalEntry;
import okr.model.ObjectiveType;
import okr.scoring.Band;
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
      :root { --green: #2e7d32; --amber: #b26a00; --red: #c62828; --ink: #222; --muted: #666; }
      body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
      h1 { margin-bottom: .2rem; } .sub { color: var(--muted); margin-top: 0; }
      .cards { display: flex; gap: .8rem; flex-wrap: wrap; margin: 1rem 0; }
      .card { border: 1px solid #ddd; border-radius: 8px; padding: .5rem .9rem; min-width: 7rem; }
      .card b { display: block; font-size: 1.5rem; }
      section.objective { border-top: 2px solid #eee; padding-top: .6rem; margin-top: 1.4rem; break-inside: avoid; }
      .meta { color: var(--muted); }
      .band { font-weight: 600; padding: 0 .4rem; border-radius: 4px; color: #fff; }
      .band.green { background: var(--green); } .band.amber { background: var(--amber); } .band.red { background: var(--red); } .band.none { background: #999; }
      table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
      th, td { text-align: left; padding: .25rem .4rem; border-bottom: 1px solid #eee; vertical-align: middle; }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
      svg.chart { display: block; }
      svg .expected { stroke: #999; stroke-dasharray: 4 3; stroke-width: 1; }
      svg .target { stroke: #ccc; stroke-dasharray: 1 3; stroke-width: 1; }
      svg polyline.actual { fill: none; stroke: #1565c0; stroke-width: 2; }
      svg circle.actual { fill: #1565c0; }
      .notes li { margin: .2rem 0; } .label { color: var(--muted); }
      @media print { body { margin: 0; max-width: none; font-size: 11pt; } section.objective, table { break-inside: avoid; } a { color: inherit; } }
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
    card(out, "objectives", Integer.toString(card.objectives().size()));
    for (Band band : Band.values()) {
      card(out, band.word(), Long.toString(card.count(band)));
    }
    card(out, "average", Numbers.score(card.average(null)));
    card(
        out,
        "committed (expects " + Words.short2(card.bands().successAt(ObjectiveType.COMMITTED)) + ")",
        Numbers.score(card.average(ObjectiveType.COMMITTED)));
    card(
        out,
        "aspirational ("
            + Words.short2(card.bands().successAt(ObjectiveType.ASPIRATIONAL))
            + " is success)",
        Numbers.score(card.average(ObjectiveType.ASPIRATIONAL)));
    out.append("</div>\n</section>\n");
    for (ObjectiveStatus o : card.objectives()) {
      objective(out, o, card.period());
    }
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
              .append("</td><td class=\"num\">")
              .append(k.hasData() ? Html.text(Numbers.withUnit(k.latest(), k.kpi().unit())) : "–")
              .append("</td><td class=\"num\">")
              .append(
                  k.kpi().target() == null
                      ? "–"
                      : Html.text(Numbers.withUnit(k.kpi().target(), k.kpi().unit())))
              .append("</td><td>")
              .append(bandSpan(k.band()))
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

  private static void objective(StringBuilder out, ObjectiveStatus o, okr.model.Period period) {
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
          .append("</td><td class=\"num\">")
          .append(Html.text(StatusView.value(kr)))
          .append("</td><td class=\"num\">")
          .append(Html.text(Words.progress(kr)))
          .append("</td><td>")
          .append(
              SvgCharts.progress(
                  period, okr.scoring.Report.progressHistory(kr), "progress of " + kr.kr().title()))
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
            .append(":");
        ppp(out, "progress", e.progress());
        ppp(out, "plans", e.plans());
        ppp(out, "problems", e.problems());
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
    if (!o.objective().initiatives().isEmpty()) {
      out.append("<h3>Initiatives</h3>\n<ul class=\"initiatives\">\n");
      for (Initiative i : o.objective().initiatives()) {
        out.append("<li>").append(Html.text(i.title()));
        if (i.status() != null) {
          out.append(" <span class=\"label\">(")
              .append(i.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
              .append(")</span>");
        }
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
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

  private static String bandSpan(Band band) {
    return band == null
        ? "<span class=\"band none\">no data</span>"
        : "<span class=\"band " + band.word() + "\">" + band.word() + "</span>";
  }

  private static void card(StringBuilder out, String label, String value) {
    out.append("<div class=\"card\"><b>")
        .append(Html.text(value))
        .append("</b>")
        .append(Html.text(label))
        .append("</div>\n");
  }
}
