package okr.render;

import java.util.List;
import okr.model.Initiative;
import okr.model.JournalEntry;
import okr.model.ObjectiveType;
import okr.scoring.Band;
import okr.scoring.KrStatus;
import okr.scoring.ObjectiveStatus;
import okr.scoring.Report;

/** The period review as Markdown: for pull requests, wikis and email. */
public final class ReportMarkdown {

  private ReportMarkdown() {}

  public static String render(Report report) {
    var card = report.card();
    StringBuilder out = new StringBuilder();
    out.append("# ")
        .append(card.workspaceName() == null ? "" : Markdown.cell(card.workspaceName()) + ": ")
        .append(card.period().label())
        .append(" review\n\n")
        .append(card.period().start())
        .append(" to ")
        .append(card.period().end())
        .append(report.closed() ? ", closed and graded" : ", as of " + card.asOf())
        .append(".\n\n## Summary\n\n");
    out.append("| | |\n|---|---|\n");
    out.append("| Objectives | ").append(card.objectives().size()).append(" |\n");
    for (Band band : Band.values()) {
      out.append("| ").append(band.word()).append(" | ").append(card.count(band)).append(" |\n");
    }
    out.append("| Average score | ").append(Numbers.score(card.average(null))).append(" |\n");
    out.append("| Committed (expected ")
        .append(Words.short2(card.bands().successAt(ObjectiveType.COMMITTED)))
        .append(") | ")
        .append(Numbers.score(card.average(ObjectiveType.COMMITTED)))
        .append(" |\n");
    out.append("| Aspirational (")
        .append(Words.short2(card.bands().successAt(ObjectiveType.ASPIRATIONAL)))
        .append(" is success) | ")
        .append(Numbers.score(card.average(ObjectiveType.ASPIRATIONAL)))
        .append(" |\n");
    for (ObjectiveStatus o : card.objectives()) {
      out.append("\n## ").append(Markdown.cell(o.objective().header().title())).append("\n\n");
      out.append("`")
          .append(o.objective().id())
          .append("` · ")
          .append(Markdown.cell(o.objective().header().owner()))
          .append(" · ")
          .append(Words.type(o))
          .append(" · ")
          .append(o.grade() != null ? "graded" : "score")
          .append(" **")
          .append(Numbers.score(o.score()))
          .append("** ")
          .append(Words.plainState(o))
          .append(Words.forecast(o) == null ? "" : " · " + Words.forecast(o))
          .append(Words.signals(o).isEmpty() ? "" : " · " + Words.signals(o));
      if (o.confidence() != null) {
        out.append(" · ").append(Markdown.cell(Words.confidence(o)));
      }
      out.append(
          "\n\n| Key result | Baseline | Target | Current | Progress | Score |\n|---|---:|---:|---:|---:|---:|\n");
      for (KrStatus kr : o.keyResults()) {
        out.append("| ")
            .append(Markdown.cell(kr.kr().title()))
            .append(" | ")
            .append(
                kr.kr().isMilestone()
                    ? ""
                    : Markdown.cell(Numbers.withUnit(kr.kr().baseline(), kr.kr().unit())))
            .append(" | ")
            .append(
                kr.kr().isMilestone()
                    ? "done"
                    : Markdown.cell(Numbers.withUnit(kr.kr().target(), kr.kr().unit())))
            .append(" | ")
            .append(Markdown.cell(StatusView.value(kr)))
            .append(" | ")
            .append(Words.progress(kr))
            .append(" | ")
            .append(kr.hasData() ? Numbers.score(kr.score()) : "0.00 (no data)")
            .append(" |\n");
      }
      List<JournalEntry> notes = Report.highlights(o, 3);
      if (!notes.isEmpty()) {
        out.append("\nFrom the last check-ins:\n\n");
        for (JournalEntry e : notes) {
          out.append("- ")
              .append(e.at().toLocalDate())
              .append(", ")
              .append(Markdown.cell(e.by()))
              .append(", ")
              .append(Markdown.cell(e.ref()))
              .append(":");
          if (e.progress() != null) {
            out.append(" progress: ").append(Markdown.cell(e.progress())).append(".");
          }
          if (e.plans() != null) {
            out.append(" plans: ").append(Markdown.cell(e.plans())).append(".");
          }
          if (e.problems() != null) {
            out.append(" problems: ").append(Markdown.cell(e.problems())).append(".");
          }
          out.append('\n');
        }
      }
      if (!o.objective().initiatives().isEmpty()) {
        out.append("\nInitiatives:\n\n");
        for (Initiative i : o.objective().initiatives()) {
          out.append("- ")
              .append(Markdown.cell(i.title()))
              .append(
                  i.status() == null
                      ? ""
                      : " ("
                          + i.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                          + ")")
              .append('\n');
        }
      }
    }
    if (!report.kpis().isEmpty()) {
      String kpis = KpiFormats.markdown(report.card().asOf(), report.kpis());
      out.append("\n")
          .append(
              kpis.replaceFirst("# KPIs\\n\\nAs of [^\\n]*\\n", "## KPIs\n")
                  .replace("\n## ", "\n### ")
                  .replaceFirst("\n### KPIs", "\n## KPIs"));
    }
    return out.toString();
  }
}
