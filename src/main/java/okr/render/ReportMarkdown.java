package okr.render;

import java.util.List;
import okr.model.Initiative;
import okr.model.JournalEntry;
import okr.model.ObjectiveType;
import okr.scoring.Band;
import okr.scoring.InitiativeProgress;
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
        out.append(" · lowest confidence ")
            .append(o.confidence())
            .append(" of 10")
            .append(o.confidenceOf() == null ? "" : " (" + Markdown.cell(o.confidenceOf()) + ")");
      }
      List<okr.scoring.Point> confidence = Report.confidence(o);
      if (confidence.size() > 1) {
        // one number per check-in day would read as noise without its date and scale
        out.append("\n\nConfidence (0–10, mean of the key results) at each check-in: ");
        List<String> days = new java.util.ArrayList<>();
        for (okr.scoring.Point p : confidence) {
          days.add(p.day() + " " + Numbers.format(p.value()));
        }
        out.append(String.join(" · ", days)).append(".");
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
              .append(Markdown.cell(report.currentRef(e)))
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
      closingNotes(out, o, report);
      if (!report.initiatives(o).isEmpty()) {
        out.append("\nInitiatives:\n\n");
        for (InitiativeProgress p : report.initiatives(o)) {
          Initiative i = p.initiative();
          String state = Words.initiativeStateBesideStatus(p, " · ");
          out.append("- ")
              .append(Markdown.cell(i.title()))
              .append(p.status() == null ? "" : " (" + JsonParts.word(p.status()) + ")")
              .append(state.isEmpty() ? "" : ": " + (p.overdue() ? "**" + state + "**" : state))
              .append('\n');
        }
      }
    }
    goals(out, report);
    history(out, report);
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

  private static void closingNotes(StringBuilder out, ObjectiveStatus o, Report report) {
    List<Report.ClosingNote> notes = report.closingNotes(o);
    if (notes.isEmpty()) {
      return;
    }
    out.append("\nClosing grades:\n\n");
    for (Report.ClosingNote n : notes) {
      out.append("- `")
          .append(Markdown.cell(n.ref()))
          .append("` graded **")
          .append(Numbers.score(n.grade().score()))
          .append("** by ")
          .append(Markdown.cell(n.grade().by()))
          .append(" on ")
          .append(n.grade().at().toLocalDate())
          .append(n.grade().note() == null ? "" : ": " + Markdown.cell(n.grade().note()))
          .append('\n');
    }
  }

  private static void goals(StringBuilder out, Report report) {
    if (report.goals().isEmpty()) {
      return;
    }
    out.append(
        "\n## SMART goals\n\n| Goal | Owner | Current / target | Progress | Due |\n|---|---|---:|---:|---|\n");
    for (okr.scoring.GoalStatus g : report.goals()) {
      out.append("| ")
          .append(Markdown.cell(g.goal().header().title()))
          .append(" | ")
          .append(Markdown.cell(g.goal().header().owner()))
          .append(" | ")
          .append(Markdown.cell(Words.goalValue(g)))
          .append(" | ")
          .append(Numbers.percent(g.progress()))
          .append(" | ")
          .append(g.due() == null ? "–" : g.due().toString())
          .append(" |\n");
    }
  }

  private static void history(StringBuilder out, Report report) {
    okr.scoring.GradeHistory h = report.history();
    if (h.isEmpty()) {
      return;
    }
    out.append(
        "\n## Grades in closed periods\n\nThe mean grade of each owner's and each team's objectives when their period was closed.\n\n| Owner or team |");
    StringBuilder rule = new StringBuilder("|---|");
    for (String period : h.periods()) {
      out.append(' ').append(Markdown.cell(period)).append(" |");
      rule.append("---:|");
    }
    out.append('\n').append(rule).append('\n');
    for (okr.scoring.GradeHistory.Row row : h.rows()) {
      out.append("| ")
          .append(row.team() ? "team " : "")
          .append(Markdown.cell(row.name()))
          .append(" |");
      for (String period : h.periods()) {
        Double mean = row.byPeriod().get(period);
        out.append(' ').append(mean == null ? "–" : Numbers.score(mean)).append(" |");
      }
      out.append('\n');
    }
  }
}
